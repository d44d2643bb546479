#pragma once

namespace pw {

// Motion as pure functions of elapsed time, so a frame can be computed for
// any moment and a test needs no clock.

inline constexpr double kScrollBaseMs = 200;    // even a short hop is seen to move
inline constexpr double kScrollMsPerPx = 0.5;   // a 280 px item takes 340 ms
inline constexpr double kScrollMaxMs = 600;     // a long jump must not feel sluggish
inline constexpr double kScrollJumpPx = 1;      // below this, jump: nothing visible to animate

// 1 - (1 - t)³ on t in [0, 1]: fast start, gentle landing. Outside [0, 1]
// it is clamped; NaN counts as finished (1).
double ease_out_cubic(double t);

// Position `elapsed_ms` into a move from `from` to `to`: exactly `to` once
// the time is over (or the duration is 0, negative or NaN), `from` before it
// starts, never outside [from, to]. A non-finite `to` stays at `from`; a
// non-finite `from` jumps to `to`.
double scroll_at(double from, double to, double elapsed_ms, double duration_ms);

// How long a move of `distance_px` (either sign) takes:
// min(600, 200 + 0.5 ms/px), 0 under prefers-reduced-motion, for less than
// a pixel, or for a non-finite distance (these jump).
double scroll_duration_ms(double distance_px, bool reduced_motion);

}  // namespace pw
