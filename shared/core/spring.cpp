#include "core/spring.h"

#include <algorithm>
#include <cmath>

#include "core/motion_math.h"

namespace pw {
namespace {

// The motion relative to `to`, in seconds: x(0) = x0, x'(0) = v0, and
// b = v0 + ω·x0, so that x(t) = e^(−ωt)·(x0 + b·t).
struct Motion {
  double x0;
  double v0;
  double b;
};

// |x(t)| ≤ e^(−ωt)·(|x0| + |b|·t): a bound that, past its one peak, only falls.
double bound_at(const Motion& m, double t) {
  return motion_exp(-kSpringOmega * t) * (std::abs(m.x0) + std::abs(m.b) * t);
}

// Seconds until the bound stays below `precision`, found by halving the
// interval from the bound's peak, t = 1/ω − |x0|/|b|, up to the cap.
double settle_s(const Motion& m, double precision) {
  if (std::abs(m.x0) < precision && m.v0 == 0) return 0;  // at rest on `to`
  const double cap = kSpringMaxSettleMs / 1000;
  double low = m.b != 0 ? std::max(0.0, 1 / kSpringOmega - std::abs(m.x0) / std::abs(m.b)) : 0;
  if (bound_at(m, low) < precision) return low;
  if (!(bound_at(m, cap) < precision)) return cap;
  double high = cap;
  for (int i = 0; i < 60; ++i) {
    const double mid = (low + high) / 2;
    (bound_at(m, mid) < precision ? high : low) = mid;
  }
  return high;
}

struct Spring {
  bool jump;  // no motion to show: the value is `to` (or `from` if `to` is unreadable)
  double to;
  Motion motion;
  double settle_ms;
};

Spring spring_of(double from, double to, double velocity, double precision) {
  if (!std::isfinite(to)) return {true, std::isfinite(from) ? from : 0, {}, 0};
  if (!std::isfinite(from)) return {true, to, {}, 0};
  const double x0 = from - to;
  if (!std::isfinite(x0)) return {true, to, {}, 0};  // from and to a whole double range apart
  // Per ms → per s; beyond a million units per ms is no finger's doing.
  const double v0 = std::isfinite(velocity) ? std::clamp(velocity, -1e6, 1e6) * 1000 : 0;
  const Motion m{x0, v0, v0 + kSpringOmega * x0};
  const double p = std::isfinite(precision) && precision > 0 ? precision : kSpringPrecision;
  return {false, to, m, settle_s(m, p) * 1000};
}

}  // namespace

double spring_value(double from, double to, double velocity, double elapsed_ms, double precision) {
  const Spring s = spring_of(from, to, velocity, precision);
  if (s.jump || !(elapsed_ms < s.settle_ms)) return s.to;
  if (elapsed_ms <= 0) return from;
  const double t = elapsed_ms / 1000;
  const double x = s.to + motion_exp(-kSpringOmega * t) * (s.motion.x0 + s.motion.b * t);
  return std::isfinite(x) ? x : s.to;
}

double spring_settle_ms(double from, double to, double velocity, double precision) {
  return spring_of(from, to, velocity, precision).settle_ms;
}

}  // namespace pw
