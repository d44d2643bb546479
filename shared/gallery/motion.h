#pragma once
#include "core/spring.h"

namespace pw {

// One animated number of the lightbox (the strip's offset, the drag-to-close
// offset, a 0..1 progress) as a pure function of time, so any frame can be
// computed for any moment and a motion can be caught mid-way by a finger.
// Moves that start at rest (buttons, keys, opening) are eased (easing.h);
// moves that start from a finger's speed spring (spring.h).

enum class GalleryCurve { rest, ease, spring };

struct GalleryMotion {
  GalleryCurve curve = GalleryCurve::rest;
  double from = 0;
  double to = 0;
  double velocity = 0;     // spring: units per ms at the start
  double start_ms = 0;
  double duration_ms = 0;  // exactly `to` from start + duration on
  double precision = kSpringPrecision;
};

// Progress (0..1) springs need a finer sense of "arrived" than pixels.
inline constexpr double kProgressPrecision = 0.001;

// Standing still at `value` (0 when unreadable).
GalleryMotion motion_at_rest(double value);

// Eased from `from` to `to` over `duration_ms`. Under reduced motion, or
// with nothing to cover, it is at rest on `to` at once. Unreadable ends: a
// non-finite `to` stays at `from`, a non-finite `from` jumps to `to`.
GalleryMotion eased_motion(double from, double to, double start_ms, double duration_ms,
                           bool reduced_motion);

// A critically damped spring from `from` with `velocity` towards `to`; same guards.
GalleryMotion spring_motion(double from, double to, double velocity, double start_ms,
                            bool reduced_motion, double precision = kSpringPrecision);

// The value at `now_ms`; `from` before the start, `to` once over (and for an unreadable time).
double motion_value(const GalleryMotion& motion, double now_ms);

// Still moving at `now_ms`: the adapter needs another frame.
bool motion_running(const GalleryMotion& motion, double now_ms);

// Stopped where it is at `now_ms` (a finger caught it, or a resize).
GalleryMotion motion_caught(const GalleryMotion& motion, double now_ms);

}  // namespace pw
