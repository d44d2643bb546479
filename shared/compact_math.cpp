#include "compact_math.h"

// The browser imports these instead (see the header).
#ifndef __EMSCRIPTEN__

#include <cmath>
#include <limits>

namespace pw {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

// ln 2 in two parts: the first has enough trailing zero bits that k * kLn2High
// is exact for every k exp can meet (Cody and Waite's reduction).
constexpr double kLn2High = 6.93147180369123816490e-01;
constexpr double kLn2Low = 1.90821492927058770002e-10;
constexpr double kLog2E = 1.44269504088896338700e+00;

// Taylor series by Horner's rule: the reduced arguments are small enough that
// the first omitted term is below half an ulp.

double exp_reduced(double r) {  // |r| <= ln2 / 2: 1 + r + r^2/2! + ... + r^13/13!
  double sum = 1;
  for (int n = 13; n >= 1; --n) sum = 1 + sum * r / n;
  return sum;
}

}  // namespace

double compact_exp(double x) {
  if (std::isnan(x)) return x;
  if (x > 709.782712893384) return kInfinity;
  if (x < -745.1332191019412) return 0;
  const double k = std::floor(x * kLog2E + 0.5);
  const double r = (x - k * kLn2High) - k * kLn2Low;
  return std::ldexp(exp_reduced(r), static_cast<int>(k));
}

double compact_log(double x) {
  if (std::isnan(x) || x < 0) return kNaN;
  if (x == 0) return -kInfinity;
  if (std::isinf(x)) return x;
  int exponent = 0;
  double m = std::frexp(x, &exponent);  // x = m * 2^exponent, m in [0.5, 1)
  if (m < 0.70710678118654752440) {  // centre m on 1: m in [sqrt(1/2), sqrt(2))
    m *= 2;
    --exponent;
  }
  // log m = 2 atanh(s) = 2 (s + s^3/3 + ... + s^19/19), |s| <= 0.172.
  const double s = (m - 1) / (m + 1);
  const double s2 = s * s;
  double tail = 0;
  for (int k = 9; k >= 1; --k) tail = (tail + 1.0 / (2 * k + 1)) * s2;
  const double log_m = 2 * s + 2 * s * tail;
  const double e = exponent;
  return e * kLn2High + (e * kLn2Low + log_m);
}

double compact_hypot(double x, double y) { return std::hypot(x, y); }

double compact_fmod(double x, double y) { return std::fmod(x, y); }

}  // namespace pw

#endif
