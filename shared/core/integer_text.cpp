#include "core/integer_text.h"

namespace pw {

std::string integer_text(long long value) {
  // Unsigned, so the most negative value has a magnitude too.
  unsigned long long magnitude = value < 0 ? 0ull - static_cast<unsigned long long>(value)
                                           : static_cast<unsigned long long>(value);
  char digits[20];  // 2^64 has 20 digits
  char* first = digits + sizeof digits;
  do {
    *--first = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  std::string text = value < 0 ? "-" : "";
  return text.append(first, digits + sizeof digits);
}

}  // namespace pw
