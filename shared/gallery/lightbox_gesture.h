#pragma once
#include <array>

#include "core/velocity_tracker.h"
#include "gallery/zoom_pan.h"

namespace pw {

// The lightbox's gesture recogniser: Pointer Events in, one instruction for
// the adapter out. Each call moves the state on in place (copying it in and
// out cost the wasm more than the recogniser's logic) and returns what to do;
// time comes in with each sample (PointerSample::t_ms, from core/velocity_tracker.h).
//
// One pointer: tap, double tap, swipe left/right to change photo, drag down
// to close (at fit), pan (zoomed in). Two pointers: pinch. A third is
// ignored. x grows to the right, y downwards; in RTL the adapter mirrors x.
//
// Thresholds, all here. Also used from core/velocity_tracker.h: kTapMaxMs (a tap is
// shorter), and the velocity window (mean over the last 100 ms, capped at 8 px/ms).
// Movement before a drag is decided; a tap moves less.
inline constexpr double kGestureSlopPx = 10;
inline constexpr double kDoubleTapWindowMs = 300;    // first tap's up to second tap's down
inline constexpr double kDoubleTapSlopPx = 30;       // between the two taps
inline constexpr double kSwipeCommitFraction = 0.2;  // of the viewport's width
inline constexpr double kSwipeFlickVelocity = 0.3;   // px/ms, in the drag's direction
inline constexpr double kCloseCommitFraction = 0.25; // of the viewport's height
inline constexpr double kCloseFlickVelocity = 0.5;   // px/ms downwards
// Closing progress reaches 1 (background transparent) at half the height,
// so at the commit distance the background is half gone.
inline constexpr double kCloseProgressSpan = 0.5;
// Fingers closer than this at a pinch's start (or a bogus pointer pair) would
// make the scale leap; both spans count as at least this much.
inline constexpr double kMinPinchSpanPx = 20;
// Samples beyond kMaxCoordinatePx or kMaxSampleTimeMs (core/velocity_tracker.h),
// or with unreadable numbers, are ignored.

// Inertia after a pan: speed decays as e^(−t/325 ms) (the kinetic-scrolling
// constant of iOS-like lists), so a flick glides velocity × 325 ms in total:
// 1 px/ms glides 325 px. It stops when less than half a pixel remains.
inline constexpr double kInertiaTimeConstantMs = 325;
inline constexpr double kInertiaRestPx = 0.5;

struct GestureContext {
  Size viewport;
  bool zoomed_in = false;  // is_zoomed_in(zoom, levels): drags pan instead of swiping or closing
};

enum class GesturePhase {
  idle,
  pending,     // down, moved less than the slop: maybe a tap
  swipe,       // horizontal, not zoomed: the strip follows
  close_drag,  // downwards, not zoomed: the photo follows, the background fades
  pan,         // zoomed: the image follows
  pinch,       // two pointers
  after_pinch, // one of the two lifted: the other pans until it lifts
  ignored,     // upwards at fit, or a lone long press: nothing to do
};

struct TrackedPointer {
  int id = 0;
  PointerSample start{};
  PointerSample last{};
};

struct LightboxGestureState {
  GesturePhase phase = GesturePhase::idle;
  std::array<TrackedPointer, 2> pointers{};  // [0] drives one-pointer phases
  int pointer_count = 0;
  PointerSample pan_anchor{};  // where the last pan delta was measured to
  double max_travel_px = 0;    // farthest from start: moving away and back is no tap
  bool multi_touch = false;    // a second pointer took part: no tap
  VelocityTracker velocity;    // of pointer [0]
  double pinch_start_span = 0;
  Point pinch_origin{};  // fingers' centre when the pinch started
  Point pinch_centre{};  // and now
  bool tap_pending = false;     // a tap waits to see whether a second follows
  PointerSample pending_tap{};  // its position (at down) and time (at up)
  bool second_tap = false;      // this gesture began close enough to be the second
};

struct GestureOutput {
  enum Kind {
    none,
    tap_pending,            // start a kDoubleTapWindowMs timer, then call tap_confirmed
    tap,                    // toggle the UI; `centre` is where
    double_tap,             // zoom_to(double_tap_zoom(...)) around `centre`
    pan,                    // add (dx, dy) to the raw pan; show rubber_band_pan of it
    pan_release,            // add (dx, dy), then inertia from `velocity` (settle if out of bounds)
    swipe_progress,         // strip offset dx from the gesture's start
    swipe_commit_next,      // finger went left: spring on to the next photo from dx with `velocity`
    swipe_commit_previous,  // finger went right
    swipe_cancel,           // spring the strip back to 0
    close_progress,         // photo offset dy ≥ 0; the background fades (kCloseProgressSpan)
    close,                  // close, from dy with `velocity`
    close_cancel,           // spring the photo back and the background to opaque
    pinch_start,            // remember the current ZoomState as the pinch's start; leave
                            // any swipe or close offset where it is (nothing jumps)
    pinch,                  // pinch_to(start, pinch_zoom(start.zoom, scale, ...), origin, centre)
    pinch_end,              // settle_around `centre`; spring any swipe/close offset back to 0
  };
  Kind kind = none;
  double dx = 0;
  double dy = 0;
  double scale = 1;     // pinch: fingers' span now / at the pinch's start
  Point centre{};       // pinch: fingers' centre now; tap, double tap: where
  Point origin{};       // pinch: fingers' centre at the pinch's start
  Point velocity{};     // px/ms at release
};

// pointerdown. A second pointer starts a pinch from wherever the first had
// got to. A new gesture too far or too late to be a second tap confirms the
// pending one at once (output tap).
GestureOutput gesture_down(LightboxGestureState& state, int id, PointerSample sample,
                           const GestureContext& context);
// pointermove. Unknown ids and unreadable samples change nothing; a time
// going back counts as simultaneous with the previous sample.
GestureOutput gesture_move(LightboxGestureState& state, int id, PointerSample sample,
                           const GestureContext& context);
// pointerup; its sample is a last move. Lifting one of two pointers ends the
// pinch's scaling; the other pans on, and pinch_end comes when it lifts.
GestureOutput gesture_up(LightboxGestureState& state, int id, PointerSample sample,
                         const GestureContext& context);
// pointercancel, lostpointercapture, a resize or the lightbox closing: the
// gesture ends where it is, without momentum, and a pending tap is dropped.
GestureOutput gesture_cancel(LightboxGestureState& state);

// Asked by the adapter's timer: the pending tap becomes a tap once
// kDoubleTapWindowMs have passed since it lifted and no pointer is down.
// A second tap (double_tap) or any other gesture since drops it.
GestureOutput tap_confirmed(LightboxGestureState& state, double now_ms);

// Offset from the release point `elapsed_ms` into the glide; constant from
// inertia_duration_ms on. The adapter clamps the pan to its bounds each frame.
Pan inertia_offset(const Point& velocity_px_per_ms, double elapsed_ms);
double inertia_duration_ms(const Point& velocity_px_per_ms);

}  // namespace pw
