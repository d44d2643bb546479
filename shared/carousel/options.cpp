#include "carousel/options.h"

#include "carousel/autoplay.h"
#include "core/option_reader.h"

namespace pw {
namespace {

void read_strings(OptionReader reader, CarouselStrings& strings) {
  reader.read_string("region", strings.region);
  reader.read_string("regionRole", strings.region_role, 40);
  reader.read_string("slideRole", strings.slide_role, 40);
  reader.read_string("slideLabel", strings.slide_label);
  reader.read_string("previous", strings.previous);
  reader.read_string("next", strings.next);
  reader.read_string("pagination", strings.pagination);
  reader.read_string("pageButton", strings.page_button);
  reader.read_string("positionOne", strings.position_one);
  reader.read_string("positionRange", strings.position_range);
  reader.read_string("stopAutoplay", strings.stop_autoplay);
  reader.read_string("startAutoplay", strings.start_autoplay);
  reader.report_unknown_keys({"region", "regionRole", "slideRole", "slideLabel", "previous", "next",
                              "pagination", "pageButton", "positionOne", "positionRange",
                              "stopAutoplay", "startAutoplay"},
                             "text in \"strings\"");
}

}  // namespace

ParsedCarouselOptions parse_carousel_options(const OptionLayers& layers) {
  ParsedOptionLayers parsed_layers = parse_option_layers(layers);
  ParsedCarouselOptions parsed{CarouselOptions{}, std::move(parsed_layers.warnings)};
  CarouselOptions& options = parsed.options;
  OptionReader reader(parsed_layers.layers, parsed.warnings);

  options.language = reader.read_language(layers.page_lang);
  options.strings = default_carousel_strings(options.language);

  reader.read_flag("loop", options.loop);
  reader.read_flag("autoplay", options.autoplay);
  reader.read_seconds("interval", options.interval_seconds, kMinAutoplayDelayMs / 1000,
                      kMaxAutoplayDelayMs / 1000);
  read_strings(reader.nested("strings"), options.strings);
  reader.report_unknown_keys({"lang", "loop", "autoplay", "interval", "strings"}, "option");
  return parsed;
}

}  // namespace pw
