// The photo lightbox as the adapter drives it: opening and closing, pointer
// streams (ids, coordinates and times of any value, drags built from small
// steps), keys and buttons, images loading and failing, thumbnails measured,
// resizes, reduced motion and save-data switching, popstates, animation
// frames.
//
// After every event the view a frame would draw at that moment is checked
// (on a copy, so checking does not change what the frames see), and the
// state behind it:
// - the photo index is in range, the slides are the current photo and its
//   neighbours, each once, and nothing is drawn while closed;
// - every number the view reads, and every number in the state it is drawn
//   from, is finite, with opacities in [0, 1];
// - once no finger is down, the photo rests (or heads, when animating) at a
//   zoom within [fit, max] with its edges within pan_bounds, and the strip
//   and the drag-to-close offset go back to 0.
//
// Input: a header (photos, options, viewport), then events; see make-seeds.mjs.
#include <algorithm>
#include <array>
#include <string>

#include "fuzz_input.h"
#include "gallery/controller.h"
#include "gallery/slides.h"

namespace {

using namespace pw;
using fuzz::FuzzInput;
using fuzz::within;

const char* const kSrcsets[] = {"", "anh-640.jpg 640w, anh-1280.jpg 1280w, anh-2560.jpg 2560w",
                                "anh.jpg 1x, anh@2x.jpg 2x", "anh-16000.jpg 16000w"};
const char* const kKeys[] = {"ArrowLeft", "ArrowRight", "Home", "End", "Escape", "+", "-", "=", "_",
                             "0", "Tab", "Enter", " ", "a"};
const GalleryViewport kViewports[] = {
    {390, 844, 0, 120, 3}, {1280, 720, 160, 120, 1}, {320, 568, 0, 96, 2}, {844, 390, 0, 60, 3}, {0, 0, 0, 0, 1}};

GalleryViewport viewport_from(FuzzInput& in) {
  const unsigned preset = in.pick(6);
  if (preset < 5) return kViewports[preset];
  return {in.number(), in.number(), in.number(), in.number(), in.number()};
}

GalleryRect rect_from(FuzzInput& in) {
  if (in.flag()) return {20.0 + in.byte(), 300.0 + in.byte(), 160, 120};
  return {in.number(), in.number(), in.number(), in.number()};
}

// The zoom levels the current photo has, as shared/gallery/controller.cpp's
// levels_for builds them (its zoomMax cap, no zoom on a failed photo).
ZoomLevels levels_of(const GalleryState& s) {
  const Size view{s.viewport.width, s.viewport.height};
  ZoomLevels l = zoom_levels(s.image, view, {s.viewport.padding_width, s.viewport.padding_height});
  if (s.photos[s.index].failed) {
    l.fill = l.max = l.fit;
  } else if (s.options.zoom_max >= kMinGalleryZoomMax) {
    l.max = std::max(l.fit, std::min(s.options.zoom_max, kMaxGalleryZoomMax) * l.fit);
  }
  return l;
}

void check_settled(const GalleryState& s, const ZoomState& z) {
  const ZoomLevels l = levels_of(s);
  PW_CHECK(within(z.zoom, l.fit, l.max, 1e-9 * l.max));
  const PanBounds b = pan_bounds(s.image, {s.viewport.width, s.viewport.height}, z.zoom);
  const double tolerance = 1e-6 * std::max({1.0, std::abs(b.min_x), std::abs(b.min_y)});
  PW_CHECK(within(z.pan.x, b.min_x, b.max_x, tolerance));
  PW_CHECK(within(z.pan.y, b.min_y, b.max_y, tolerance));
}

void check_motion(const GalleryMotion& m) {
  for (double v : {m.from, m.to, m.velocity, m.start_ms, m.duration_ms}) PW_CHECK(std::isfinite(v));
  PW_CHECK(m.duration_ms >= 0);
}

void check_readable(const ZoomState& z) {
  PW_CHECK(std::isfinite(z.zoom) && z.zoom > 0 && std::isfinite(z.pan.x) && std::isfinite(z.pan.y));
}

void check_rect(const GalleryRect& r) {
  for (double v : {r.x, r.y, r.width, r.height}) PW_CHECK(std::isfinite(v));
}

void check_state(const GalleryState& s) {
  const int count = static_cast<int>(s.items.size());
  PW_CHECK(s.photos.size() == s.items.size());
  PW_CHECK(count == 0 ? s.index == 0 : within(s.index, 0, count - 1));
  PW_CHECK(std::isfinite(s.last_ms) && std::isfinite(s.current_since_ms));
  const GalleryViewport& v = s.viewport;
  for (double x : {v.width, v.height, v.padding_width, v.padding_height}) PW_CHECK(std::isfinite(x) && x >= 0);
  PW_CHECK(v.padding_width <= v.width && v.padding_height <= v.height);
  PW_CHECK(std::isfinite(v.device_pixel_ratio) && v.device_pixel_ratio > 0);
  PW_CHECK(std::isfinite(s.image.width) && std::isfinite(s.image.height) && s.image.width >= 0 && s.image.height >= 0);
  check_readable(s.zoom.from);
  check_readable(s.zoom.to);
  check_motion(s.zoom.progress);
  check_motion(s.strip);
  check_motion(s.drop);
  check_motion(s.presentation.progress);
  check_rect(s.presentation.from);
  check_rect(s.presentation.to);
  for (double x : {s.raw_pan.x, s.raw_pan.y, s.strip_base, s.drop_base, s.zoom.velocity.x,
                   s.zoom.velocity.y, s.zoom.start_ms, s.zoom.duration_ms}) {
    PW_CHECK(std::isfinite(x));
  }
  PW_CHECK(std::isfinite(s.sharpest_zoom) && s.sharpest_zoom >= 1);
  PW_CHECK(within(s.gesture.pointer_count, 0, 2));
  const bool showing = s.phase == GalleryPhase::open || s.phase == GalleryPhase::opening;
  if (s.phase != GalleryPhase::open) PW_CHECK(s.gesture.pointer_count == 0);
  if (!showing || count == 0) return;

  // Where the photo rests, or the motion under way is heading.
  if (s.zoom.kind == GalleryZoomMotion::tween) check_settled(s, s.zoom.to);
  if (s.gesture.pointer_count > 0) return;
  if (s.zoom.kind == GalleryZoomMotion::rest) check_settled(s, s.zoom.to);
  if (s.zoom.kind == GalleryZoomMotion::glide) check_settled(s, s.zoom.from);
  PW_CHECK(s.strip.to == 0);
  PW_CHECK(s.drop.to == 0);
}

void check_view(const GalleryState& s, const GalleryView& v) {
  const int count = static_cast<int>(s.items.size());
  PW_CHECK(v.phase == s.phase && v.count == count && v.index == s.index);
  // The history follows what is shown: an entry while opening or open, none otherwise.
  const bool on_screen = v.phase == GalleryPhase::open || v.phase == GalleryPhase::opening;
  if (on_screen) PW_CHECK(v.history != HistoryStep::back && (s.history.pushed || s.history.awaiting_back));
  if (!on_screen) PW_CHECK(v.history == HistoryStep::none || v.history == HistoryStep::back);
  if (!on_screen) PW_CHECK(!s.history.pushed);
  PW_CHECK(within(v.backdrop_opacity, 0, 1));
  if (v.wake) PW_CHECK(std::isfinite(v.wake_at_ms));
  if (v.phase == GalleryPhase::closed || count == 0) {
    PW_CHECK(v.slides.empty() && v.preload.empty());
    return;
  }
  PW_CHECK(!v.counter.empty());
  const bool showing = v.phase == GalleryPhase::open || v.phase == GalleryPhase::opening;
  if (showing && s.options.deep_link) PW_CHECK(v.fragment == deep_link_fragment(v.index));
  if (!showing) PW_CHECK(v.fragment.empty());

  if (v.phase == GalleryPhase::open) {
    PW_CHECK(within(v.slides.size(), 1, 3));
  } else {
    PW_CHECK(v.slides.size() == 1);
  }
  int current = 0;
  std::vector<int> shown;
  for (std::size_t i = 0; i < v.slides.size(); ++i) {
    const GallerySlideView& slide = v.slides[i];
    for (double x : {slide.width, slide.height, slide.x, slide.y, slide.scale}) PW_CHECK(std::isfinite(x));
    PW_CHECK(slide.width >= 0 && slide.height >= 0 && slide.scale > 0);
    PW_CHECK(within(slide.opacity, 0, 1));
    PW_CHECK(within(slide.index, 0, count - 1));
    PW_CHECK(std::find(shown.begin(), shown.end(), slide.index) == shown.end());
    shown.push_back(slide.index);
    if (i > 0) PW_CHECK(slide.position > v.slides[i - 1].position);
    if (slide.position == 0) {
      ++current;
      PW_CHECK(slide.index == v.index);
      if (!slide.failed) PW_CHECK(!slide.src.empty());
    } else {
      const int side = gallery_neighbour(v.index, count, slide.position, s.options.loop);
      const int other = gallery_neighbour(v.index, count, -slide.position, s.options.loop);
      PW_CHECK(slide.position == -1 || slide.position == 1);
      PW_CHECK(slide.index == side || slide.index == other);
    }
    if (slide.failed) PW_CHECK(slide.src.empty() && slide.message == s.options.strings.error);
  }
  PW_CHECK(current == 1);
  for (const GalleryPreloadView& preload : v.preload) {
    PW_CHECK(within(preload.index, 0, count - 1) && preload.index != v.index);
    PW_CHECK(std::find(shown.begin(), shown.end(), preload.index) == shown.end());
    PW_CHECK(!preload.src.empty());
  }
  if (!showing) return;
  if (v.zoomed) PW_CHECK(!s.photos[s.index].failed);
  if (s.photos[s.index].failed) PW_CHECK(!v.can_zoom_in && !v.can_zoom_out);
}

// What a frame drawn now would show, without letting that frame change the run.
void check_now(const GalleryState& s, double now_ms) {
  check_state(s);
  GalleryState copy = s;
  const GalleryView view = gallery_frame(copy, now_ms);
  check_view(copy, view);
  check_state(copy);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzInput in(data, size);
  GalleryOptions options;
  options.loop = in.flag();
  const double kZoomMax[] = {0, 1, 1.5, 4, 32};
  options.zoom_max = kZoomMax[in.pick(5)];
  options.deep_link = in.flag();
  options.preload = in.flag();
  std::vector<GalleryItem> items(in.pick(7));
  for (std::size_t i = 0; i < items.size(); ++i) {
    GalleryItem& item = items[i];
    item.has_image = in.pick(8) != 0;
    item.full_src = item.has_image ? "anh-" + std::to_string(i) + ".jpg" : "";
    item.thumb_src = "nho-" + std::to_string(i) + ".jpg";
    item.candidates = parse_srcset(kSrcsets[in.pick(4)]);
    item.caption = i % 2 ? "Hội nghị <b>" + std::to_string(i) + "</b>" : "";
    item.aspect = in.flag() ? 4.0 / 3 : in.number();
  }
  GalleryState state = start_gallery(options, items, in.flag(), in.flag());
  PW_TRACE("%zu photos, loop %d, zoomMax %g, reduced motion %d\n", items.size(), options.loop,
           options.zoom_max, state.reduced_motion);
  GalleryViewport viewport = viewport_from(in);
  fuzz::FuzzClock clock(1000);
  std::array<Point, 4> pointer{};  // where each id was last put, for relative drags

  while (!in.empty()) {
    const int count = static_cast<int>(items.size());
    const unsigned op = in.pick(17);
    double t = clock.step(in);
    const int id = static_cast<int>(in.pick(4));
    switch (op) {
      case 0: {
        const int index = static_cast<int>(in.pick(count + 2)) - 1;
        const GalleryRect thumbnail = rect_from(in);
        if (in.flag()) viewport = viewport_from(in);
        const Size natural = in.flag() ? Size{} : Size{in.number(), in.number()};
        PW_TRACE("t=%g open %d thumb {%g %g %g %g} view {%g %g %g %g %g} natural {%g %g}\n", t, index,
                 thumbnail.x, thumbnail.y, thumbnail.width, thumbnail.height, viewport.width,
                 viewport.height, viewport.padding_width, viewport.padding_height,
                 viewport.device_pixel_ratio, natural.width, natural.height);
        gallery_open(state, index, thumbnail, viewport, natural, t);
        break;
      }
      case 1:
        PW_TRACE("t=%g close\n", t);
        gallery_close(state, t);
        break;
      case 2: {
        const unsigned command = in.pick(9);
        PW_TRACE("t=%g command %u\n", t, command);
        gallery_command(state, static_cast<GalleryCommand>(command), t);
        break;
      }
      case 3: {
        const char* key = kKeys[in.pick(sizeof kKeys / sizeof kKeys[0])];
        const bool modifier = in.flag();
        PW_TRACE("t=%g key %s%s\n", t, key, modifier ? " +modifier" : "");
        gallery_key(state, key, modifier, t);
        break;
      }
      case 4:
      case 5:
      case 6: {
        pointer[id] = {in.number(), in.number()};
        const PointerSample sample{t, pointer[id].x, pointer[id].y};
        PW_TRACE("t=%g pointer %s id %d at %g %g\n", t, op == 4 ? "down" : op == 5 ? "move" : "up", id,
                 sample.x, sample.y);
        if (op == 4) gallery_pointer_down(state, id, sample, in.flag());
        if (op == 5) gallery_pointer_move(state, id, sample);
        if (op == 6) gallery_pointer_up(state, id, sample);
        break;
      }
      case 7:
        PW_TRACE("t=%g pointer cancel\n", t);
        gallery_pointer_cancel(state, t);
        break;
      case 8: {
        const int index = static_cast<int>(in.pick(count + 1));
        const double width = in.number();
        const double height = in.number();
        PW_TRACE("t=%g image %d loaded %g x %g\n", t, index, width, height);
        gallery_image_loaded(state, index, width, height, t);
        break;
      }
      case 9: {
        const int index = static_cast<int>(in.pick(count + 1));
        PW_TRACE("t=%g image %d failed\n", t, index);
        gallery_image_failed(state, index, t);
        break;
      }
      case 10: {
        const int index = static_cast<int>(in.pick(count + 1));
        const GalleryRect rect = rect_from(in);
        PW_TRACE("thumbnail %d {%g %g %g %g}\n", index, rect.x, rect.y, rect.width, rect.height);
        gallery_thumbnail(state, index, rect);
        break;
      }
      case 11:
        viewport = viewport_from(in);
        PW_TRACE("t=%g resize {%g %g %g %g %g}\n", t, viewport.width, viewport.height,
                 viewport.padding_width, viewport.padding_height, viewport.device_pixel_ratio);
        gallery_resize(state, viewport, t);
        break;
      case 12: {
        const bool reduced = in.flag();
        PW_TRACE("t=%g reduced motion %d\n", t, reduced);
        gallery_set_reduced_motion(state, reduced, t);
        break;
      }
      case 13: {
        const bool save = in.flag();
        PW_TRACE("save data %d\n", save);
        gallery_set_save_data(state, save);
        break;
      }
      case 16: {
        // Back or Forward: onto the lightbox's own entry, or away from it.
        const bool on_our_entry = in.flag();
        PW_TRACE("t=%g popstate%s\n", t, on_our_entry ? " onto our entry" : "");
        gallery_popstate(state, on_our_entry, t);
        break;
      }
      case 14: {
        // A real frame: the one the run goes on from.
        PW_TRACE("t=%g frame\n", t);
        const GalleryView view = gallery_frame(state, t);
        check_view(state, view);
        break;
      }
      default: {
        // One finger: swipes, pans and pinches (with a second finger down).
        drag_in_steps(in, clock, pointer[id], [&](double now) {
          t = now;
          PW_TRACE("t=%g pointer move id %d at %g %g\n", t, id, pointer[id].x, pointer[id].y);
          gallery_pointer_move(state, id, {t, pointer[id].x, pointer[id].y});
          check_now(state, clock.now());
        });
        break;
      }
    }
    PW_TRACE("  phase %d index %d pointers %d gesture %d strip %g→%g drop %g→%g zoom kind %d %g@(%g,%g)\n",
             static_cast<int>(state.phase), state.index, state.gesture.pointer_count,
             static_cast<int>(state.gesture.phase), state.strip.from, state.strip.to, state.drop.from,
             state.drop.to, static_cast<int>(state.zoom.kind), state.zoom.to.zoom, state.zoom.to.pan.x,
             state.zoom.to.pan.y);
    check_now(state, clock.now());
  }
  return 0;
}
