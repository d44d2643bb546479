#include "core/ascii.h"

namespace pw {

bool starts_with_ignoring_case(std::string_view text, std::string_view lowercase) {
  if (text.size() < lowercase.size()) return false;
  for (std::size_t i = 0; i < lowercase.size(); ++i) {
    if (ascii_lower(text[i]) != lowercase[i]) return false;
  }
  return true;
}

bool equals_ignoring_case(std::string_view text, std::string_view lowercase) {
  return text.size() == lowercase.size() && starts_with_ignoring_case(text, lowercase);
}

std::string_view trim_ascii_space(std::string_view text) {
  while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace pw
