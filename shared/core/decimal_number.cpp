#include "core/decimal_number.h"

#include <cstring>
#include <limits>

namespace pw {
namespace {

constexpr int kMaxKeptDigits = 19;  // 10^19 − 1 still fits in 64 bits

// mantissa × 2^exponent with the mantissa's top bit set: 64 bits of precision
// where a double has 53, so a few roundings on the way stay below its ulp.
struct Extended {
  std::uint64_t mantissa;
  int exponent;
};

// 10^(2^i) and 10^-(2^i) for i = 0..8, each rounded to 64 bits. Nine of them
// reach any exponent below 512, which covers every finite nonzero double.
constexpr Extended kPowersOfTen[2][9] = {
    {{0xA000000000000000u, -60}, {0xC800000000000000u, -57}, {0x9C40000000000000u, -50},
     {0xBEBC200000000000u, -37}, {0x8E1BC9BF04000000u, -10}, {0x9DC5ADA82B70B59Eu, 43},
     {0xC2781F49FFCFA6D5u, 149}, {0x93BA47C980E98CE0u, 362}, {0xAA7EEBFB9DF9DE8Eu, 787}},
    {{0xCCCCCCCCCCCCCCCDu, -67}, {0xA3D70A3D70A3D70Au, -70}, {0xD1B71758E219652Cu, -77},
     {0xABCC77118461CEFDu, -90}, {0xE69594BEC44DE15Bu, -117}, {0xCFB11EAD453994BAu, -170},
     {0xA87FEA27A539E9A5u, -276}, {0xDDD0467C64BCE4A1u, -489}, {0xC0314325637A193Au, -914}},
};

Extended normalize(std::uint64_t value) {
  int exponent = 0;
  while (!(value >> 63)) {
    value <<= 1;
    --exponent;
  }
  return {value, exponent};
}

// The 128-bit product's top 64 bits, rounded to nearest; 32-bit halves keep it
// portable and avoid __int128 helpers in the wasm.
Extended multiply(Extended a, Extended b) {
  constexpr std::uint64_t kLow32 = 0xFFFFFFFFu;
  const std::uint64_t a_high = a.mantissa >> 32, a_low = a.mantissa & kLow32;
  const std::uint64_t b_high = b.mantissa >> 32, b_low = b.mantissa & kLow32;
  const std::uint64_t low_low = a_low * b_low;
  const std::uint64_t high_low = a_high * b_low;
  const std::uint64_t low_high = a_low * b_high;
  const std::uint64_t middle = (low_low >> 32) + (high_low & kLow32) + (low_high & kLow32);
  std::uint64_t high = a_high * b_high + (high_low >> 32) + (low_high >> 32) + (middle >> 32);
  std::uint64_t low = (middle << 32) | (low_low & kLow32);
  int exponent = a.exponent + b.exponent + 64;
  if (!(high >> 63)) {  // both inputs ≥ 2^63, so at most one bit to recover
    high = (high << 1) | (low >> 63);
    low <<= 1;
    --exponent;
  }
  if (low >> 63 && ++high == 0) {
    high = std::uint64_t{1} << 63;
    ++exponent;
  }
  return {high, exponent};
}

// Rounds to the nearest double (ties to even), including subnormals and overflow.
double to_ieee_double(Extended x) {
  const int biased = x.exponent + 63 + 1023;  // exponent field of a normal result
  if (biased >= 2047) return std::numeric_limits<double>::infinity();
  const int shift = biased > 0 ? 11 : 12 - biased;  // subnormals keep fewer bits
  if (shift > 64) return 0.0;
  std::uint64_t bits = shift == 64 ? 0 : x.mantissa >> shift;
  const std::uint64_t rest = shift == 64 ? x.mantissa : x.mantissa & ((std::uint64_t{1} << shift) - 1);
  const std::uint64_t half = std::uint64_t{1} << (shift - 1);
  if (rest > half || (rest == half && (bits & 1))) ++bits;
  // A normal result's hidden bit (2^52) carries into the exponent field; a
  // rounding carry to 2^53 moves it one further, up to inf.
  const std::uint64_t raw = biased > 0 ? (std::uint64_t(biased - 1) << 52) + bits : bits;
  double result;
  std::memcpy(&result, &raw, sizeof result);
  return result;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

void DecimalNumber::add_digit(char digit, bool after_point) {
  if (significant_digits < kMaxKeptDigits) {
    significand = significand * 10 + static_cast<std::uint64_t>(digit - '0');
    if (significand != 0) ++significant_digits;
    if (after_point) --exponent;
  } else if (!after_point) {
    ++exponent;
  }
}

double DecimalNumber::to_double() const {
  if (significand == 0) return 0.0;
  const int magnitude = exponent < 0 ? -exponent : exponent;
  // Clinger's fast path: both operands are exact doubles, so one IEEE
  // multiplication or division rounds correctly.
  if (significand <= (std::uint64_t{1} << 53) && magnitude <= 22) {
    double power = 1;
    for (int i = 0; i < magnitude; ++i) power *= 10;  // exact up to 1e22
    const double value = static_cast<double>(significand);
    return exponent < 0 ? value / power : value * power;
  }
  // significand ≥ 1 and < 10^19: 10^309 overflows, 10^-344 rounds to zero.
  if (exponent > 308) return std::numeric_limits<double>::infinity();
  if (exponent < -343) return 0.0;
  Extended x = normalize(significand);
  const Extended* powers = kPowersOfTen[exponent < 0];
  for (int i = 0, rest = magnitude; rest != 0; ++i, rest >>= 1) {
    if (rest & 1) x = multiply(x, powers[i]);
  }
  return to_ieee_double(x);
}

DecimalPrefix read_decimal_prefix(std::string_view text) {
  std::size_t i = 0;
  const auto more = [&] { return i < text.size(); };
  const auto at_digit = [&] { return more() && is_digit(text[i]); };
  while (more() && (text[i] == ' ' || (text[i] >= '\t' && text[i] <= '\r'))) ++i;
  const bool negative = more() && text[i] == '-';
  if (more() && (text[i] == '-' || text[i] == '+')) ++i;
  DecimalNumber number;
  bool any_digit = false;
  for (; at_digit(); ++i, any_digit = true) number.add_digit(text[i], false);
  if (more() && text[i] == '.') {
    for (++i; at_digit(); ++i, any_digit = true) number.add_digit(text[i], true);
  }
  if (!any_digit) return {};
  const std::size_t before_exponent = i;
  if (more() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    const bool negative_exponent = more() && text[i] == '-';
    if (more() && (text[i] == '-' || text[i] == '+')) ++i;
    if (at_digit()) {
      int power = 0;
      for (; at_digit(); ++i) {
        if (power < kMaxDecimalExponent) power = power * 10 + (text[i] - '0');
      }
      if (power > kMaxDecimalExponent) power = kMaxDecimalExponent;
      number.add_exponent(negative_exponent ? -power : power);
    } else {
      i = before_exponent;  // an "e" without digits is not part of the number
    }
  }
  const double value = number.to_double();
  return {negative ? -value : value, i};
}

std::optional<double> parse_decimal(std::string_view text) {
  const DecimalPrefix number = read_decimal_prefix(text);
  if (number.length == 0 || number.length != text.size()) return std::nullopt;
  return number.value;
}

}  // namespace pw
