// What the lightbox shows at a moment (strip and drop offsets, the photo's
// rectangle, the backdrop) and its phases: opening, showing a photo, moving
// to another, closing.
#include "gallery/lightbox_parts.h"

namespace pw::lightbox {

// ---- offsets and what is on screen ------------------------------------------

double strip_at(const GalleryState& s, double t) { return motion_value(s.strip, t); }
double drop_at(const GalleryState& s, double t) { return std::max(0.0, motion_value(s.drop, t)); }

// The backdrop fades as the photo is dragged down, fully gone at
// kCloseProgressSpan of the height.
static double backdrop_for_drop(const GalleryState& s, double dy) {
  const double span = s.viewport.height * kCloseProgressSpan;
  const double progress = span > 0 ? std::min(1.0, dy / span) : (dy > 0 ? 1 : 0);
  return 1 - progress;
}

GalleryRect live_rect(const GalleryState& s, double t) {
  const ZoomState z = zoom_at(s, t);
  return {z.pan.x + strip_at(s, t), z.pan.y + drop_at(s, t), s.image.width * z.zoom,
          s.image.height * z.zoom};
}

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
// swap keeps what is on screen, then the photo eases to where it was
// heading, in its new levels (at fit if it was at fit). During a gesture it
// waits for the gesture's end.
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
  // A zoom step under way keeps its goal: the rest it was heading for, in
  // the new photo's pixels, not the point the step had reached.
  const ZoomState heading = rescale_for_image(zoom_heading(s), before, next);
  const ZoomState to = was_zoomed && zoomable(s)
                           ? settle(heading, current_levels(s), next, view_size(s))
                           : fitted(s, next);
  zoom_tween(s, swapped, to, t, false);
}

}  // namespace pw::lightbox
