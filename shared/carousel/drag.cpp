#include "carousel/drag.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/motion_math.h"

namespace pw {
namespace {

double travel(const DragState& state) {
  return motion_hypot(state.last.x - state.start.x, state.last.y - state.start.y);
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

DragState drag_start(const PointerSample& sample) {
  DragState state;
  if (!readable_sample(sample)) {
    state.axis = DragAxis::vertical;
    return state;
  }
  state.start = sample;
  state.last = sample;
  track_sample(state.velocity, sample);
  return state;
}

DragState drag_move(DragState state, PointerSample sample) {
  if (!readable_sample(sample) || state.velocity.count == 0) return state;
  sample.t_ms = std::max(sample.t_ms, state.last.t_ms);
  state.last = sample;
  track_sample(state.velocity, sample);
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

DragRelease drag_end(const DragState& state, const PointerSample& release) {
  const DragState ended = drag_move(state, release);
  const bool horizontal = ended.axis == DragAxis::horizontal;
  const bool tap = ended.velocity.count > 0 && ended.axis == DragAxis::undecided &&
                   ended.max_travel_px < kDragSlopPx &&
                   ended.last.t_ms - ended.start.t_ms < kTapMaxMs;
  return {tap, horizontal, horizontal ? tracked_velocity(ended.velocity).x : 0, drag_offset(ended)};
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
