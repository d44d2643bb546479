// The carousel as the adapter drives it: measurements (any widths, gaps and
// scroll positions, non-finite ones included), buttons, page buttons, keys,
// focus moving between slides, pointer drags (up to three pointers, so a
// second finger too; samples of any value, drags built from small steps),
// autoplay events and animation frames.
//
// After every event, the frame and the status a redraw would use now are
// checked (the frame on a copy, so checking does not change the run):
// - snap, page and slide numbers are in range, the per-slide lists have one
//   entry per slide, and the status texts exist whenever there are slides;
// - the track position and each loop translation are finite, translations
//   are whole periods, and with loop the view is covered by real slides;
// - at rest, the track is exactly on its snap, within [0, max_scroll]
//   (in the first lap with loop).
//
// Input: a header (options, the first measurement), then events; see
// make-seeds.mjs.
#include <algorithm>
#include <string>

#include "carousel/controller.h"
#include "carousel/loop.h"
#include "carousel/pointers.h"
#include "fuzz_input.h"

namespace {

using namespace pw;
using fuzz::FuzzInput;
using fuzz::within;

const char* const kKeys[] = {"ArrowLeft", "ArrowRight", "Home", "End", "PageDown", "Tab", "a"};

// Tolerance for positions: subpixel, and relative for large layouts.
double slack(const CarouselLayout& layout) {
  return 1e-6 * std::max({1.0, layout.content_width, layout.view_width});
}

// A layout a browser can produce: every size 0 or at least one layout unit
// (1/64 px), the whole within 1e9 px. Exact placement is checked on these;
// any layout at all must still give finite, in-range answers.
bool browser_made(const CarouselLayout& layout) {
  const auto size_ok = [](double px) { return px == 0 || px >= 1.0 / 64; };
  bool ok = size_ok(layout.view_width) && size_ok(layout.gap) &&
            layout.content_width + layout.view_width <= 1e9;
  for (std::size_t i = 0; i < layout.slide_starts.size(); ++i) {
    ok = ok && size_ok(layout.slide_ends[i] - layout.slide_starts[i]);
  }
  return ok;
}

CarouselMeasure measure_from(FuzzInput& in) {
  CarouselMeasure measure;
  const unsigned preset = in.pick(4);
  if (preset == 0) {
    measure.view_width = in.number();
    measure.gap = in.number();
    measure.slide_widths.resize(in.pick(13));
    for (double& width : measure.slide_widths) width = in.number();
    return measure;
  }
  // Real pages: a phone, a tablet, a desktop column; 0–12 news cards.
  const double views[] = {0, 343, 720, 1140};
  measure.view_width = views[preset];
  measure.gap = in.flag() ? 16 : 0;
  const double card = in.flag() ? 260 : measure.view_width / (1 + in.pick(4));
  measure.slide_widths.assign(in.pick(13), card);
  return measure;
}

void trace_measure(const CarouselMeasure& measure, double native_scroll) {
  PW_TRACE("measure view %g gap %g native scroll %g, slides:", measure.view_width, measure.gap, native_scroll);
  for (double width : measure.slide_widths) PW_TRACE(" %g", width);
  PW_TRACE("\n");
}

// With loop, the view [position, position + view) must be filled by real
// slides at their translated places (each slide exists once).
void check_loop_covers(const CarouselLayout& layout, double position, const std::vector<double>& offsets) {
  const double period = loop_period(layout);
  if (std::abs(position) > 1e9 * std::max(1.0, period)) return;  // beyond double precision
  std::vector<std::pair<double, double>> pieces;
  for (std::size_t i = 0; i < offsets.size(); ++i) {
    // A slide with the gaps either side of it: the view may start or end in a gap.
    pieces.emplace_back(layout.slide_starts[i] + offsets[i] - layout.gap,
                        layout.slide_ends[i] + offsets[i] + layout.gap);
  }
  std::sort(pieces.begin(), pieces.end());
  double covered = position;
  const double end = position + layout.view_width;
  const double tolerance = slack(layout);
  for (const auto& [from, to] : pieces) {
    if (to <= covered) continue;
    PW_CHECK(from <= covered + tolerance);  // no hole in the view
    covered = to;
    if (covered >= end) break;
  }
  PW_CHECK(covered >= end - tolerance);
}

void check_frame(const CarouselState& s, const CarouselFrame& frame) {
  const CarouselLayout& layout = s.layout;
  PW_CHECK(std::isfinite(frame.position));
  if (!layout.can_loop) {
    PW_CHECK(frame.slide_offsets.empty());
  } else {
    PW_CHECK(frame.slide_offsets.size() == layout.slide_starts.size());
    for (double offset : frame.slide_offsets) PW_CHECK(std::isfinite(offset));
  }
  if (!browser_made(layout)) return;
  if (layout.can_loop) {
    const double period = loop_period(layout);
    for (double offset : frame.slide_offsets) {
      const double laps = offset / period;
      PW_CHECK(std::abs(laps - std::round(laps)) <= 1e-6 * std::max(1.0, std::abs(laps)));
    }
    check_loop_covers(layout, frame.position, frame.slide_offsets);
  }
  if (frame.moving) return;
  // At rest: exactly on the snap, in the first lap.
  const double snap = layout.snaps[s.snap];
  if (layout.can_loop) {
    PW_CHECK(within(frame.position, 0, loop_period(layout)));
  } else {
    PW_CHECK(within(frame.position, 0, layout.max_scroll, slack(layout)));
  }
  PW_CHECK(std::abs(frame.position - snap) <= slack(layout) ||
           (layout.can_loop && std::abs(std::abs(frame.position - snap) - loop_period(layout)) <= slack(layout)));
}

void check_status(const CarouselState& s, const CarouselStatus& status) {
  const CarouselLayout& layout = s.layout;
  const int slides = slide_count(layout);
  PW_CHECK(status.slides == slides);
  PW_CHECK(!layout.snaps.empty() && within(status.snap, 0, snap_count(layout) - 1));
  PW_CHECK(status.pages == page_count(layout) && (slides == 0) == (status.pages == 0));
  if (status.pages > 0) PW_CHECK(within(status.page, 0, status.pages - 1));
  PW_CHECK(status.inert.size() == static_cast<std::size_t>(slides));
  for (std::size_t i = 0; i < status.preload_slides.size(); ++i) {
    PW_CHECK(within(status.preload_slides[i], 0, slides - 1));
    if (i > 0) PW_CHECK(status.preload_slides[i] > status.preload_slides[i - 1]);
  }
  PW_CHECK(carousel_position_text(s).empty() == (slides == 0));
  PW_CHECK(status.controls_visible == (status.can_previous || status.can_next));
  if (status.page_buttons) PW_CHECK(within(status.pages, 2, kMaxPageButtons));
  const std::string loop_mode = status.loop_mode;
  PW_CHECK(loop_mode == "off" || loop_mode == "seamless" || loop_mode == "rewind");
  if (status.autoplay_running || status.autoplay_shows_pause) PW_CHECK(status.autoplay_button);
  // The slide holding focus is never made inert (a re-measure with fewer
  // slides may leave a stale index, which then marks nothing).
  if (s.focused_slide >= 0 && s.focused_slide < slides) PW_CHECK(!status.inert[s.focused_slide]);
  // At rest a slide is always readable: the one the snap brings to the
  // view's start (or end). Only where that can hold: slides at least the
  // 1 px overlap tolerance wide and the view wider than it (a 0 px slide at
  // the view's edge shows nothing), on a layout a browser can make.
  bool measurable = layout.view_width > 1 && browser_made(layout);
  for (int i = 0; i < slides; ++i) measurable = measurable && layout.slide_ends[i] - layout.slide_starts[i] >= 1;
  if (slides > 0 && measurable) {
    PW_CHECK(std::find(status.inert.begin(), status.inert.end(), false) != status.inert.end());
  }
}

void check_state(const CarouselState& s) {
  PW_CHECK(!s.layout.snaps.empty() && within(s.snap, 0, snap_count(s.layout) - 1));
  PW_CHECK(std::isfinite(s.layout.view_width) && std::isfinite(s.layout.content_width));
  PW_CHECK(s.layout.max_scroll >= 0 && std::isfinite(s.layout.max_scroll));
  for (double snap : s.layout.snaps) PW_CHECK(std::isfinite(snap));
}

void check_now(const CarouselState& s, double now_ms) {
  check_state(s);
  CarouselState copy = s;
  check_frame(copy, carousel_frame(copy, now_ms));
  check_status(copy, carousel_status(copy));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzInput in(data, size);
  CarouselOptions options;
  options.loop = in.flag();
  options.autoplay = in.flag();
  options.interval_seconds = 2 + in.pick(59);
  CarouselState state = start_carousel(options, in.flag());
  // The adapter measures as it mounts, before any event or frame.
  const CarouselMeasure first = measure_from(in);
  const double native_scroll = in.flag() ? -1 : in.number();
  PW_TRACE("loop %d autoplay %d reduced motion %d\n", options.loop, options.autoplay, state.reduced_motion);
  trace_measure(first, native_scroll);
  carousel_measure(state, first, native_scroll);
  fuzz::FuzzClock clock(1000);
  struct { double x = 0, y = 0; } pointer;
  CarouselPointers pointers;

  while (!in.empty()) {
    const unsigned op = in.pick(13);
    double t = clock.step(in);
    switch (op) {
      case 0: {
        const CarouselMeasure measure = measure_from(in);
        const double native_scroll = in.flag() ? -1 : in.number();
        trace_measure(measure, native_scroll);
        carousel_measure(state, measure, native_scroll);
        break;
      }
      case 1: {
        const unsigned command = in.pick(6);
        const bool by_reader = in.flag();
        PW_TRACE("t=%g command %u%s\n", t, command, by_reader ? " by reader" : "");
        carousel_command(state, static_cast<CarouselCommand>(command), t, by_reader);
        break;
      }
      case 2: {
        const int page = static_cast<int>(in.pick(16)) - 2;
        PW_TRACE("t=%g page %d\n", t, page);
        carousel_go_to_page(state, page, t);
        break;
      }
      case 3: {
        const std::string key = kKeys[in.pick(sizeof kKeys / sizeof kKeys[0])];
        const bool rtl = in.flag();
        const int focused = static_cast<int>(in.pick(16)) - 2;
        PW_TRACE("t=%g key %s%s on slide %d\n", t, key.c_str(), rtl ? " rtl" : "", focused);
        const CarouselKeyResult result = carousel_key(state, key, rtl, focused, t);
        if (result.focus_slide >= 0) PW_CHECK(result.focus_slide < slide_count(state.layout));
        break;
      }
      case 4: {
        const int slide = static_cast<int>(in.pick(16)) - 2;
        PW_TRACE("t=%g focus %d\n", t, slide);
        carousel_focus(state, slide, t);
        break;
      }
      case 5:
      case 6:
      case 7: {
        // As the adapter forwards them: up to three pointers, any of them
        // pressing with or without the main button (carousel/pointers.h).
        const int id = static_cast<int>(in.pick(3));
        const bool grabs = in.flag();
        pointer.x = in.number();
        pointer.y = in.number();
        const PointerSample sample{t, pointer.x, pointer.y};
        PW_TRACE("t=%g pointer %d %s at %g %g\n", t, id, op == 5 ? (grabs ? "down" : "down (not main)") : op == 6 ? "move" : "up",
                 pointer.x, pointer.y);
        if (op == 5) carousel_press(state, pointers, id, sample, grabs, t);
        if (op == 6) carousel_pointer_moved(state, pointers, id, sample);
        if (op == 7) carousel_lift(state, pointers, id, sample, clock.step(in));
        break;
      }
      case 8: {
        const int id = static_cast<int>(in.pick(3));
        PW_TRACE("t=%g pointer %d cancel\n", t, id);
        carousel_pointer_lost(state, pointers, id, t);
        break;
      }
      case 9: {
        const unsigned event = in.pick(14);
        PW_TRACE("t=%g autoplay event %u\n", t, event);
        carousel_autoplay(state, static_cast<AutoplayEvent>(event), t);
        break;
      }
      case 10: {
        // A real frame: the one the run goes on from.
        PW_TRACE("t=%g frame\n", t);
        const CarouselFrame frame = carousel_frame(state, t);
        check_frame(state, frame);
        check_status(state, carousel_status(state));
        break;
      }
      case 11:
        PW_TRACE("announcement taken\n");
        carousel_take_announcement(state);
        break;
      default: {
        // Flicks, slow drags, vertical scrolls.
        drag_in_steps(in, clock, pointer, [&](double now) {
          t = now;
          PW_TRACE("t=%g pointer %d move at %g %g\n", t, pointers.dragging, pointer.x, pointer.y);
          carousel_pointer_moved(state, pointers, pointers.dragging, {t, pointer.x, pointer.y});
          check_now(state, clock.now());
        });
        break;
      }
    }
    PW_TRACE("  position %g snap %d (at %g) motion %d %g→%g dragging %d focused %d\n", state.position,
             state.snap, state.layout.snaps.empty() ? 0.0 : state.layout.snaps[state.snap],
             state.motion.active, state.motion.from, state.motion.to, state.dragging, state.focused_slide);
    check_now(state, clock.now());
  }
  return 0;
}
