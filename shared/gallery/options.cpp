#include "gallery/options.h"

#include "core/option_reader.h"

namespace pw {
namespace {

void read_strings(OptionReader reader, GalleryStrings& strings) {
  reader.read_string("dialog", strings.dialog);
  reader.read_string("previous", strings.previous);
  reader.read_string("next", strings.next);
  reader.read_string("zoomIn", strings.zoom_in);
  reader.read_string("zoomOut", strings.zoom_out);
  reader.read_string("close", strings.close);
  reader.read_string("counter", strings.counter);
  reader.read_string("announcement", strings.announcement);
  reader.read_string("announcementWithoutCaption", strings.announcement_without_caption);
  reader.read_string("error", strings.error);
  reader.read_string("loading", strings.loading);
  reader.report_unknown_keys({"dialog", "previous", "next", "zoomIn", "zoomOut", "close",
                              "counter", "announcement", "announcementWithoutCaption", "error",
                              "loading"},
                             "text in \"strings\"");
}

}  // namespace

ParsedGalleryOptions parse_gallery_options(const OptionLayers& layers) {
  ParsedOptionLayers parsed_layers = parse_option_layers(layers);
  ParsedGalleryOptions parsed{GalleryOptions{}, std::move(parsed_layers.warnings)};
  GalleryOptions& options = parsed.options;
  OptionReader reader(parsed_layers.layers, parsed.warnings);

  options.language = reader.read_language(layers.page_lang);
  options.strings = default_gallery_strings(options.language);

  reader.read_flag("loop", options.loop);
  reader.read_number("zoomMax", options.zoom_max, kMinGalleryZoomMax, kMaxGalleryZoomMax,
                     "times the fitted size");
  reader.read_flag("deepLink", options.deep_link);
  reader.read_flag("preload", options.preload);
  read_strings(reader.nested("strings"), options.strings);
  reader.report_unknown_keys({"lang", "loop", "zoomMax", "deepLink", "preload", "strings"},
                             "option");
  return parsed;
}

}  // namespace pw
