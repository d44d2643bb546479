#include "gallery/lightbox_gesture.h"

#include <algorithm>
#include <cmath>

#include "core/motion_math.h"

namespace pw {
namespace {

double length(double v) { return std::isfinite(v) && v > 0 ? v : 0; }

double distance(const PointerSample& a, const PointerSample& b) {
  return motion_hypot(a.x - b.x, a.y - b.y);
}

int index_of(const LightboxGestureState& state, int id) {
  for (int i = 0; i < state.pointer_count; ++i) {
    if (state.pointers[i].id == id) return i;
  }
  return -1;
}

double pinch_span(const LightboxGestureState& state) {
  return distance(state.pointers[0].last, state.pointers[1].last);
}

Point pinch_middle(const LightboxGestureState& state) {
  const PointerSample& a = state.pointers[0].last;
  const PointerSample& b = state.pointers[1].last;
  return {(a.x + b.x) / 2, (a.y + b.y) / 2};
}

double swipe_dx(const LightboxGestureState& state) {
  return state.pointers[0].last.x - state.pointers[0].start.x;
}

double close_dy(const LightboxGestureState& state) {
  return std::max(0.0, state.pointers[0].last.y - state.pointers[0].start.y);
}

GestureOutput swipe_output(const LightboxGestureState& state) {
  GestureOutput out;
  out.kind = GestureOutput::swipe_progress;
  out.dx = swipe_dx(state);
  return out;
}

GestureOutput close_output(const LightboxGestureState& state) {
  GestureOutput out;
  out.kind = GestureOutput::close_progress;
  out.dy = close_dy(state);
  return out;
}

GestureOutput pan_output(LightboxGestureState& state, GestureOutput::Kind kind) {
  GestureOutput out;
  out.kind = kind;
  const PointerSample& last = state.pointers[0].last;
  out.dx = last.x - state.pan_anchor.x;
  out.dy = last.y - state.pan_anchor.y;
  state.pan_anchor = last;
  return out;
}

GestureOutput pinch_output(const LightboxGestureState& state, GestureOutput::Kind kind) {
  GestureOutput out;
  out.kind = kind;
  out.scale = std::max(pinch_span(state), kMinPinchSpanPx) /
              std::max(state.pinch_start_span, kMinPinchSpanPx);
  out.centre = pinch_middle(state);
  out.origin = state.pinch_origin;
  return out;
}

GestureOutput pinch_end_output(const LightboxGestureState& state) {
  GestureOutput out;
  out.kind = GestureOutput::pinch_end;
  out.centre = state.pinch_centre;
  out.origin = state.pinch_origin;
  return out;
}

// Ends the gesture but keeps a pending tap: it may be the first of two.
void finish(LightboxGestureState& state) {
  const bool tap_pending = state.tap_pending;
  const PointerSample pending_tap = state.pending_tap;
  state = LightboxGestureState{};
  state.tap_pending = tap_pending;
  state.pending_tap = pending_tap;
}

void decide(LightboxGestureState& state, const GestureContext& context) {
  // This gesture is no tap, so a tap it might have doubled stands alone no more.
  if (state.second_tap) state.tap_pending = false;
  state.second_tap = false;
  if (context.zoomed_in) {
    state.phase = GesturePhase::pan;
    return;
  }
  const double dx = state.pointers[0].last.x - state.pointers[0].start.x;
  const double dy = state.pointers[0].last.y - state.pointers[0].start.y;
  if (std::abs(dx) > std::abs(dy)) {
    state.phase = GesturePhase::swipe;
  } else {
    state.phase = dy > 0 ? GesturePhase::close_drag : GesturePhase::ignored;
  }
}

GestureOutput follow_one(LightboxGestureState& state) {
  switch (state.phase) {
    case GesturePhase::swipe: return swipe_output(state);
    case GesturePhase::close_drag: return close_output(state);
    case GesturePhase::pan:
    case GesturePhase::after_pinch: return pan_output(state, GestureOutput::pan);
    default: return {};
  }
}

GestureOutput release_swipe(const LightboxGestureState& state, const GestureContext& context,
                            Point velocity) {
  GestureOutput out = swipe_output(state);
  out.velocity = velocity;
  const double dx = out.dx;
  const double v = velocity.x;
  bool commit = false;
  if (std::abs(v) > kSwipeFlickVelocity) {
    commit = dx != 0 && (dx > 0) == (v > 0);  // a flick back against the drag cancels
  } else {
    commit = std::abs(dx) > kSwipeCommitFraction * length(context.viewport.width);
  }
  if (!commit) out.kind = GestureOutput::swipe_cancel;
  else out.kind = dx < 0 ? GestureOutput::swipe_commit_next : GestureOutput::swipe_commit_previous;
  return out;
}

GestureOutput release_close(const LightboxGestureState& state, const GestureContext& context,
                            Point velocity) {
  GestureOutput out = close_output(state);
  out.velocity = velocity;
  const bool far = out.dy > kCloseCommitFraction * length(context.viewport.height);
  const bool flick_down = velocity.y > kCloseFlickVelocity && out.dy > 0;
  const bool flick_up = velocity.y < -kCloseFlickVelocity;
  out.kind = flick_down || (far && !flick_up) ? GestureOutput::close : GestureOutput::close_cancel;
  return out;
}

// Takes in a move without answering it: gesture_move answers, gesture_up
// releases (a pan's last delta then travels with the release).
void track(LightboxGestureState& state, int i, PointerSample sample,
           const GestureContext& context) {
  TrackedPointer& pointer = state.pointers[i];
  sample.t_ms = std::max(sample.t_ms, pointer.last.t_ms);
  pointer.last = sample;
  if (state.pointer_count == 2) {
    state.pinch_centre = pinch_middle(state);
    return;
  }
  track_sample(state.velocity, sample);
  state.max_travel_px = std::max(state.max_travel_px, distance(pointer.last, pointer.start));
  if (state.phase == GesturePhase::pending && state.max_travel_px >= kGestureSlopPx) {
    decide(state, context);
  }
}

double capped(double v) {
  return std::isfinite(v) ? std::clamp(v, -kMaxDragVelocity, kMaxDragVelocity) : 0;
}

}  // namespace

GestureOutput gesture_down(LightboxGestureState& state, int id, PointerSample sample,
                           const GestureContext& context) {
  (void)context;
  if (!readable_sample(sample) || index_of(state, id) >= 0 || state.pointer_count >= 2) {
    return {};
  }
  if (state.pointer_count == 1) {
    if (state.second_tap) state.tap_pending = false;  // a pinch doubles no tap
    state.second_tap = false;
    state.pointers[1] = {id, sample, sample};
    state.pointer_count = 2;
    state.multi_touch = true;
    state.phase = GesturePhase::pinch;
    state.pinch_start_span = pinch_span(state);
    state.pinch_origin = pinch_middle(state);
    state.pinch_centre = state.pinch_origin;
    return pinch_output(state, GestureOutput::pinch_start);
  }
  GestureOutput out;
  finish(state);
  if (state.tap_pending) {
    const bool in_time = sample.t_ms - state.pending_tap.t_ms <= kDoubleTapWindowMs;
    if (in_time && distance(sample, state.pending_tap) <= kDoubleTapSlopPx) {
      state.second_tap = true;
    } else {
      out.kind = GestureOutput::tap;  // it can no longer be doubled
      out.centre = {state.pending_tap.x, state.pending_tap.y};
      state.tap_pending = false;
    }
  }
  state.phase = GesturePhase::pending;
  state.pointers[0] = {id, sample, sample};
  state.pointer_count = 1;
  state.pan_anchor = sample;
  restart_tracking(state.velocity, sample);
  return out;
}

GestureOutput gesture_move(LightboxGestureState& state, int id, PointerSample sample,
                           const GestureContext& context) {
  const int i = index_of(state, id);
  if (i < 0 || !readable_sample(sample)) return {};
  track(state, i, sample, context);
  if (state.pointer_count == 2) return pinch_output(state, GestureOutput::pinch);
  const GestureOutput out = follow_one(state);
  return out;
}

GestureOutput gesture_up(LightboxGestureState& state, int id, PointerSample sample,
                         const GestureContext& context) {
  const int i = index_of(state, id);
  if (i < 0) return {};
  if (readable_sample(sample)) track(state, i, sample, context);
  if (state.pointer_count == 2) {
    // The other finger pans on from where it is: deltas, so nothing jumps.
    state.pointers[0] = state.pointers[1 - i];
    state.pointer_count = 1;
    state.phase = GesturePhase::after_pinch;
    state.pan_anchor = state.pointers[0].last;
    restart_tracking(state.velocity, state.pointers[0].last);
    return {};
  }
  const Velocity tracked = tracked_velocity(state.velocity);
  const Point velocity{tracked.x, tracked.y};
  GestureOutput out;
  switch (state.phase) {
    case GesturePhase::pending: {
      const TrackedPointer& p = state.pointers[0];
      const bool tap = !state.multi_touch && state.max_travel_px < kGestureSlopPx &&
                       p.last.t_ms - p.start.t_ms < kTapMaxMs;
      if (tap && state.second_tap && state.tap_pending) {
        out.kind = GestureOutput::double_tap;
        out.centre = {p.start.x, p.start.y};
        state.tap_pending = false;
      } else if (tap) {
        out.kind = GestureOutput::tap_pending;
        out.centre = {p.start.x, p.start.y};
        state.tap_pending = true;
        state.pending_tap = {p.last.t_ms, p.start.x, p.start.y};
      } else if (state.second_tap) {
        state.tap_pending = false;  // a long press after a tap: neither stands
      }
      break;
    }
    case GesturePhase::swipe: out = release_swipe(state, context, velocity); break;
    case GesturePhase::close_drag: out = release_close(state, context, velocity); break;
    case GesturePhase::pan:
      out = pan_output(state, GestureOutput::pan_release);
      out.velocity = velocity;
      break;
    case GesturePhase::after_pinch: {
      const GestureOutput last = pan_output(state, GestureOutput::pan);
      out = pinch_end_output(state);
      out.dx = last.dx;
      out.dy = last.dy;
      break;
    }
    default: break;
  }
  finish(state);
  return out;
}

GestureOutput gesture_cancel(LightboxGestureState& state) {
  GestureOutput out;
  switch (state.phase) {
    case GesturePhase::swipe:
      out = swipe_output(state);
      out.kind = GestureOutput::swipe_cancel;
      break;
    case GesturePhase::close_drag:
      out.kind = GestureOutput::close_cancel;
      out.dy = close_dy(state);
      break;
    case GesturePhase::pan: out.kind = GestureOutput::pan_release; break;
    case GesturePhase::pinch:
    case GesturePhase::after_pinch: out = pinch_end_output(state); break;
    default: break;
  }
  state = LightboxGestureState{};
  return out;
}

GestureOutput tap_confirmed(LightboxGestureState& state, double now_ms) {
  if (!state.tap_pending || state.pointer_count > 0 || !std::isfinite(now_ms) ||
      now_ms - state.pending_tap.t_ms < kDoubleTapWindowMs) {
    return {};
  }
  GestureOutput out;
  out.kind = GestureOutput::tap;
  out.centre = {state.pending_tap.x, state.pending_tap.y};
  state.tap_pending = false;
  return out;
}

double inertia_duration_ms(const Point& velocity) {
  // What remains to glide at t is |v|·τ·e^(−t/τ); stop when under half a pixel.
  const double glide = motion_hypot(capped(velocity.x), capped(velocity.y)) * kInertiaTimeConstantMs;
  return glide > kInertiaRestPx ? kInertiaTimeConstantMs * motion_log(glide / kInertiaRestPx) : 0;
}

Pan inertia_offset(const Point& velocity, double elapsed_ms) {
  const double end = inertia_duration_ms(velocity);
  const double t = std::isnan(elapsed_ms) ? end : std::clamp(elapsed_ms, 0.0, end);
  const double travelled = kInertiaTimeConstantMs * (1 - motion_exp(-t / kInertiaTimeConstantMs));
  return {capped(velocity.x) * travelled, capped(velocity.y) * travelled};
}

}  // namespace pw
