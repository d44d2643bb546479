#include "core/velocity_tracker.h"

#include <algorithm>
#include <cmath>

namespace pw {

bool readable_sample(const PointerSample& s) {
  return std::isfinite(s.t_ms) && std::isfinite(s.x) && std::isfinite(s.y) &&
         std::abs(s.t_ms) <= kMaxSampleTimeMs && std::abs(s.x) <= kMaxCoordinatePx &&
         std::abs(s.y) <= kMaxCoordinatePx;
}

void track_sample(VelocityTracker& tracker, const PointerSample& sample) {
  auto& r = tracker.recent;
  if (tracker.count == kVelocitySampleCapacity) {
    std::move(r.begin() + 1, r.end(), r.begin());
    --tracker.count;
  }
  r[tracker.count++] = sample;
  // The oldest sample is kept only while it is the last one at or before the
  // window's edge: velocity interpolates from it.
  const double edge = sample.t_ms - kVelocityWindowMs;
  int drop = 0;
  while (tracker.count - drop >= 2 && r[drop + 1].t_ms <= edge) ++drop;
  if (drop > 0) {
    std::move(r.begin() + drop, r.begin() + tracker.count, r.begin());
    tracker.count -= drop;
  }
}

void restart_tracking(VelocityTracker& tracker, const PointerSample& sample) {
  tracker.recent[0] = sample;
  tracker.count = 1;
}

Velocity tracked_velocity(const VelocityTracker& tracker) {
  const auto& r = tracker.recent;
  const int n = tracker.count;
  if (n < 2) return {};
  const PointerSample& newest = r[n - 1];
  const double edge = newest.t_ms - kVelocityWindowMs;
  Velocity v;
  if (r[0].t_ms <= edge) {
    // r[1] is after the edge (see track_sample), so the times differ.
    const double f = (edge - r[0].t_ms) / (r[1].t_ms - r[0].t_ms);
    v.x = (newest.x - (r[0].x + (r[1].x - r[0].x) * f)) / kVelocityWindowMs;
    v.y = (newest.y - (r[0].y + (r[1].y - r[0].y) * f)) / kVelocityWindowMs;
  } else {
    const double span = newest.t_ms - r[0].t_ms;
    if (!(span > 0)) return {};
    v.x = (newest.x - r[0].x) / span;
    v.y = (newest.y - r[0].y) / span;
  }
  v.x = std::clamp(v.x, -kMaxDragVelocity, kMaxDragVelocity);
  v.y = std::clamp(v.y, -kMaxDragVelocity, kMaxDragVelocity);
  return v;
}

}  // namespace pw
