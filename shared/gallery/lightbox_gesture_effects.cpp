// The recogniser's outputs (gallery/lightbox_gesture.h) applied to the
// lightbox: taps, pans, pinches, swipes and drags, and tidying up after them.
#include "gallery/lightbox_parts.h"

namespace pw::lightbox {

// ---- gestures ---------------------------------------------------------------

GestureContext gesture_context(const GalleryState& s, double t) {
  return {view_size(s), zoomable(s) && is_zoomed_in(zoom_at(s, t).zoom, current_levels(s))};
}

// A finger caught the lightbox: whatever moved stops where it is.
void catch_motion(GalleryState& s, double t) {
  s.strip = motion_caught(s.strip, t);
  s.drop = motion_caught(s.drop, t);
  s.strip_base = s.strip.to;
  s.drop_base = s.drop.to;
  zoom_rest(s, zoom_at(s, t));
  s.raw_pan = s.zoom.to.pan;
}

// Past an end without loop the strip resists like any edge.
static double banded_strip(const GalleryState& s, double offset) {
  const int count = count_of(s);
  const bool loop = s.options.loop;
  if (offset > 0 && gallery_neighbour(s.index, count, -1, loop) < 0) {
    return rubber_band(offset, s.viewport.width);
  }
  if (offset < 0 && gallery_neighbour(s.index, count, +1, loop) < 0) {
    return rubber_band(offset, s.viewport.width);
  }
  return offset;
}

static void pan_by(GalleryState& s, double dx, double dy) {
  s.raw_pan.x += finite_or(dx, 0);
  s.raw_pan.y += finite_or(dy, 0);
  const double zoom = s.zoom.to.zoom;
  const Size viewport = view_size(s);
  zoom_rest(s, {zoom, rubber_band_pan(s.raw_pan, pan_bounds(s.image, viewport, zoom), viewport)});
}

// Inside the bounds a flick glides on; past them (or past a zoom limit)
// the photo springs back instead.
static void release_pan(GalleryState& s, const Point& velocity, double t) {
  const ZoomState now = s.zoom.to;
  const ZoomState rest = settle(now, current_levels(s), s.image, view_size(s));
  const Pan clamped = clamp_pan(s.raw_pan, pan_bounds(s.image, view_size(s), now.zoom));
  const bool inside = rest.zoom == now.zoom && clamped.x == s.raw_pan.x && clamped.y == s.raw_pan.y;
  if (!inside) {
    zoom_tween(s, now, rest, t, true);
    return;
  }
  const double duration = s.reduced_motion ? 0 : inertia_duration_ms(velocity);
  if (!(duration > 0)) return;
  s.zoom.kind = GalleryZoomMotion::glide;
  s.zoom.from = now;
  s.zoom.velocity = velocity;
  s.zoom.start_ms = t;
  s.zoom.duration_ms = duration;
}

// Touch: a tap toggles the buttons and caption. Mouse: a click beside the
// photo closes (as on the backdrop of any dialog), on it shows the buttons.
static void tap(GalleryState& s, const Point& at, double t) {
  if (!s.tap_mouse) {
    s.controls_visible = !s.controls_visible;
  } else if (rect_contains(live_rect(s, t), at)) {
    s.controls_visible = true;
  } else {
    begin_close(s, t);
  }
}

static void double_tap(GalleryState& s, const Point& at, double t) {
  if (!zoomable(s)) return;
  const ZoomLevels levels = current_levels(s);
  const ZoomState now = zoom_at(s, t);
  const ZoomState to =
      zoom_to(now, double_tap_zoom(now.zoom, levels), at, levels, s.image, view_size(s));
  zoom_tween(s, now, to, t, false);
  note_sharpest(s, to.zoom);
}

static void spring_home(GalleryState& s, double t) {
  s.strip = spring_motion(strip_at(s, t), 0, 0, t, s.reduced_motion);
  s.drop = spring_motion(drop_at(s, t), 0, 0, t, s.reduced_motion);
}

void apply(GalleryState& s, const GestureOutput& out, double t) {
  const Size viewport = view_size(s);
  switch (out.kind) {
    case Kind::none: return;
    case Kind::tap_pending: s.tap_mouse = s.gesture_mouse; return;
    case Kind::tap: tap(s, out.centre, t); return;
    case Kind::double_tap: double_tap(s, out.centre, t); return;
    case Kind::pan: pan_by(s, out.dx, out.dy); return;
    case Kind::pan_release:
      pan_by(s, out.dx, out.dy);
      release_pan(s, out.velocity, t);
      return;
    case Kind::swipe_progress:
      s.strip = motion_at_rest(banded_strip(s, s.strip_base + finite_or(out.dx, 0)));
      return;
    case Kind::swipe_commit_next:
    case Kind::swipe_commit_previous: {
      const int direction = out.kind == Kind::swipe_commit_next ? 1 : -1;
      const int target = gallery_neighbour(s.index, count_of(s), direction, s.options.loop);
      if (go_to(s, target, direction, t, true, out.velocity.x)) return;
      s.strip = spring_motion(strip_at(s, t), 0, out.velocity.x, t, s.reduced_motion);
      return;
    }
    case Kind::swipe_cancel:
      s.strip = spring_motion(strip_at(s, t), 0, out.velocity.x, t, s.reduced_motion);
      return;
    case Kind::close_progress:
      s.drop = motion_at_rest(s.drop_base + std::max(0.0, finite_or(out.dy, 0)));
      return;
    case Kind::close: begin_close(s, t); return;
    case Kind::close_cancel:
      s.drop = spring_motion(drop_at(s, t), 0, out.velocity.y, t, s.reduced_motion);
      return;
    case Kind::pinch_start:
      s.pinch_start = zoom_at(s, t);
      zoom_rest(s, s.pinch_start);
      s.raw_pan = s.pinch_start.pan;
      return;
    case Kind::pinch: {
      if (!zoomable(s)) return;
      const double zoom = pinch_zoom(s.pinch_start.zoom, out.scale, current_levels(s));
      zoom_rest(s, pinch_to(s.pinch_start, zoom, out.origin, out.centre, s.image, viewport));
      s.raw_pan = s.zoom.to.pan;
      return;
    }
    case Kind::pinch_end: {
      pan_by(s, out.dx, out.dy);
      const ZoomState now = s.zoom.to;
      const ZoomState to = settle_around(now, current_levels(s), s.image, viewport, out.centre);
      zoom_tween(s, now, to, t, true);
      note_sharpest(s, to.zoom);
      spring_home(s, t);
      return;
    }
  }
}

// Once no finger is down, no offset may stay half-way: a strip or photo
// caught and then left (a tap on a moving strip, an ignored upward drag, a
// gesture cut short by a key or a failed image) springs home.
static void offsets_home(GalleryState& s, double t) {
  if (s.phase != GalleryPhase::open || s.gesture.pointer_count > 0) return;
  if (s.strip.curve == GalleryCurve::rest && s.strip.to != 0) {
    s.strip = spring_motion(s.strip.to, 0, 0, t, s.reduced_motion);
  }
  if (s.drop.curve == GalleryCurve::rest && s.drop.to != 0) {
    s.drop = spring_motion(s.drop.to, 0, 0, t, s.reduced_motion);
  }
}

// The recogniser's own cancel, so a swipe, a drag or a pinch that was under
// way springs home as it would on pointercancel.
void cancel_gesture(GalleryState& s, double t) {
  if (s.gesture.pointer_count == 0) {
    s.gesture = LightboxGestureState{};
    return;
  }
  apply(s, gesture_cancel(s.gesture), t);
  offsets_home(s, t);
}

// After the last finger lifts, nothing may stay half-way, the zoom included.
void tidy(GalleryState& s, double t) {
  if (s.phase != GalleryPhase::open || s.gesture.pointer_count > 0) return;
  offsets_home(s, t);
  if (s.zoom.kind == GalleryZoomMotion::rest) {
    const ZoomState to = settle(s.zoom.to, current_levels(s), s.image, view_size(s));
    zoom_tween(s, s.zoom.to, to, t, true);
  }
}

}  // namespace pw::lightbox
