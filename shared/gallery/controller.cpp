#include "gallery/controller.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "gallery/lightbox_parts.h"
#include "gallery/slides.h"
#include "gallery/source.h"

namespace pw {

using namespace lightbox;

namespace {

// ---- commands -----------------------------------------------------------------

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

bool gallery_popstate(GalleryState& s, bool on_our_entry, double now_ms) {
  switch (lightbox_history_popped(s.history, on_our_entry)) {
    case HistoryPop::ignore: return false;
    case HistoryPop::redraw: return true;
    case HistoryPop::close: gallery_close(s, now_ms); return true;
  }
  return false;
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

}  // namespace pw
