#include "core/ui_strings.h"

namespace pw {

FontScaleStrings default_font_scale_strings(Language language) {
  if (language != Language::en) {
    return FontScaleStrings{
        "Cỡ chữ bài viết",         "Giảm cỡ chữ",
        "Cỡ chữ mặc định",         "Tăng cỡ chữ",
        "Cỡ chữ {percent}",        "Đã ở cỡ chữ nhỏ nhất, {percent}",
        "Đã ở cỡ chữ lớn nhất, {percent}", "A-", "A", "A+"};
  }
  return FontScaleStrings{
      "Article text size",        "Decrease text size",
      "Default text size",        "Increase text size",
      "Text size {percent}",      "Already at the smallest text size, {percent}",
      "Already at the largest text size, {percent}", "A-", "A", "A+"};
}

CounterStrings default_counter_strings(Language language) {
  if (language != Language::en) {
    return CounterStrings{"Tạm dừng cập nhật", "Tiếp tục cập nhật", "cập nhật lúc {time}"};
  }
  return CounterStrings{"Pause live updates", "Resume live updates", "updated at {time}"};
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

std::string unknown_widget_problem(const std::string& type) {
  return "unknown data-pw value \"" + type + "\"; the element is left as it is";
}

}  // namespace pw
