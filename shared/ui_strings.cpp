#include "ui_strings.h"

namespace pw {

const FontScaleStrings& default_font_scale_strings(Language language) {
  static const FontScaleStrings vietnamese{
      "Cỡ chữ bài viết",         "Giảm cỡ chữ",
      "Cỡ chữ mặc định",         "Tăng cỡ chữ",
      "Cỡ chữ {percent}",        "Đã ở cỡ chữ nhỏ nhất, {percent}",
      "Đã ở cỡ chữ lớn nhất, {percent}", "A-", "A", "A+"};
  static const FontScaleStrings english{
      "Article text size",        "Decrease text size",
      "Default text size",        "Increase text size",
      "Text size {percent}",      "Already at the smallest text size, {percent}",
      "Already at the largest text size, {percent}", "A-", "A", "A+"};
  return language == Language::en ? english : vietnamese;
}

const CounterStrings& default_counter_strings(Language language) {
  static const CounterStrings vietnamese{"Tạm dừng cập nhật", "Tiếp tục cập nhật",
                                         "cập nhật lúc {time}"};
  static const CounterStrings english{"Pause live updates", "Resume live updates",
                                      "updated at {time}"};
  return language == Language::en ? english : vietnamese;
}

std::string fill_percent(const std::string& text, const std::string& percent) {
  return fill_placeholder(text, "{percent}", percent);
}

std::string fill_placeholder(const std::string& text, const std::string& placeholder,
                             const std::string& value) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t at = text.find(placeholder); at != std::string::npos;
       at = text.find(placeholder, from)) {
    out.append(text, from, at - from).append(value);
    from = at + placeholder.size();
  }
  return out.append(text, from, std::string::npos);
}

}  // namespace pw
