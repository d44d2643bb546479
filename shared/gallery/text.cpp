#include "gallery/text.h"

#include <algorithm>

#include "core/integer_text.h"
#include "core/ui_strings.h"

namespace pw {
namespace {

std::string numbered(const std::string& text, int index, int count) {
  const int n = std::clamp(index, 0, count - 1) + 1;
  return fill_placeholder(fill_placeholder(text, "{n}", integer_text(n)), "{count}",
                          integer_text(count));
}

bool blank(const std::string& text) {
  return text.find_first_not_of(" \t\n\v\f\r") == std::string::npos;
}

}  // namespace

GalleryStrings default_gallery_strings(Language language) {
  if (language != Language::en) {
    return GalleryStrings{
        "Xem ảnh",       "Ảnh trước",      "Ảnh tiếp theo",
        "Phóng to",      "Thu nhỏ",        "Đóng",
        "{n} / {count}", "Ảnh {n} trên {count}: {caption}", "Ảnh {n} trên {count}",
        "Không tải được ảnh này", "Đang tải ảnh…"};
  }
  return GalleryStrings{
      "Photo viewer",  "Previous photo", "Next photo",
      "Zoom in",       "Zoom out",       "Close",
      "{n} / {count}", "Photo {n} of {count}: {caption}", "Photo {n} of {count}",
      "This photo could not be loaded", "Loading photo…"};
}

std::string gallery_counter(const GalleryStrings& strings, int index, int count) {
  if (count <= 0) return {};
  return numbered(strings.counter, index, count);
}

std::string gallery_announcement(const GalleryStrings& strings, int index, int count,
                                 const std::string& caption) {
  if (count <= 0) return {};
  if (blank(caption)) return numbered(strings.announcement_without_caption, index, count);
  return fill_placeholder(numbered(strings.announcement, index, count), "{caption}", caption);
}

std::string gallery_thumbnail_name(const GalleryStrings& strings, int index, const std::string& caption) {
  if (!blank(caption)) return caption;
  return strings.dialog + " " + integer_text(index + 1);
}

std::string gallery_lightbox_problem(const std::string& reason) {
  return "the lightbox could not load (" + reason + "); the photos open as plain links";
}

}  // namespace pw
