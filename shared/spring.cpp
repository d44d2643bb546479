#include "spring.h"

#include <algorithm>
#include <cmath>

#include "compact_math.h"

namespace pw {
namespace {

bool positive(double v) { return std::isfinite(v) && v > 0; }

// The oscillator in seconds, relative to `to`: x(0) = x0, x'(0) = v0.
struct Motion {
  double x0;
  double v0;
  double omega;  // natural frequency ω₀
  double zeta;   // damping ratio
};

// Damping ratios this close to 1 are solved as critical: the underdamped and
// overdamped formulas divide by a vanishing frequency there.
constexpr double kCriticalBand = 1e-6;

Motion motion_of(double from, double to, double velocity, double stiffness, double damping) {
  const double k = positive(stiffness) ? stiffness : kSpringStiffness;
  const double c = positive(damping) ? damping : kSpringDamping;
  const double omega = std::sqrt(k);
  // Per ms → per s; beyond a million units per ms is no finger's doing.
  const double v = std::isfinite(velocity) ? std::clamp(velocity, -1e6, 1e6) * 1000 : 0;
  return {from - to, v, omega, c / (2 * omega)};
}

struct Phase {
  double x;
  double v;
};

Phase phase_at(const Motion& m, double t) {
  const double w = m.omega;
  if (std::abs(m.zeta - 1) < kCriticalBand) {
    const double e = compact_exp(-w * t);
    const double b = m.v0 + w * m.x0;
    return {e * (m.x0 + b * t), e * (b - w * (m.x0 + b * t))};
  }
  if (m.zeta < 1) {
    const double a = m.zeta * w;
    const double wd = w * std::sqrt(1 - m.zeta * m.zeta);
    const double e = compact_exp(-a * t);
    const double cs = compact_cos(wd * t);
    const double sn = compact_sin(wd * t);
    const double b = (m.v0 + a * m.x0) / wd;
    const double x = e * (m.x0 * cs + b * sn);
    return {x, -a * x + e * (-m.x0 * wd * sn + b * wd * cs)};
  }
  const double root = w * std::sqrt(m.zeta * m.zeta - 1);
  const double r1 = -m.zeta * w + root;  // the slow decay
  const double r2 = -m.zeta * w - root;
  const double c1 = (m.v0 - r2 * m.x0) / (r1 - r2);
  const double c2 = m.x0 - c1;
  const double e1 = compact_exp(r1 * t);
  const double e2 = compact_exp(r2 * t);
  return {c1 * e1 + c2 * e2, c1 * r1 * e1 + c2 * r2 * e2};
}

// First time after which the non-increasing `bound` stays below `precision`.
template <typename Bound>
double first_below(Bound bound, double from_s, double precision) {
  const double cap = kSpringMaxSettleMs / 1000;
  if (bound(from_s) < precision) return from_s;
  if (!(bound(cap) < precision)) return cap;
  double low = from_s, high = cap;
  for (int i = 0; i < 60; ++i) {
    const double mid = (low + high) / 2;
    (bound(mid) < precision ? high : low) = mid;
  }
  return high;
}

// Seconds. Every bound used here is ≥ |x(t)| for all t and, from the given
// start, non-increasing, so once below `precision` it stays below.
double settle_s(const Motion& m, double precision) {
  const double a0 = std::abs(m.x0);
  if (a0 < precision && m.v0 == 0) return 0;
  const double w = m.omega;
  if (m.zeta > 1 + kCriticalBand) {
    const double root = w * std::sqrt(m.zeta * m.zeta - 1);
    const double r1 = -m.zeta * w + root;
    const double r2 = -m.zeta * w - root;
    const double c1 = std::abs((m.v0 - r2 * m.x0) / (r1 - r2));
    const double c2 = std::abs(m.x0 - (m.v0 - r2 * m.x0) / (r1 - r2));
    return first_below([&](double t) { return c1 * compact_exp(r1 * t) + c2 * compact_exp(r2 * t); },
                       0, precision);
  }
  // |x| ≤ e^(−αt)·(|x0| + |v0 + α·x0|·t), since |sin(ω_d t)| ≤ ω_d t; it
  // peaks at most once, at t = 1/α − |x0|/b, and falls after.
  const double alpha = std::min(m.zeta, 1.0) * w;
  const double b = std::abs(m.v0 + alpha * m.x0);
  const double peak = b > 0 ? std::max(0.0, 1 / alpha - a0 / b) : 0;
  double t = first_below([&](double s) { return compact_exp(-alpha * s) * (a0 + b * s); }, peak,
                         precision);
  if (m.zeta < 1 - kCriticalBand) {
    // Well below critical the envelope e^(−αt)·√(x0² + (b/ω_d)²) is tighter.
    const double wd = w * std::sqrt(1 - m.zeta * m.zeta);
    const double amplitude = compact_hypot(a0, b / wd);
    const double envelope_t = amplitude > precision ? compact_log(amplitude / precision) / alpha : 0;
    t = std::min(t, envelope_t);
  }
  return std::min(t, kSpringMaxSettleMs / 1000);
}

struct Spring {
  bool jump;  // no motion to show: the value is `to` (or `from` if `to` is unreadable)
  double to;
  Motion motion;
  double settle_ms;
};

Spring spring_of(double from, double to, double velocity, double stiffness, double damping,
                 double precision) {
  if (!std::isfinite(to)) return {true, std::isfinite(from) ? from : 0, {}, 0};
  if (!std::isfinite(from)) return {true, to, {}, 0};
  const Motion m = motion_of(from, to, velocity, stiffness, damping);
  const double p = positive(precision) ? precision : kSpringPrecision;
  if (!std::isfinite(m.x0)) return {true, to, {}, 0};  // from and to a whole double range apart
  return {false, to, m, settle_s(m, p) * 1000};
}

}  // namespace

double spring_value(double from, double to, double velocity, double elapsed_ms, double stiffness,
                    double damping, double precision) {
  const Spring s = spring_of(from, to, velocity, stiffness, damping, precision);
  if (s.jump || !(elapsed_ms < s.settle_ms)) return s.to;
  if (elapsed_ms <= 0) return from;
  const double x = s.to + phase_at(s.motion, elapsed_ms / 1000).x;
  return std::isfinite(x) ? x : s.to;
}

double spring_velocity(double from, double to, double velocity, double elapsed_ms,
                       double stiffness, double damping, double precision) {
  const Spring s = spring_of(from, to, velocity, stiffness, damping, precision);
  if (s.jump || !(elapsed_ms < s.settle_ms)) return 0;
  const double v = phase_at(s.motion, std::max(elapsed_ms, 0.0) / 1000).v / 1000;
  return std::isfinite(v) ? v : 0;
}

double spring_settle_ms(double from, double to, double velocity, double stiffness, double damping,
                        double precision) {
  return spring_of(from, to, velocity, stiffness, damping, precision).settle_ms;
}

}  // namespace pw
