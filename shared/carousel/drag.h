#pragma once
#include <vector>

#include "core/velocity_tracker.h"

namespace pw {

// Touch and mouse drags on the carousel track, from pointer samples to a
// release target. Pure: time comes in with each sample (t_ms, milliseconds).
//
// Direction: x grows to the right. A drag to the left (negative dx, negative
// velocity) moves the content forward, i.e. the scroll position increases.
// In RTL the adapter mirrors x (feeds -x) so that "forward" stays forward.

inline constexpr double kDragSlopPx = 8;            // movement before the axis is decided
inline constexpr double kFlickVelocity = 0.3;       // px/ms; slower releases snap to nearest
// Momentum of a flick: it would glide v² / (2·a) px before stopping, so
// 1 px/ms glides 100 px, 2 px/ms 400 px, 3 px/ms 900 px.
inline constexpr double kFlickDecelerationPxPerMs2 = 0.005;
inline constexpr double kSnapTolerancePx = 0.5;     // sub-pixel rounding of scroll positions

// Locked once decided. Vertical means the page scrolls and the carousel
// ignores the gesture (the adapter uses `touch-action: pan-y`).
enum class DragAxis { undecided, horizontal, vertical };

struct DragState {
  PointerSample start{};
  PointerSample last{};
  DragAxis axis = DragAxis::undecided;
  double max_travel_px = 0;  // farthest from start, so moving away and back is no tap
  VelocityTracker velocity;  // empty until drag_start
};

struct DragRelease {
  bool was_tap;     // moved < slop for < 500 ms: the link is followed
  bool was_drag;    // axis horizontal: the link is never followed
  double velocity;  // px/ms of x, 0 unless horizontal
  double distance;  // horizontal offset followed (as drag_offset), 0 unless horizontal
};

// A sample with a non-finite coordinate, or one beyond kMaxCoordinatePx or
// kMaxSampleTimeMs, at the start makes a gesture the carousel leaves to the
// browser (vertical); later ones are ignored. A sample
// whose time goes back is taken as simultaneous with the previous one.
DragState drag_start(const PointerSample& sample);
DragState drag_move(DragState state, PointerSample sample);

// The horizontal distance the track follows the pointer; 0 while undecided
// or vertical. It counts from the first sample, so the item stays under the finger.
double drag_offset(const DragState& state);

// The release sample is a last move. Velocity is the mean x speed over the
// last kVelocityWindowMs (position interpolated at the window's edge), over
// the whole gesture if it was shorter; so a pause of more than the window
// before release gives 0.
DragRelease drag_end(const DragState& state, const PointerSample& release);

// A second pointer, a pointercancel or a resize mid-drag: the drag ends where
// it is with no velocity (release_target then snaps to the nearest item); it
// is never a tap, and still a drag if it was horizontal. The adapter ignores
// further pointers until all are up.
DragRelease drag_cancel(const DragState& state);

// Index of the snap to settle on. `snaps` are scroll positions; -1 if empty.
// Slower than `flick_velocity`: the nearest snap. A flick: the snap nearest
// to where momentum would glide, but at least the next one in the direction
// of travel and never past the first or last.
int release_target(const std::vector<double>& snaps, double scroll_at_release, double velocity,
                   double flick_velocity = kFlickVelocity);

}  // namespace pw
