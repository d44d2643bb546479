#include "visitor_counter/values.h"

namespace pw {

std::optional<std::int64_t> parse_displayed_count(std::string_view text) {
  std::int64_t value = 0;
  int digits = 0;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      if (++digits > 16) return std::nullopt;
      value = value * 10 + (c - '0');
    } else if (c != '.' && c != ',' && c != ' ' && c != '\n' && c != '\t') {
      // Grouping marks and layout space are allowed; the no-break space
      // (UTF-8 C2 A0) and narrow no-break space (E2 80 AF) too.
      const auto byte = static_cast<unsigned char>(c);
      if (byte != 0xC2 && byte != 0xA0 && byte != 0xE2 && byte != 0x80 && byte != 0xAF) {
        return std::nullopt;
      }
    }
  }
  if (digits == 0 || value > kMaxExactCount) return std::nullopt;
  return value;
}

}  // namespace pw
