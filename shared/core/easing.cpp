#include "core/easing.h"

#include <algorithm>
#include <cmath>

namespace pw {

double ease_out_cubic(double t) {
  if (std::isnan(t)) return 1;
  const double rest = 1.0 - std::clamp(t, 0.0, 1.0);
  return 1.0 - rest * rest * rest;
}

double scroll_at(double from, double to, double elapsed_ms, double duration_ms) {
  if (!std::isfinite(to)) return std::isfinite(from) ? from : 0;  // nowhere to go: stay
  if (!(elapsed_ms < duration_ms) || !(duration_ms > 0) || !std::isfinite(from)) return to;
  if (elapsed_ms <= 0) return from;
  const double at = from + (to - from) * ease_out_cubic(elapsed_ms / duration_ms);
  // Rounding must not overshoot the target by an ulp.
  return std::clamp(at, std::min(from, to), std::max(from, to));
}

double scroll_duration_ms(double distance_px, bool reduced_motion) {
  const double d = std::abs(distance_px);
  if (reduced_motion || !std::isfinite(d) || d < kScrollJumpPx) return 0;
  return std::min(kScrollMaxMs, kScrollBaseMs + kScrollMsPerPx * d);
}

}  // namespace pw
