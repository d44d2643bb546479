#include "visitor_counter/count_format.h"

#include "core/integer_text.h"

namespace pw {

std::string format_count(std::int64_t value, const CountFormat& format) {
  const std::string digits = integer_text(value < 0 ? 0 : value);
  if (static_cast<int>(digits.size()) < format.group_from_digits) return digits;
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += format.separator;
    out += digits[i];
  }
  return out;
}

}  // namespace pw
