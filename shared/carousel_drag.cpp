#include "carousel_drag.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pw {
namespace {

bool readable(const PointerSample& s) {
  return std::isfinite(s.t_ms) && std::isfinite(s.x) && std::isfinite(s.y);
}

void remember(DragState& state, PointerSample sample) {
  auto& r = state.recent;
  if (state.recent_count == kDragSampleCapacity) {
    std::move(r.begin() + 1, r.end(), r.begin());
    --state.recent_count;
  }
  r[state.recent_count++] = sample;
  // The oldest sample is kept only while it is the last one at or before the
  // window's edge: velocity interpolates from it.
  const double edge = sample.t_ms - kVelocityWindowMs;
  int drop = 0;
  while (state.recent_count - drop >= 2 && r[drop + 1].t_ms <= edge) ++drop;
  if (drop > 0) {
    std::move(r.begin() + drop, r.begin() + state.recent_count, r.begin());
    state.recent_count -= drop;
  }
}

double velocity_x(const DragState& state) {
  const auto& r = state.recent;
  const int n = state.recent_count;
  if (n < 2) return 0;
  const PointerSample& newest = r[n - 1];
  const double edge = newest.t_ms - kVelocityWindowMs;
  double v = 0;
  if (r[0].t_ms <= edge) {
    // r[1] is after the edge (see remember), so the times differ.
    const double f = (edge - r[0].t_ms) / (r[1].t_ms - r[0].t_ms);
    const double x_at_edge = r[0].x + (r[1].x - r[0].x) * f;
    v = (newest.x - x_at_edge) / kVelocityWindowMs;
  } else {
    const double span = newest.t_ms - r[0].t_ms;
    if (!(span > 0)) return 0;
    v = (newest.x - r[0].x) / span;
  }
  return std::clamp(v, -kMaxDragVelocity, kMaxDragVelocity);
}

double travel(const DragState& state) {
  return std::hypot(state.last.x - state.start.x, state.last.y - state.start.y);
}

int nearest_snap(const std::vector<double>& snaps, double position) {
  int best = 0;
  double best_distance = std::numeric_limits<double>::infinity();
  for (int i = 0; i < static_cast<int>(snaps.size()); ++i) {
    const double d = std::abs(snaps[i] - position);
    if (d < best_distance) {
      best = i;
      best_distance = d;
    }
  }
  return best;
}

}  // namespace

DragState drag_start(PointerSample sample) {
  DragState state;
  if (!readable(sample)) {
    state.axis = DragAxis::vertical;
    return state;
  }
  state.start = sample;
  state.last = sample;
  remember(state, sample);
  return state;
}

DragState drag_move(DragState state, PointerSample sample) {
  if (!readable(sample) || state.recent_count == 0) return state;
  sample.t_ms = std::max(sample.t_ms, state.last.t_ms);
  state.last = sample;
  remember(state, sample);
  const double moved = travel(state);
  state.max_travel_px = std::max(state.max_travel_px, moved);
  if (state.axis == DragAxis::undecided && moved >= kDragSlopPx) {
    const double dx = std::abs(sample.x - state.start.x);
    const double dy = std::abs(sample.y - state.start.y);
    // A tie goes to the page: scrolling must never be taken from the reader.
    state.axis = dx > dy ? DragAxis::horizontal : DragAxis::vertical;
  }
  return state;
}

double drag_offset(const DragState& state) {
  return state.axis == DragAxis::horizontal ? state.last.x - state.start.x : 0;
}

DragRelease drag_end(const DragState& state, PointerSample release) {
  const DragState ended = drag_move(state, release);
  const bool horizontal = ended.axis == DragAxis::horizontal;
  const bool tap = ended.recent_count > 0 && ended.axis == DragAxis::undecided &&
                   ended.max_travel_px < kDragSlopPx &&
                   ended.last.t_ms - ended.start.t_ms < kTapMaxMs;
  return {tap, horizontal, horizontal ? velocity_x(ended) : 0, drag_offset(ended)};
}

DragRelease drag_cancel(const DragState& state) {
  return {false, state.axis == DragAxis::horizontal, 0, drag_offset(state)};
}

int release_target(const std::vector<double>& snaps, double scroll_at_release, double velocity,
                   double flick_velocity) {
  if (snaps.empty()) return -1;
  if (!std::isfinite(scroll_at_release)) return 0;
  const double threshold = flick_velocity > 0 ? flick_velocity : kFlickVelocity;
  const double v =
      std::isfinite(velocity) ? std::clamp(velocity, -kMaxDragVelocity, kMaxDragVelocity) : 0;
  if (std::abs(v) < threshold) return nearest_snap(snaps, scroll_at_release);

  const double direction = v < 0 ? 1.0 : -1.0;  // pointer left, content forward
  const double glide = v * v / (2 * kFlickDecelerationPxPerMs2);
  const double aim = scroll_at_release + direction * glide;
  int best = -1;
  double best_miss = std::numeric_limits<double>::infinity();
  double best_ahead = 0;
  int extreme = 0;  // the last snap in the direction of travel
  for (int i = 0; i < static_cast<int>(snaps.size()); ++i) {
    if (!std::isfinite(snaps[i])) continue;
    if (!std::isfinite(snaps[extreme]) || snaps[i] * direction > snaps[extreme] * direction) {
      extreme = i;
    }
    const double ahead = (snaps[i] - scroll_at_release) * direction;
    if (!(ahead > kSnapTolerancePx)) continue;
    const double miss = std::abs(snaps[i] - aim);
    // On an exact tie, the shorter trip.
    if (miss < best_miss || (miss == best_miss && ahead < best_ahead)) {
      best = i;
      best_miss = miss;
      best_ahead = ahead;
    }
  }
  return best >= 0 ? best : extreme;
}

}  // namespace pw
