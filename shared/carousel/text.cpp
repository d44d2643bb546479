#include "carousel/text.h"

#include <algorithm>
#include <utility>

#include "core/integer_text.h"
#include "core/ui_strings.h"

namespace pw {
namespace {

std::string fill(std::string text, const char* placeholder, int value) {
  return fill_placeholder(text, placeholder, integer_text(value));
}

}  // namespace

CarouselStrings default_carousel_strings(Language language) {
  if (language != Language::en) {
    return CarouselStrings{
        "Các tin khác",       "băng chuyền",         "tin",
        "{n} / {count}",      "Tin trước",           "Tin tiếp theo",
        "Chọn trang tin",     "Trang {page}/{pages}", "Tin {n} trên {count}",
        "Tin {n} trên {count}", "Dừng tự chuyển tin", "Bật tự chuyển tin"};
  }
  return CarouselStrings{
      "Other news",          "carousel",              "slide",
      "{n} / {count}",       "Previous",              "Next",
      "Choose a page",       "Page {page} of {pages}", "Item {n} of {count}",
      "Items {n} of {count}", "Stop automatic rotation", "Start automatic rotation"};
}

std::string slide_label(const CarouselStrings& strings, int n, int count) {
  return fill(fill(strings.slide_label, "{n}", n), "{count}", count);
}

std::string page_button_label(const CarouselStrings& strings, int page, int pages) {
  return fill(fill(strings.page_button, "{page}", page), "{pages}", pages);
}

std::string announce_position(const CarouselStrings& strings, int first_visible, int last_visible,
                              int count) {
  if (count <= 0) return {};
  int first = std::clamp(first_visible, 1, count);
  int last = std::clamp(last_visible, 1, count);
  if (first > last) std::swap(first, last);
  const bool one = first == last;
  const std::string n =
      one ? integer_text(first) : integer_text(first) + "\u2013" + integer_text(last);
  const std::string& text = one ? strings.position_one : strings.position_range;
  return fill(fill_placeholder(text, "{n}", n), "{count}", count);
}

}  // namespace pw
