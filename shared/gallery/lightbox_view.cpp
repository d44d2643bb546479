// The view of one frame: every slide, the buttons, texts and preloads, and
// when the adapter should next ask.
#include "gallery/lightbox_parts.h"

#include "gallery/preload.h"
#include "gallery/source.h"
#include "gallery/text.h"

namespace pw::lightbox {

// ---- the view -------------------------------------------------------------------

static double clamp01(double v) { return std::isfinite(v) ? std::clamp(v, 0.0, 1.0) : 1; }

// Whatever came in, nothing unreadable goes out.
static void make_readable(GalleryView& v) {
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

static GallerySlideView photo_slide(const GalleryState& s, int i) {
  GallerySlideView slide;
  slide.index = i;
  slide.placeholder = s.items[i].thumb_src;
  slide.loaded = s.photos[i].loaded;
  slide.failed = s.photos[i].failed;
  if (slide.failed) slide.message = s.options.strings.error;
  return slide;
}

static GallerySlideView current_slide(const GalleryState& s, double t, const Shown& now) {
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

static GallerySlideView neighbour_slide(const GalleryState& s, const GallerySlot& slot, double offset,
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

static bool contains(const PreloadList& list, int value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

static bool on_a_slide(const GalleryView& v, int index) {
  for (const GallerySlideView& slide : v.slides) {
    if (slide.index == index) return true;
  }
  return false;
}

static void add_wake(GalleryView& v, double at) {
  if (!std::isfinite(at)) return;
  v.wake_at_ms = v.wake ? std::min(v.wake_at_ms, at) : at;
  v.wake = true;
}

}  // namespace pw::lightbox

namespace pw {

using namespace lightbox;

namespace {

// The picture at `now_ms`, without the history step.
GalleryView picture(GalleryState& s, double now_ms) {
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
  v.arrows = count > 1;
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

}  // namespace

GalleryView gallery_frame(GalleryState& s, double now_ms) {
  GalleryView v = picture(s, now_ms);
  const bool shown = v.phase == GalleryPhase::opening || v.phase == GalleryPhase::open;
  v.history = lightbox_history_step(s.history, shown, v.fragment);
  return v;
}

}  // namespace pw
