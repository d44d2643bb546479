#include "core/decimal_text.h"

#include <cmath>

#include "core/integer_text.h"

namespace pw {

std::string decimal_text(double value, int decimals, char point) {
  long long scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  const long long scaled = std::llround(value * static_cast<double>(scale));
  // The digits of |scaled| with at least one before the point, then the point
  // put in and the zeros it leaves at the end taken off.
  std::string digits = integer_text(scaled < 0 ? -scaled : scaled);
  const std::size_t width = static_cast<std::size_t>(decimals);
  if (digits.size() <= width) digits.insert(0, width + 1 - digits.size(), '0');
  digits.insert(digits.size() - width, 1, point);
  while (digits.back() == '0' && width > 0) digits.pop_back();
  if (digits.back() == point) digits.pop_back();
  return scaled < 0 ? "-" + digits : digits;
}

}  // namespace pw
