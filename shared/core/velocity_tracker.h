#pragma once
#include <array>

namespace pw {

// Pointer velocity for the carousel drag and the lightbox gestures: the mean
// over the last kVelocityWindowMs, the position interpolated at the window's
// edge, so one jittery sample or a pause before release cannot fake a flick.

// A press held longer than this is a long press, never a tap (the carousel's
// links and the lightbox's taps alike).
inline constexpr double kTapMaxMs = 500;

inline constexpr double kVelocityWindowMs = 100;
inline constexpr double kMaxDragVelocity = 8;  // px/ms (Android's max fling); guards bunched timestamps
inline constexpr int kVelocitySampleCapacity = 32;  // 100 ms at 240 Hz, with room to spare

struct PointerSample {
  double t_ms;
  double x;
  double y;
};

// Samples beyond this, or with unreadable numbers, are ignored by the
// carousel drag and the lightbox gestures, so no difference of two
// coordinates or times can overflow or lose a pixel to rounding.
inline constexpr double kMaxCoordinatePx = 1e7;
inline constexpr double kMaxSampleTimeMs = 1e15;

// Finite and within the limits above.
bool readable_sample(const PointerSample& sample);

// The samples that still matter for the window; fixed size, so a move never allocates.
struct VelocityTracker {
  std::array<PointerSample, kVelocitySampleCapacity> recent{};
  int count = 0;
};

struct Velocity {
  double x = 0;  // px/ms
  double y = 0;
};

// Adds a sample, dropping those older than the one at the window's edge.
void track_sample(VelocityTracker& tracker, const PointerSample& sample);

// Starts over from `sample` (a gesture changed hands or shape).
void restart_tracking(VelocityTracker& tracker, const PointerSample& sample);

// 0 with fewer than two samples or no elapsed time; a pause longer than the
// window before the newest sample gives 0. Each axis capped at kMaxDragVelocity.
Velocity tracked_velocity(const VelocityTracker& tracker);

}  // namespace pw
