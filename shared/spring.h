#pragma once

namespace pw {

// A damped spring as a pure function of elapsed time, for the motions that
// start from a finger's speed: a photo springing back or on to the next, the
// drag-to-close returning, a zoom settling. (Moves that start at rest use
// easing.h.) Mass 1; x'' = −stiffness·(x − to) − damping·x'.
//
// Units: stiffness in 1/s², damping in 1/s (as react-spring and CSS
// `linear()` generators write them); velocity in units per ms, as the
// gesture recogniser measures it; elapsed time in ms.
//
// The defaults are critically damped (damping = 2·√stiffness): the fastest
// return with no overshoot, so a photo never wobbles past its slot. Any
// damping ratio works: below 1 it oscillates, above 1 it creeps.
//
// Under prefers-reduced-motion the adapter skips the spring: it writes `to`
// at once, as if spring_settle_ms were 0.

// ω₀ = 20/s: 360 px from rest settles in about half a second.
inline constexpr double kSpringStiffness = 400;
inline constexpr double kSpringDamping = 40;     // 2·√400: critical
inline constexpr double kSpringPrecision = 0.5;  // px: half a pixel from `to` is at rest
// A spring weak enough to take longer is cut here (it jumps the rest).
inline constexpr double kSpringMaxSettleMs = 3000;

// Value `elapsed_ms` after release from `from` towards `to` with `velocity`.
// Exactly `to` from spring_settle_ms on (same arguments). `precision` is the
// distance counted as arrived: 0.5 for pixels; for a zoom or an opacity
// animate 0..1 progress with a finer one (0.001).
// Guards: non-finite `to` stays at `from` (0 if that is unreadable too);
// non-finite `from` jumps to `to`; non-finite velocity counts as 0; elapsed
// NaN counts as finished, negative as not started; unreadable or
// non-positive stiffness or damping, or precision, take the defaults.
double spring_value(double from, double to, double velocity, double elapsed_ms,
                    double stiffness = kSpringStiffness, double damping = kSpringDamping,
                    double precision = kSpringPrecision);

// Speed (per ms) at `elapsed_ms`, for handing a motion over to a finger that
// catches it, or to a new spring. 0 once settled.
double spring_velocity(double from, double to, double velocity, double elapsed_ms,
                       double stiffness = kSpringStiffness, double damping = kSpringDamping,
                       double precision = kSpringPrecision);

// From this time on the spring stays within `precision` of `to` for ever, so
// jumping there is invisible. Computed on an upper bound of the motion's
// envelope, so it is never early; 0 when it starts at rest on `to`; at most
// kSpringMaxSettleMs.
double spring_settle_ms(double from, double to, double velocity,
                        double stiffness = kSpringStiffness, double damping = kSpringDamping,
                        double precision = kSpringPrecision);

}  // namespace pw
