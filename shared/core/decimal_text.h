#pragma once
#include <string>

namespace pw {

// `value` with at most `decimals` digits after the point, rounded half away
// from zero, without trailing zeros, and without the point when whole:
// (0.875, 5) → "0.875", (2/3, 5) → "0.66667", (112.5, 1, ',') → "112,5",
// (125, 1) → "125". For finite values whose scaled magnitude fits a long long:
// sizes, densities and percents, not arbitrary doubles.
std::string decimal_text(double value, int decimals, char point = '.');

}  // namespace pw
