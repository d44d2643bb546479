#include "gallery/controller.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "core/easing.h"
#include "gallery/preload.h"
#include "gallery/slides.h"
#include "gallery/source.h"
#include "gallery/text.h"

namespace pw {
namespace {

using Kind = GestureOutput::Kind;

double finite_or(double v, double fallback) { return std::isfinite(v) ? v : fallback; }

double length(double v) { return std::isfinite(v) && v > 0 ? std::min(v, kMaxCoordinatePx) : 0; }

int count_of(const GalleryState& s) { return static_cast<int>(s.items.size()); }

// The event's time when readable, else the latest readable one, so a NaN
// timestamp neither freezes nor restarts a motion.
double moment(GalleryState& s, double now_ms) {
  if (std::isfinite(now_ms) && std::abs(now_ms) <= kMaxSampleTimeMs) s.last_ms = now_ms;
  return s.last_ms;
}

GalleryViewport readable_viewport(const GalleryViewport& v) {
  GalleryViewport r;
  r.width = length(v.width);
  r.height = length(v.height);
  r.padding_width = std::min(length(v.padding_width), r.width);
  r.padding_height = std::min(length(v.padding_height), r.height);
  const double dpr = v.device_pixel_ratio;
  r.device_pixel_ratio = std::isfinite(dpr) && dpr > 0 && dpr <= 16 ? dpr : 1;
  return r;
}

Size view_size(const GalleryState& s) { return {s.viewport.width, s.viewport.height}; }
Size padding(const GalleryState& s) { return {s.viewport.padding_width, s.viewport.padding_height}; }
Point view_centre(const GalleryState& s) { return {s.viewport.width / 2, s.viewport.height / 2}; }

bool has_area(const Size& size) { return size.width > 0 && size.height > 0; }

bool readable_rect(const GalleryRect& r) {
  return std::isfinite(r.x) && std::isfinite(r.y) && std::abs(r.x) <= kMaxCoordinatePx &&
         std::abs(r.y) <= kMaxCoordinatePx && length(r.width) > 0 && length(r.height) > 0 &&
         r.width <= kMaxCoordinatePx && r.height <= kMaxCoordinatePx;
}

// ---- the photos ------------------------------------------------------------

// The shape that stands in until the real size is known: the markup's
// (declared or thumbnail size), else the measured thumbnail's; 0 → square.
double stand_in_aspect(const GalleryState& s, int i) {
  const double aspect = s.items[i].aspect;
  return std::isfinite(aspect) && aspect > 0 ? aspect : s.photos[i].thumbnail_aspect;
}

Size photo_size(const GalleryState& s, int i) {
  const GalleryPhotoState& p = s.photos[i];
  if (!p.failed && has_area(p.size)) return p.size;
  return stand_in_image(stand_in_aspect(s, i), view_size(s), padding(s));
}

bool zoomable(const GalleryState& s) { return !s.photos[s.index].failed; }

ZoomLevels levels_for(const GalleryState& s, const Size& image, bool can_zoom) {
  ZoomLevels levels = zoom_levels(image, view_size(s), padding(s));
  const double cap = s.options.zoom_max;
  if (!can_zoom) {
    levels.fill = levels.max = levels.fit;
  } else if (std::isfinite(cap) && cap >= kMinGalleryZoomMax) {
    levels.max = std::max(levels.fit, std::min(cap, kMaxGalleryZoomMax) * levels.fit);
  }
  return levels;
}

ZoomLevels current_levels(const GalleryState& s) { return levels_for(s, s.image, zoomable(s)); }

// At fit, centred: where every photo comes to rest when it is not zoomed.
ZoomState fitted(const GalleryState& s, const Size& image) {
  const double fit = levels_for(s, image, false).fit;
  const PanBounds b = pan_bounds(image, view_size(s), fit);
  return {fit, {(b.min_x + b.max_x) / 2, (b.min_y + b.max_y) / 2}};
}

// ---- the current photo's zoom ----------------------------------------------

ZoomState zoom_at(const GalleryState& s, double t) {
  const GalleryZoomMotion& m = s.zoom;
  switch (m.kind) {
    case GalleryZoomMotion::tween: {
      const double p = motion_value(m.progress, t);
      return {lerp(m.from.zoom, m.to.zoom, p),
              {lerp(m.from.pan.x, m.to.pan.x, p), lerp(m.from.pan.y, m.to.pan.y, p)}};
    }
    case GalleryZoomMotion::glide: {
      const Pan offset = inertia_offset(m.velocity, t - m.start_ms);
      const Pan raw{m.from.pan.x + offset.x, m.from.pan.y + offset.y};
      return {m.from.zoom, clamp_pan(raw, pan_bounds(s.image, view_size(s), m.from.zoom))};
    }
    case GalleryZoomMotion::rest: break;
  }
  return m.to;
}

// Where the zoom is heading: what buttons step from and enable by.
ZoomState zoom_heading(const GalleryState& s) {
  if (s.zoom.kind == GalleryZoomMotion::glide) {
    return zoom_at(s, s.zoom.start_ms + s.zoom.duration_ms);
  }
  return s.zoom.to;
}

bool zoom_running(const GalleryState& s, double t) {
  switch (s.zoom.kind) {
    case GalleryZoomMotion::tween: return motion_running(s.zoom.progress, t);
    case GalleryZoomMotion::glide: return t < s.zoom.start_ms + s.zoom.duration_ms;
    case GalleryZoomMotion::rest: break;
  }
  return false;
}

ZoomState readable_zoom(const ZoomState& z, const ZoomState& fallback) {
  const bool ok = std::isfinite(z.zoom) && z.zoom > 0 && std::isfinite(z.pan.x) &&
                  std::isfinite(z.pan.y);
  return ok ? z : fallback;
}

void zoom_rest(GalleryState& s, const ZoomState& z) {
  const ZoomState rest = readable_zoom(z, fitted(s, s.image));  // before `z` may change with s.zoom
  s.zoom = GalleryZoomMotion{};
  s.zoom.from = s.zoom.to = rest;
}

bool same_zoom(const ZoomState& a, const ZoomState& b) {
  return std::abs(a.zoom - b.zoom) <= 1e-9 * std::max(a.zoom, b.zoom) &&
         std::abs(a.pan.x - b.pan.x) < 1e-6 && std::abs(a.pan.y - b.pan.y) < 1e-6;
}

// How far the photo's edges travel between two states, for the eased duration.
double zoom_distance(const GalleryState& s, const ZoomState& a, const ZoomState& b) {
  const double w = s.image.width;
  const double h = s.image.height;
  return std::max({std::abs(a.pan.x - b.pan.x), std::abs(a.pan.y - b.pan.y),
                   std::abs(a.pan.x + w * a.zoom - b.pan.x - w * b.zoom),
                   std::abs(a.pan.y + h * a.zoom - b.pan.y - h * b.zoom)});
}

// Eased for moves that start at rest (buttons, keys, double tap), sprung
// for those that follow a finger (after a pinch or an overshooting pan).
void zoom_tween(GalleryState& s, ZoomState from, ZoomState to, double t, bool spring) {
  from = readable_zoom(from, to);
  to = readable_zoom(to, fitted(s, s.image));
  if (same_zoom(from, to)) {
    zoom_rest(s, to);
    return;
  }
  GalleryZoomMotion m;
  m.kind = GalleryZoomMotion::tween;
  m.from = from;
  m.to = to;
  m.progress = spring ? spring_motion(0, 1, 0, t, s.reduced_motion, kProgressPrecision)
                      : eased_motion(0, 1, t,
                                     scroll_duration_ms(zoom_distance(s, from, to), s.reduced_motion),
                                     s.reduced_motion);
  if (m.progress.curve == GalleryCurve::rest) {
    zoom_rest(s, to);
    return;
  }
  s.zoom = m;
}

// The sharpest file asked for on this photo stays: zooming out never downgrades.
void note_sharpest(GalleryState& s, double zoom) {
  const double over_fit = zoom / current_levels(s).fit;
  if (std::isfinite(over_fit)) s.sharpest_zoom = std::max(s.sharpest_zoom, over_fit);
}

// ---- offsets and what is on screen ------------------------------------------

double strip_at(const GalleryState& s, double t) { return motion_value(s.strip, t); }
double drop_at(const GalleryState& s, double t) { return std::max(0.0, motion_value(s.drop, t)); }

// The backdrop fades as the photo is dragged down, fully gone at
// kCloseProgressSpan of the height.
double backdrop_for_drop(const GalleryState& s, double dy) {
  const double span = s.viewport.height * kCloseProgressSpan;
  const double progress = span > 0 ? std::min(1.0, dy / span) : (dy > 0 ? 1 : 0);
  return 1 - progress;
}

GalleryRect live_rect(const GalleryState& s, double t) {
  const ZoomState z = zoom_at(s, t);
  return {z.pan.x + strip_at(s, t), z.pan.y + drop_at(s, t), s.image.width * z.zoom,
          s.image.height * z.zoom};
}

struct Shown {
  GalleryRect rect;
  double opacity;
  double backdrop;
};

Shown shown(const GalleryState& s, double t) {
  const GalleryPresentation& p = s.presentation;
  const double progress = std::clamp(motion_value(p.progress, t), 0.0, 1.0);
  switch (s.phase) {
    case GalleryPhase::opening:
      return {lerp_rect(p.from, live_rect(s, t), progress), lerp(p.from_opacity, 1, progress),
              lerp(p.backdrop_from, p.backdrop_to, progress)};
    case GalleryPhase::closing:
      return {lerp_rect(p.from, p.to, progress), lerp(p.from_opacity, p.to_opacity, progress),
              lerp(p.backdrop_from, p.backdrop_to, progress)};
    case GalleryPhase::open:
      return {live_rect(s, t), 1, backdrop_for_drop(s, drop_at(s, t))};
    case GalleryPhase::closed: break;
  }
  return {live_rect(s, t), 0, 0};
}

// ---- phases -----------------------------------------------------------------

void finish_closing(GalleryState& s) {
  s.phase = GalleryPhase::closed;
  s.presentation = GalleryPresentation{};
  s.gesture = LightboxGestureState{};
  s.strip = motion_at_rest(0);
  s.drop = motion_at_rest(0);
  zoom_rest(s, fitted(s, s.image));
  s.controls_visible = true;
}

// Ends the opening or closing animation once it is over.
void advance(GalleryState& s, double t) {
  if (motion_running(s.presentation.progress, t)) return;
  if (s.phase == GalleryPhase::opening) s.phase = GalleryPhase::open;
  if (s.phase == GalleryPhase::closing) finish_closing(s);
}

void show_photo(GalleryState& s, int i, double t) {
  s.index = i;
  s.image = photo_size(s, i);
  zoom_rest(s, fitted(s, s.image));
  s.drop = motion_at_rest(0);
  s.sharpest_zoom = 1;
  s.current_since_ms = t;
}

void begin_close(GalleryState& s, double t) {
  if (s.phase == GalleryPhase::closed || s.phase == GalleryPhase::closing) return;
  const Shown now = shown(s, t);
  s.gesture = LightboxGestureState{};
  const GalleryPhotoState& photo = s.photos[s.index];
  const bool to_thumbnail =
      photo.thumbnail_current && usable_thumbnail(photo.thumbnail, view_size(s));
  GalleryPresentation& p = s.presentation;
  p.from = now.rect;
  p.from_opacity = now.opacity;
  p.to = to_thumbnail ? photo.thumbnail : now.rect;
  p.to_opacity = to_thumbnail ? 1 : 0;
  p.backdrop_from = now.backdrop;
  p.backdrop_to = 0;
  p.progress = eased_motion(0, 1, t, kGalleryOpenCloseMs, s.reduced_motion);
  s.phase = GalleryPhase::closing;
  advance(s, t);
}

// Moves to photo `target`, which slides in from the side of `direction`
// (+1: from the right, as the next one does), continuing from wherever the
// strip is, but never from further than one slide away.
bool go_to(GalleryState& s, int target, int direction, double t, bool spring, double velocity) {
  if (target < 0 || target >= count_of(s) || target == s.index) return false;
  const double spacing = gallery_slide_spacing(s.viewport.width);
  const double from = std::clamp(strip_at(s, t) + direction * spacing, -spacing, spacing);
  show_photo(s, target, t);
  s.announcement_id += 1;
  s.strip = spring ? spring_motion(from, 0, velocity, t, s.reduced_motion)
                   : eased_motion(from, 0, t, scroll_duration_ms(from, s.reduced_motion),
                                  s.reduced_motion);
  return true;
}

// The current photo's size changed (decoded, failed, resized stand-in): the
// swap keeps what is on screen, then the photo eases to rest in its new
// levels (at fit if it was at fit). During a gesture it waits for its end.
void rebase_current(GalleryState& s, double t) {
  if (s.phase == GalleryPhase::closed || s.phase == GalleryPhase::closing) return;
  if (s.gesture.pointer_count > 0) return;
  const Size next = photo_size(s, s.index);
  if (next.width == s.image.width && next.height == s.image.height) return;
  const bool was_zoomed = is_zoomed_in(zoom_heading(s).zoom, current_levels(s));
  const Size before = s.image;
  const ZoomState now = zoom_at(s, t);
  s.image = next;
  if (!has_area(before) || !has_area(next)) {
    zoom_rest(s, fitted(s, next));
    return;
  }
  const ZoomState swapped = rescale_for_image(now, before, next);
  const ZoomState to = was_zoomed && zoomable(s)
                           ? settle(swapped, current_levels(s), next, view_size(s))
                           : fitted(s, next);
  zoom_tween(s, swapped, to, t, false);
}

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
double banded_strip(const GalleryState& s, double offset) {
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

void pan_by(GalleryState& s, double dx, double dy) {
  s.raw_pan.x += finite_or(dx, 0);
  s.raw_pan.y += finite_or(dy, 0);
  const double zoom = s.zoom.to.zoom;
  const Size viewport = view_size(s);
  zoom_rest(s, {zoom, rubber_band_pan(s.raw_pan, pan_bounds(s.image, viewport, zoom), viewport)});
}

// Inside the bounds a flick glides on; past them (or past a zoom limit)
// the photo springs back instead.
void release_pan(GalleryState& s, const Point& velocity, double t) {
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
void tap(GalleryState& s, const Point& at, double t) {
  if (!s.tap_mouse) {
    s.controls_visible = !s.controls_visible;
  } else if (rect_contains(live_rect(s, t), at)) {
    s.controls_visible = true;
  } else {
    begin_close(s, t);
  }
}

void double_tap(GalleryState& s, const Point& at, double t) {
  if (!zoomable(s)) return;
  const ZoomLevels levels = current_levels(s);
  const ZoomState now = zoom_at(s, t);
  const ZoomState to =
      zoom_to(now, double_tap_zoom(now.zoom, levels), at, levels, s.image, view_size(s));
  zoom_tween(s, now, to, t, false);
  note_sharpest(s, to.zoom);
}

void spring_home(GalleryState& s, double t) {
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
void offsets_home(GalleryState& s, double t) {
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

// ---- commands -----------------------------------------------------------------

// Whether a zoom step `direction` would do anything from where the zoom is heading.
bool can_zoom(const GalleryState& s, int direction) {
  if (!zoomable(s)) return false;
  const ZoomLevels levels = current_levels(s);
  const double heading = zoom_heading(s).zoom;
  if (direction > 0) return next_zoom_step(heading, levels, 1) > heading * (1 + 1e-9);
  return is_zoomed_in(heading, levels);
}

bool zoom_step(GalleryState& s, int direction, double t) {
  if (!can_zoom(s, direction)) return false;
  cancel_gesture(s, t);
  const ZoomLevels levels = current_levels(s);
  const double zoom = next_zoom_step(zoom_heading(s).zoom, levels, direction);
  const ZoomState now = zoom_at(s, t);
  const ZoomState to = zoom_to(now, zoom, view_centre(s), levels, s.image, view_size(s));
  zoom_tween(s, now, to, t, false);
  note_sharpest(s, to.zoom);
  return true;
}

bool navigate(GalleryState& s, int target, int direction, double t) {
  if (target < 0 || target == s.index) return false;
  cancel_gesture(s, t);
  return go_to(s, target, direction, t, false, 0);
}

// ---- the view -------------------------------------------------------------------

double clamp01(double v) { return std::isfinite(v) ? std::clamp(v, 0.0, 1.0) : 1; }

// Whatever came in, nothing unreadable goes out.
void make_readable(GalleryView& v) {
  v.backdrop_opacity = clamp01(v.backdrop_opacity);
  v.wake_at_ms = finite_or(v.wake_at_ms, 0);
  for (GallerySlideView& slide : v.slides) {
    slide.width = length(slide.width);
    slide.height = length(slide.height);
    slide.x = finite_or(slide.x, 0);
    slide.y = finite_or(slide.y, 0);
    slide.scale = std::isfinite(slide.scale) && slide.scale > 0 ? slide.scale : 1;
    slide.opacity = clamp01(slide.opacity);
  }
}

GallerySlideView photo_slide(const GalleryState& s, int i) {
  GallerySlideView slide;
  slide.index = i;
  slide.placeholder = s.items[i].thumb_src;
  slide.loaded = s.photos[i].loaded;
  slide.failed = s.photos[i].failed;
  if (slide.failed) slide.message = s.options.strings.error;
  return slide;
}

GallerySlideView current_slide(const GalleryState& s, double t, const Shown& now) {
  GallerySlideView slide = photo_slide(s, s.index);
  const GalleryPhotoState& photo = s.photos[s.index];
  const double fit = current_levels(s).fit;
  slide.width = s.image.width * fit;
  slide.height = s.image.height * fit;
  if (s.phase == GalleryPhase::open) {
    const ZoomState z = zoom_at(s, t);
    slide.x = z.pan.x + strip_at(s, t);
    slide.y = z.pan.y + drop_at(s, t);
    slide.scale = z.zoom / fit;
  } else {
    const GalleryTransform placed = transform_covering(now.rect, {slide.width, slide.height});
    slide.x = placed.x;
    slide.y = placed.y;
    slide.scale = placed.scale;
    slide.opacity = now.opacity;
  }
  if (!photo.failed) {
    const double zoom = photo.upgrade_failed ? 1 : s.sharpest_zoom;
    slide.src = gallery_source(s.items[s.index], slide.width, s.viewport.device_pixel_ratio, zoom);
    slide.spinner = !photo.loaded && t - s.current_since_ms >= kGallerySpinnerDelayMs;
    if (slide.spinner) slide.message = s.options.strings.loading;
  }
  return slide;
}

GallerySlideView neighbour_slide(const GalleryState& s, const GallerySlot& slot, double offset,
                                 bool wanted) {
  GallerySlideView slide = photo_slide(s, slot.index);
  slide.position = slot.position;
  const Size image = photo_size(s, slot.index);
  const ZoomState z = fitted(s, image);
  slide.width = image.width * z.zoom;
  slide.height = image.height * z.zoom;
  slide.x = z.pan.x + offset;
  slide.y = z.pan.y;
  if (!slide.failed && (wanted || slide.loaded)) {
    slide.src = gallery_source(s.items[slot.index], slide.width, s.viewport.device_pixel_ratio, 1);
  }
  return slide;
}

bool contains(const PreloadList& list, int value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool on_a_slide(const GalleryView& v, int index) {
  for (const GallerySlideView& slide : v.slides) {
    if (slide.index == index) return true;
  }
  return false;
}

void add_wake(GalleryView& v, double at) {
  if (!std::isfinite(at)) return;
  v.wake_at_ms = v.wake ? std::min(v.wake_at_ms, at) : at;
  v.wake = true;
}

}  // namespace

GalleryState start_gallery(GalleryOptions options, std::vector<GalleryItem> items,
                           bool reduced_motion, bool save_data) {
  GalleryState s;
  s.options = std::move(options);
  s.items = std::move(items);
  s.photos.resize(s.items.size());
  for (std::size_t i = 0; i < s.items.size(); ++i) {
    s.photos[i].failed = !s.items[i].has_image;
  }
  s.reduced_motion = reduced_motion;
  s.save_data = save_data;
  return s;
}

int gallery_index_for_fragment(const GalleryState& state, std::string_view fragment) {
  return state.options.deep_link ? deep_link_index(fragment, count_of(state)) : -1;
}

std::string gallery_early_source(const GalleryState& state, int index) {
  if (index < 0 || index >= count_of(state) || !state.items[index].candidates.empty()) return {};
  return state.items[index].full_src;
}

void gallery_open(GalleryState& s, int index, const GalleryRect& thumbnail,
                  const GalleryViewport& viewport, const Size& natural, double now_ms) {
  const int count = count_of(s);
  if (count == 0) return;
  const double t = moment(s, now_ms);
  advance(s, t);
  const int i = std::clamp(index, 0, count - 1);
  GalleryPhotoState& photo = s.photos[i];
  if (s.items[i].has_image) {
    const Size full = gallery_full_size(natural, s.items[i].candidates);
    if (has_area(full)) photo.size = full;
  }
  if (readable_rect(thumbnail)) {
    photo.thumbnail = thumbnail;
    photo.thumbnail_current = true;
    photo.thumbnail_aspect = rect_aspect(thumbnail);
  }
  if (s.phase == GalleryPhase::open || s.phase == GalleryPhase::opening) {
    navigate(s, i, i > s.index ? 1 : -1, t);
    return;
  }
  const bool was_closing = s.phase == GalleryPhase::closing;
  const bool reversing = was_closing && i == s.index;
  const Shown was = shown(s, t);
  s.viewport = readable_viewport(viewport);
  s.gesture = LightboxGestureState{};
  s.strip = motion_at_rest(0);
  GalleryPresentation& p = s.presentation;
  if (reversing) {
    // Back into place from wherever the closing photo is now.
    s.image = photo_size(s, i);
    zoom_rest(s, fitted(s, s.image));
    s.drop = motion_at_rest(0);
    p.from = was.rect;
    p.from_opacity = was.opacity;
  } else {
    show_photo(s, i, t);
    s.controls_visible = true;
    const bool from_thumbnail = photo.thumbnail_current && usable_thumbnail(photo.thumbnail, view_size(s));
    p.from = from_thumbnail ? photo.thumbnail : live_rect(s, t);
    p.from_opacity = from_thumbnail ? 1 : 0;
  }
  p.backdrop_from = was_closing ? was.backdrop : 0;
  p.backdrop_to = 1;
  p.progress = eased_motion(0, 1, t, kGalleryOpenCloseMs, s.reduced_motion);
  s.phase = GalleryPhase::opening;
  advance(s, t);
}

void gallery_close(GalleryState& s, double now_ms) {
  const double t = moment(s, now_ms);
  advance(s, t);
  begin_close(s, t);
}

bool gallery_command(GalleryState& s, GalleryCommand command, double now_ms) {
  const double t = moment(s, now_ms);
  advance(s, t);
  if (s.phase != GalleryPhase::open && s.phase != GalleryPhase::opening) return false;
  const int count = count_of(s);
  const bool loop = s.options.loop;
  bool done = false;
  switch (command) {
    case GalleryCommand::none: return false;
    case GalleryCommand::close: begin_close(s, t); return true;
    case GalleryCommand::previous:
      done = navigate(s, gallery_neighbour(s.index, count, -1, loop), -1, t);
      break;
    case GalleryCommand::next:
      done = navigate(s, gallery_neighbour(s.index, count, 1, loop), 1, t);
      break;
    case GalleryCommand::first: done = navigate(s, 0, -1, t); break;
    case GalleryCommand::last: done = navigate(s, count - 1, 1, t); break;
    case GalleryCommand::zoom_in: done = zoom_step(s, 1, t); break;
    case GalleryCommand::zoom_out: done = zoom_step(s, -1, t); break;
    case GalleryCommand::zoom_reset: done = zoom_step(s, 0, t); break;
  }
  if (done) {
    s.controls_visible = true;
    tidy(s, t);
  }
  return done;
}

bool gallery_key(GalleryState& s, std::string_view key, bool modifier, double now_ms) {
  const GalleryCommand command = gallery_key_command(key, modifier);
  if (command == GalleryCommand::none || s.phase == GalleryPhase::closed) return false;
  gallery_command(s, command, now_ms);
  return true;
}

void gallery_pointer_down(GalleryState& s, int id, const PointerSample& sample, bool mouse) {
  const double t = moment(s, sample.t_ms);
  advance(s, t);
  if (s.phase != GalleryPhase::open) return;
  const int before = s.gesture.pointer_count;
  const GestureOutput out = gesture_down(s.gesture, id, sample, gesture_context(s, t));
  if (s.gesture.pointer_count > before && before == 0) {
    catch_motion(s, t);
    s.gesture_mouse = mouse;
  }
  apply(s, out, t);
}

void gallery_pointer_move(GalleryState& s, int id, const PointerSample& sample) {
  const double t = moment(s, sample.t_ms);
  advance(s, t);
  if (s.phase != GalleryPhase::open) return;
  apply(s, gesture_move(s.gesture, id, sample, gesture_context(s, t)), t);
}

void gallery_pointer_up(GalleryState& s, int id, const PointerSample& sample) {
  const double t = moment(s, sample.t_ms);
  advance(s, t);
  if (s.phase != GalleryPhase::open) return;
  apply(s, gesture_up(s.gesture, id, sample, gesture_context(s, t)), t);
  rebase_current(s, t);
  tidy(s, t);
}

void gallery_pointer_cancel(GalleryState& s, double now_ms) {
  const double t = moment(s, now_ms);
  advance(s, t);
  if (s.phase != GalleryPhase::open) return;
  cancel_gesture(s, t);
  rebase_current(s, t);
  tidy(s, t);
}

void gallery_image_loaded(GalleryState& s, int index, double natural_width, double natural_height,
                          double now_ms) {
  if (index < 0 || index >= count_of(s) || !s.items[index].has_image) return;
  const double t = moment(s, now_ms);
  advance(s, t);
  GalleryPhotoState& photo = s.photos[index];
  photo.loaded = true;
  photo.failed = false;
  const Size full = gallery_full_size({natural_width, natural_height}, s.items[index].candidates);
  if (has_area(full)) photo.size = full;
  if (index == s.index) rebase_current(s, t);
}

void gallery_image_failed(GalleryState& s, int index, double now_ms) {
  if (index < 0 || index >= count_of(s)) return;
  const double t = moment(s, now_ms);
  advance(s, t);
  GalleryPhotoState& photo = s.photos[index];
  if (photo.loaded) {  // a sharper file failed; the one on screen stays
    photo.upgrade_failed = true;
    return;
  }
  photo.failed = true;
  if (index != s.index || s.phase == GalleryPhase::closed || s.phase == GalleryPhase::closing) {
    return;
  }
  cancel_gesture(s, t);
  s.image = photo_size(s, index);
  zoom_rest(s, fitted(s, s.image));
  s.sharpest_zoom = 1;
}

void gallery_thumbnail(GalleryState& s, int index, const GalleryRect& rect) {
  if (index < 0 || index >= count_of(s) || !readable_rect(rect)) return;
  GalleryPhotoState& photo = s.photos[index];
  photo.thumbnail = rect;
  photo.thumbnail_current = true;
  photo.thumbnail_aspect = rect_aspect(rect);
  if (index == s.index) rebase_current(s, s.last_ms);
}

void gallery_resize(GalleryState& s, const GalleryViewport& viewport, double now_ms) {
  const double t = moment(s, now_ms);
  advance(s, t);
  if (s.phase == GalleryPhase::closing) finish_closing(s);
  for (GalleryPhotoState& photo : s.photos) photo.thumbnail_current = false;
  if (s.phase == GalleryPhase::closed) {
    s.viewport = readable_viewport(viewport);
    return;
  }
  const GalleryViewport old = s.viewport;
  const Size old_image = s.image;
  const double old_fit = current_levels(s).fit;
  const ZoomState heading = zoom_heading(s);
  const bool was_zoomed = is_zoomed_in(heading.zoom, current_levels(s));
  s.viewport = readable_viewport(viewport);
  s.gesture = LightboxGestureState{};
  s.strip = motion_at_rest(0);
  s.drop = motion_at_rest(0);
  s.image = photo_size(s, s.index);
  if (!was_zoomed || !zoomable(s) || !has_area(old_image) || !has_area(s.image)) {
    zoom_rest(s, fitted(s, s.image));
    return;
  }
  // The same magnification over fit, and the photo's point that was in the
  // middle of the old view in the middle of the new one.
  const ZoomLevels levels = current_levels(s);
  const double zoom = heading.zoom / old_fit * levels.fit;
  const double units = s.image.width / old_image.width;
  const Point middle{(old.width / 2 - heading.pan.x) / heading.zoom * units,
                     (old.height / 2 - heading.pan.y) / heading.zoom * units};
  const ZoomState kept{zoom, {s.viewport.width / 2 - zoom * middle.x,
                              s.viewport.height / 2 - zoom * middle.y}};
  zoom_rest(s, settle(readable_zoom(kept, fitted(s, s.image)), levels, s.image, view_size(s)));
}

void gallery_set_reduced_motion(GalleryState& s, bool reduced, double now_ms) {
  const double t = moment(s, now_ms);
  s.reduced_motion = reduced;
  if (!reduced) return;
  s.strip = motion_at_rest(s.strip.to);
  s.drop = motion_at_rest(s.drop.to);
  zoom_rest(s, zoom_heading(s));
  if (s.presentation.progress.curve != GalleryCurve::rest) {
    s.presentation.progress = motion_at_rest(s.presentation.progress.to);
  }
  advance(s, t);
}

void gallery_set_save_data(GalleryState& s, bool save_data) { s.save_data = save_data; }

GalleryView gallery_frame(GalleryState& s, double now_ms) {
  const double t = moment(s, now_ms);
  advance(s, t);
  if (s.phase == GalleryPhase::open) {
    apply(s, tap_confirmed(s.gesture, t), t);
    advance(s, t);
  }
  const int count = count_of(s);
  GalleryView v;
  v.phase = s.phase;
  v.index = s.index;
  v.count = count;
  v.announcement_id = s.announcement_id;
  v.controls_visible = s.controls_visible;
  if (s.phase == GalleryPhase::closed || count == 0) return v;

  const GalleryItem& item = s.items[s.index];
  const GalleryStrings& strings = s.options.strings;
  const bool loop = s.options.loop;
  v.counter = gallery_counter(strings, s.index, count);
  v.announcement = gallery_announcement(strings, s.index, count, item.caption);
  const bool showing = s.phase == GalleryPhase::open || s.phase == GalleryPhase::opening;
  if (showing && s.options.deep_link) v.fragment = deep_link_fragment(s.index);

  const Shown now = shown(s, t);
  v.backdrop_opacity = now.backdrop;

  // Neighbours wait until the current photo is in, so they never compete
  // with the one the reader is waiting for.
  const GalleryPhotoState& photo = s.photos[s.index];
  PreloadList ahead;
  if (s.options.preload && (photo.loaded || photo.failed)) {
    ahead = gallery_preload(s.index, count, loop, s.save_data);
  }
  if (s.phase == GalleryPhase::open) {
    const double strip = strip_at(s, t);
    const double spacing = gallery_slide_spacing(s.viewport.width);
    for (const GallerySlot& slot : gallery_slots(s.index, count, loop, strip)) {
      v.slides.push_back(slot.position == 0
                             ? current_slide(s, t, now)
                             : neighbour_slide(s, slot, strip + slot.position * spacing,
                                               contains(ahead, slot.index)));
    }
  } else {
    v.slides.push_back(current_slide(s, t, now));
  }
  for (int index : ahead) {
    const GalleryPhotoState& other = s.photos[index];
    if (on_a_slide(v, index) || other.loaded || other.failed) continue;
    const Size image = photo_size(s, index);
    const double width = image.width * fitted(s, image).zoom;
    v.preload.push_back({index, gallery_source(s.items[index], width, s.viewport.device_pixel_ratio, 1)});
  }

  if (showing) {
    v.can_previous = gallery_neighbour(s.index, count, -1, loop) >= 0;
    v.can_next = gallery_neighbour(s.index, count, 1, loop) >= 0;
    v.can_zoom_in = can_zoom(s, 1);
    v.can_zoom_out = can_zoom(s, -1);
    v.zoomed = zoomable(s) && is_zoomed_in(zoom_at(s, t).zoom, current_levels(s));
  }

  v.animating = motion_running(s.presentation.progress, t) || motion_running(s.strip, t) ||
                motion_running(s.drop, t) || zoom_running(s, t);
  if (!photo.loaded && !photo.failed && t < s.current_since_ms + kGallerySpinnerDelayMs) {
    add_wake(v, s.current_since_ms + kGallerySpinnerDelayMs);
  }
  if (s.gesture.tap_pending && s.gesture.pointer_count == 0) {
    add_wake(v, s.gesture.pending_tap.t_ms + kDoubleTapWindowMs);
  }
  make_readable(v);
  return v;
}

}  // namespace pw
