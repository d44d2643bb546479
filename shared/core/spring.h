#pragma once

namespace pw {

// A critically damped spring as a pure function of elapsed time, for the
// motions that start from a finger's speed: a photo springing back or on to
// the next, the drag-to-close returning, a zoom settling. (Moves that start at
// rest use easing.h.) Mass 1, stiffness ω², damping 2ω: the fastest return
// with no overshoot, so a photo never wobbles past its slot. With x0 = from − to
// and v0 the release velocity:
//   x(t) = to + e^(−ωt)·(x0 + (v0 + ω·x0)·t)
// Only critical damping is offered because every motion here uses it; the
// under- and overdamped solutions cost the wasm their own code for nothing.
//
// Units: velocity in units per ms, as the gesture recogniser measures it;
// elapsed time in ms.
//
// Under prefers-reduced-motion the adapter skips the spring: it writes `to`
// at once, as if spring_settle_ms were 0.

// ω = 20/s (stiffness 400/s²): 360 px from rest settles in about half a second.
inline constexpr double kSpringOmega = 20;
inline constexpr double kSpringPrecision = 0.5;  // px: half a pixel from `to` is at rest
// A motion that would take longer is cut here (it jumps the rest).
inline constexpr double kSpringMaxSettleMs = 3000;

// Value `elapsed_ms` after release from `from` towards `to` with `velocity`.
// Exactly `to` from spring_settle_ms on (same arguments). `precision` is the
// distance counted as arrived: 0.5 for pixels; for a zoom or an opacity
// animate 0..1 progress with a finer one (0.001).
// Guards: non-finite `to` stays at `from` (0 if that is unreadable too);
// non-finite `from` jumps to `to`; non-finite velocity counts as 0; elapsed
// NaN counts as finished, negative as not started; an unreadable or
// non-positive precision takes the default.
double spring_value(double from, double to, double velocity, double elapsed_ms,
                    double precision = kSpringPrecision);

// From this time on the spring stays within `precision` of `to` for ever, so
// jumping there is invisible. Computed on an upper bound of |x(t) − to|, so
// it is never early; 0 when it starts at rest on `to`; at most
// kSpringMaxSettleMs.
double spring_settle_ms(double from, double to, double velocity,
                        double precision = kSpringPrecision);

}  // namespace pw
