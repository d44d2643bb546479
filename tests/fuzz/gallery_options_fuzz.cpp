// data-pw-options for the gallery, through every option layer; then the
// texts it got, filled in as the lightbox fills them. Whatever the page
// wrote, the options must be in range and the texts usable.
//
// Input: up to four parts separated by "\n|\n": data-pw-options, the named
// attributes (JSON), mount() options, the page's lang.
#include <string>

#include "fuzz_input.h"
#include "gallery/items.h"
#include "gallery/options.h"
#include "gallery/text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace pw;
  const auto parts = fuzz::split_parts({reinterpret_cast<const char*>(data), size}, 4);
  const ParsedGalleryOptions parsed = parse_gallery_options({parts[0], parts[1], parts[2], parts[3]});
  const GalleryOptions& options = parsed.options;

  // 0 is the engine's own rule; anything else is a cap the zoom maths can use.
  PW_CHECK(options.zoom_max == 0 || fuzz::within(options.zoom_max, kMinGalleryZoomMax, kMaxGalleryZoomMax));
  const GalleryStrings& s = options.strings;
  for (const std::string* text : {&s.dialog, &s.previous, &s.next, &s.zoom_in, &s.zoom_out, &s.close,
                                  &s.counter, &s.announcement, &s.announcement_without_caption,
                                  &s.error, &s.loading}) {
    PW_CHECK(text->size() <= 200);
  }
  for (const std::string& warning : parsed.warnings) PW_CHECK(!warning.empty());

  // Templates filled for the first, a middle and the last of many photos; a
  // caption with braces is never taken for a placeholder.
  for (int count : {1, 3, 9999}) {
    for (int index : {0, count / 2, count - 1}) {
      PW_CHECK(gallery_counter(s, index, count).size() <= 200 * 10);
      const std::string caption = "{n} {count} <b>{caption}</b>";
      const std::string announcement = gallery_announcement(s, index, count, caption);
      if (s.announcement.find("{caption}") != std::string::npos) {
        PW_CHECK(announcement.find(caption) != std::string::npos);
      }
    }
  }
  PW_CHECK(gallery_counter(s, 0, 0).empty());
  const int deep = deep_link_index(parts[3], 20);
  PW_CHECK(deep >= -1 && deep < 20);
  return 0;
}
