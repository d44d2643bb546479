#pragma once
// The lightbox controller (gallery/controller.cpp) in its parts, which share
// these helpers: the zoom and its tweens (lightbox_zoom.cpp), what is on
// screen and the opening and closing phases (lightbox_phases.cpp), gestures
// applied (lightbox_gesture_effects.cpp) and the view built for a frame
// (lightbox_view.cpp). Only those files include it.
#include <algorithm>
#include <cmath>

#include "core/easing.h"
#include "gallery/controller.h"
#include "gallery/preload.h"
#include "gallery/slides.h"

namespace pw::lightbox {

using Kind = GestureOutput::Kind;

inline double finite_or(double v, double fallback) { return std::isfinite(v) ? v : fallback; }

inline double length(double v) { return std::isfinite(v) && v > 0 ? std::min(v, kMaxCoordinatePx) : 0; }

inline int count_of(const GalleryState& s) { return static_cast<int>(s.items.size()); }

// The event's time when readable, else the latest readable one, so a NaN
// timestamp neither freezes nor restarts a motion.
inline double moment(GalleryState& s, double now_ms) {
  if (std::isfinite(now_ms) && std::abs(now_ms) <= kMaxSampleTimeMs) s.last_ms = now_ms;
  return s.last_ms;
}

inline GalleryViewport readable_viewport(const GalleryViewport& v) {
  GalleryViewport r;
  r.width = length(v.width);
  r.height = length(v.height);
  r.padding_width = std::min(length(v.padding_width), r.width);
  r.padding_height = std::min(length(v.padding_height), r.height);
  const double dpr = v.device_pixel_ratio;
  r.device_pixel_ratio = std::isfinite(dpr) && dpr > 0 && dpr <= 16 ? dpr : 1;
  return r;
}

inline Size view_size(const GalleryState& s) { return {s.viewport.width, s.viewport.height}; }
inline Size padding(const GalleryState& s) { return {s.viewport.padding_width, s.viewport.padding_height}; }
inline Point view_centre(const GalleryState& s) { return {s.viewport.width / 2, s.viewport.height / 2}; }

inline bool has_area(const Size& size) { return size.width > 0 && size.height > 0; }

inline bool readable_rect(const GalleryRect& r) {
  return std::isfinite(r.x) && std::isfinite(r.y) && std::abs(r.x) <= kMaxCoordinatePx &&
         std::abs(r.y) <= kMaxCoordinatePx && length(r.width) > 0 && length(r.height) > 0 &&
         r.width <= kMaxCoordinatePx && r.height <= kMaxCoordinatePx;
}

// What is on screen at a moment: the photo's rectangle, its opacity and the backdrop's.
struct Shown {
  GalleryRect rect;
  double opacity;
  double backdrop;
};

// lightbox_zoom.cpp: the photos and the current photo's zoom
Size photo_size(const GalleryState& s, int i);
bool zoomable(const GalleryState& s);
ZoomLevels current_levels(const GalleryState& s);
ZoomState fitted(const GalleryState& s, const Size& image);
ZoomState zoom_at(const GalleryState& s, double t);
ZoomState zoom_heading(const GalleryState& s);
bool zoom_running(const GalleryState& s, double t);
ZoomState readable_zoom(const ZoomState& z, const ZoomState& fallback);
void zoom_rest(GalleryState& s, const ZoomState& z);
void zoom_tween(GalleryState& s, ZoomState from, ZoomState to, double t, bool spring);
void note_sharpest(GalleryState& s, double zoom);
bool can_zoom(const GalleryState& s, int direction);

// lightbox_phases.cpp: offsets, what is on screen, phases
double strip_at(const GalleryState& s, double t);
double drop_at(const GalleryState& s, double t);
GalleryRect live_rect(const GalleryState& s, double t);
Shown shown(const GalleryState& s, double t);
void finish_closing(GalleryState& s);
void advance(GalleryState& s, double t);
void show_photo(GalleryState& s, int i, double t);
void begin_close(GalleryState& s, double t);
bool go_to(GalleryState& s, int target, int direction, double t, bool spring, double velocity);
void rebase_current(GalleryState& s, double t);

// lightbox_gesture_effects.cpp: gestures applied
GestureContext gesture_context(const GalleryState& s, double t);
void catch_motion(GalleryState& s, double t);
void apply(GalleryState& s, const GestureOutput& out, double t);
void cancel_gesture(GalleryState& s, double t);
void tidy(GalleryState& s, double t);

}  // namespace pw::lightbox
