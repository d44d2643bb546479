#include "ui_strings.h"

namespace pw {

const FontScaleStrings& default_font_scale_strings(Language language) {
  static const FontScaleStrings vietnamese{
      "Cỡ chữ bài viết",         "Giảm cỡ chữ",
      "Cỡ chữ mặc định",         "Tăng cỡ chữ",
      "Cỡ chữ {percent}",        "Đã ở cỡ chữ nhỏ nhất, {percent}",
      "Đã ở cỡ chữ lớn nhất, {percent}"};
  static const FontScaleStrings english{
      "Article text size",        "Decrease text size",
      "Default text size",        "Increase text size",
      "Text size {percent}",      "Already at the smallest text size, {percent}",
      "Already at the largest text size, {percent}"};
  return language == Language::en ? english : vietnamese;
}

std::string fill_percent(const std::string& text, const std::string& percent) {
  static const std::string placeholder = "{percent}";
  std::string out;
  std::size_t from = 0;
  for (std::size_t at = text.find(placeholder); at != std::string::npos;
       at = text.find(placeholder, from)) {
    out.append(text, from, at - from).append(percent);
    from = at + placeholder.size();
  }
  return out.append(text, from, std::string::npos);
}

}  // namespace pw
