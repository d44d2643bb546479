// The lightbox's photos and the current photo's zoom: levels, where the zoom
// is and is heading, and the eased or sprung tweens between zoom states.
#include "gallery/lightbox_parts.h"

namespace pw::lightbox {

// ---- the photos ------------------------------------------------------------

// The shape that stands in until the real size is known: the markup's
// (declared or thumbnail size), else the measured thumbnail's; 0 → square.
static double stand_in_aspect(const GalleryState& s, int i) {
  const double aspect = s.items[i].aspect;
  return std::isfinite(aspect) && aspect > 0 ? aspect : s.photos[i].thumbnail_aspect;
}

Size photo_size(const GalleryState& s, int i) {
  const GalleryPhotoState& p = s.photos[i];
  if (!p.failed && has_area(p.size)) return p.size;
  return stand_in_image(stand_in_aspect(s, i), view_size(s), padding(s));
}

bool zoomable(const GalleryState& s) { return !s.photos[s.index].failed; }

static ZoomLevels levels_for(const GalleryState& s, const Size& image, bool can_zoom) {
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

static bool same_zoom(const ZoomState& a, const ZoomState& b) {
  return std::abs(a.zoom - b.zoom) <= 1e-9 * std::max(a.zoom, b.zoom) &&
         std::abs(a.pan.x - b.pan.x) < 1e-6 && std::abs(a.pan.y - b.pan.y) < 1e-6;
}

// How far the photo's edges travel between two states, for the eased duration.
static double zoom_distance(const GalleryState& s, const ZoomState& a, const ZoomState& b) {
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

// Whether a zoom step `direction` would do anything from where the zoom is heading.
bool can_zoom(const GalleryState& s, int direction) {
  if (!zoomable(s)) return false;
  const ZoomLevels levels = current_levels(s);
  const double heading = zoom_heading(s).zoom;
  if (direction > 0) return next_zoom_step(heading, levels, 1) > heading * (1 + 1e-9);
  return is_zoomed_in(heading, levels);
}

}  // namespace pw::lightbox
