// data-pw-options for the carousel, through every option layer; then the
// texts it got, filled in as the carousel fills them.
//
// Input: up to four parts separated by "\n|\n": data-pw-options, the named
// attributes (JSON), mount() options, the page's lang.
#include <string>

#include "carousel/autoplay.h"
#include "carousel/options.h"
#include "carousel/text.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace pw;
  const auto parts = fuzz::split_parts({reinterpret_cast<const char*>(data), size}, 4);
  const ParsedCarouselOptions parsed = parse_carousel_options({parts[0], parts[1], parts[2], parts[3]});
  const CarouselOptions& options = parsed.options;

  PW_CHECK(fuzz::within(options.interval_seconds, kMinAutoplayDelayMs / 1000, kMaxAutoplayDelayMs / 1000));
  PW_CHECK(autoplay_delay_ms(options.interval_seconds * 1000) == options.interval_seconds * 1000);
  const CarouselStrings& s = options.strings;
  for (const std::string* text : {&s.region, &s.slide_label, &s.previous, &s.next, &s.pagination,
                                  &s.page_button, &s.position_one, &s.position_range,
                                  &s.stop_autoplay, &s.start_autoplay}) {
    PW_CHECK(text->size() <= 200);
  }
  PW_CHECK(s.region_role.size() <= 40 && s.slide_role.size() <= 40);
  for (const std::string& warning : parsed.warnings) PW_CHECK(!warning.empty());

  for (int count : {1, 8, 500}) {
    slide_label(s, count, count);
    page_button_label(s, 1, count);
    // Out-of-range slide numbers are clamped, never shown as such.
    announce_position(s, 0, count + 5, count);
    announce_position(s, count, 1, count);
  }
  PW_CHECK(announce_position(s, 1, 1, 0).empty());
  return 0;
}
