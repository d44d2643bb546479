#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace pw {

// A decimal number as its digits are read, turned into a double without
// strtod (which drags printf-sized long-double code into the wasm).
// value = significand × 10^exponent. The first 19 significant digits are kept
// exactly; later ones lie below a double's precision and only move the exponent.
struct DecimalNumber {
  std::uint64_t significand = 0;
  int exponent = 0;
  int significant_digits = 0;

  void add_digit(char digit, bool after_point);
  // An explicit exponent ("e-7"), already clamped by the caller to ±kMaxDecimalExponent.
  void add_exponent(int power_of_ten) { exponent += power_of_ten; }

  // Correctly rounded when the significand is at most 2^53 and |exponent| ≤ 22
  // (one exact IEEE operation). Otherwise within 1 ulp, and correctly rounded
  // unless the value lies within about 2^-58 (relative) of a halfway point
  // between two doubles. Too large → +inf; too small → 0.
  double to_double() const;
};

// Exponents beyond this are inf or 0 for any significand; readers saturate here.
inline constexpr int kMaxDecimalExponent = 100000;

// The longest plain decimal at the start of `text`, as strtod reads it minus
// hex, "inf" and "nan": optional leading whitespace, optional sign, digits
// with an optional point (".5" and "5." included), optional exponent ("1e"
// reads as "1"). `length` is 0 when no number starts there, and value 0.
struct DecimalPrefix {
  double value = 0;
  std::size_t length = 0;
};
DecimalPrefix read_decimal_prefix(std::string_view text);

// A whole text that is one such decimal; nothing may follow.
std::optional<double> parse_decimal(std::string_view text);

}  // namespace pw
