#include "carousel/controller.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "carousel/loop.h"
#include "carousel/text.h"
#include "core/easing.h"

namespace pw {
namespace {

bool has_snaps(const CarouselState& state) { return slide_count(state.layout) > 0; }

double position_at(const CarouselMotion& motion, double now_ms) {
  return scroll_at(motion.from, motion.to, now_ms - motion.start_ms, motion.duration_ms);
}

void animate_to(CarouselState& state, double destination, double now_ms) {
  if (!std::isfinite(destination)) destination = state.position;
  state.motion = {true, state.position, destination, now_ms,
                  scroll_duration_ms(destination - state.position, state.reduced_motion)};
}

// Where the track is at `now_ms`, freezing any motion there.
void stop_at(CarouselState& state, double now_ms) {
  if (!state.motion.active) return;
  state.position = position_at(state.motion, now_ms);
  state.motion.active = false;
}

const char* wrap_kind(const CarouselState& state, bool wrapped) {
  if (!wrapped) return "";
  return state.layout.can_loop ? "loop" : "rewind";
}

CarouselMove move_to(CarouselState& state, const CarouselTarget& target, int direction,
                     double now_ms, bool by_reader) {
  if (!target.moved) return {};
  // Continue from wherever an animation in progress has got to.
  const double from = state.motion.active ? position_at(state.motion, now_ms) : state.position;
  state.position = from;
  state.snap = target.snap;
  animate_to(state,
             loop_destination(state.layout, from, state.layout.snaps[target.snap],
                              target.wrapped && !state.layout.can_loop ? 0 : direction),
             now_ms);
  state.announce_at_rest = by_reader;
  return {true, wrap_kind(state, target.wrapped)};
}

// The first slide shown at a snap: with loop each slide has its own snap;
// without, the first slide that maps to it (the end snap after a slide wider
// than the view belongs to that last slide).
int first_slide_of_snap(const CarouselLayout& layout, int snap) {
  if (layout.can_loop) return snap;
  for (int i = 0; i < slide_count(layout); ++i) {
    if (snap_of_slide(layout, i) == snap) return i;
  }
  return slide_count(layout) - 1;
}

// Slides wholly in view at a resting position, in the order they appear.
std::vector<int> whole_slides_in_view(const CarouselLayout& layout, double scroll) {
  const std::vector<double> offsets = loop_offsets(layout, scroll);
  const auto start_of = [&](int i) { return layout.slide_starts[i] + offsets[i]; };
  std::vector<int> slides;
  for (int i = 0; i < slide_count(layout); ++i) {
    const double end = layout.slide_ends[i] + offsets[i];
    if (start_of(i) >= scroll - kSnapMergePx && end <= scroll + layout.view_width + kSnapMergePx)
      slides.push_back(i);
  }
  // A view holds a few slides: a stable insertion sort by start is enough,
  // and far smaller in the wasm than std::sort (ties keep slide order).
  for (std::size_t i = 1; i < slides.size(); ++i) {
    for (std::size_t j = i; j > 0 && start_of(slides[j]) < start_of(slides[j - 1]); --j) {
      std::swap(slides[j], slides[j - 1]);
    }
  }
  return slides;
}

// Settles a released drag (or a grabbed animation) on a snap. With loop the
// snaps of the laps either side count too, so a flick crosses the seam.
CarouselMove settle(CarouselState& state, double velocity, double now_ms) {
  const CarouselLayout& layout = state.layout;
  const int before = state.snap;
  const double period = loop_period(layout);
  std::vector<double> candidates;
  if (period > 0) {
    const double lap = state.position - wrap_scroll(layout, state.position);
    for (double shift : {lap - period, lap, lap + period})
      for (double snap : layout.snaps) candidates.push_back(snap + shift);
  } else {
    candidates = layout.snaps;
  }
  const int target = release_target(candidates, state.position, velocity);
  if (target < 0) return {};
  const double destination = candidates[target];
  state.snap = target % snap_count(layout);
  animate_to(state, destination, now_ms);
  const bool crossed = period > 0 && std::floor(destination / period) != std::floor(state.drag_base / period);
  return {state.snap != before, crossed ? "loop" : ""};
}

CarouselCommand command_for_key(const std::string& key, bool rtl, bool& known) {
  known = true;
  if (key == "ArrowRight") return rtl ? CarouselCommand::previous : CarouselCommand::next;
  if (key == "ArrowLeft") return rtl ? CarouselCommand::next : CarouselCommand::previous;
  if (key == "Home") return CarouselCommand::first;
  if (key == "End") return CarouselCommand::last;
  known = false;
  return CarouselCommand::next;
}

}  // namespace

CarouselState start_carousel(CarouselOptions options, bool reduced_motion) {
  CarouselState state;
  state.options = std::move(options);
  state.reduced_motion = reduced_motion;
  if (reduced_motion) state.autoplay = autoplay_on(state.autoplay, AutoplayEvent::reduced_motion_on);
  if (state.options.autoplay) state.autoplay = autoplay_on(state.autoplay, AutoplayEvent::enable);
  return state;
}

void carousel_measure(CarouselState& state, const CarouselMeasure& measure, double native_scroll) {
  const bool first = state.layout.view_width <= 0;
  // The slide the reader is looking at, before the widths change.
  const int slide = first_slide_of_snap(state.layout, state.snap);
  state.layout = layout_carousel(measure, state.options.loop);
  state.motion.active = false;
  if (state.dragging) {
    state.dragging = false;  // a resize mid-drag ends the drag where the layout now puts it
  }
  if (first && std::isfinite(native_scroll) && native_scroll > 0) {
    state.snap = snap_nearest(state.layout, native_scroll);
  } else {
    state.snap = snap_of_slide(state.layout, slide);
  }
  state.position = state.layout.snaps[std::clamp(state.snap, 0, snap_count(state.layout) - 1)];
}

CarouselMove carousel_command(CarouselState& state, CarouselCommand command, double now_ms,
                              bool by_reader) {
  if (state.dragging || !has_snaps(state)) return {};
  // An automatic advance never stops at the end: it rewinds or goes round.
  const bool loop = state.options.loop || !by_reader;
  const int last = snap_count(state.layout) - 1;
  switch (command) {
    case CarouselCommand::next:
      return move_to(state, navigate(state.layout, state.snap, CarouselStep::next_slide, loop), 1, now_ms, by_reader);
    case CarouselCommand::previous:
      return move_to(state, navigate(state.layout, state.snap, CarouselStep::previous_slide, loop), -1, now_ms, by_reader);
    case CarouselCommand::first:
      return move_to(state, {0, false, state.snap != 0}, 0, now_ms, by_reader);
    case CarouselCommand::last:
      return move_to(state, {last, false, state.snap != last}, 0, now_ms, by_reader);
  }
  return {};
}

CarouselMove carousel_go_to_page(CarouselState& state, int page, double now_ms) {
  if (state.dragging || !has_snaps(state)) return {};
  return move_to(state, go_to_page(state.layout, page, state.snap), 0, now_ms, true);
}

bool carousel_takes_key(bool modifier_held, bool in_text_field) { return !modifier_held && !in_text_field; }

CarouselKeyResult carousel_key(CarouselState& state, const std::string& key, bool rtl,
                               int focused_slide, double now_ms) {
  bool known = false;
  const CarouselCommand command = command_for_key(key, rtl, known);
  const int count = slide_count(state.layout);
  if (!known || count == 0 || state.dragging) return {};
  if (focused_slide < 0 || focused_slide >= count) {
    return {true, -1, carousel_command(state, command, now_ms, true)};
  }
  // Focus is on a slide's link: focus moves slide by slide and the view follows.
  int target = focused_slide;
  bool wrapped = false;
  switch (command) {
    case CarouselCommand::next:
      target = focused_slide + 1;
      break;
    case CarouselCommand::previous:
      target = focused_slide - 1;
      break;
    case CarouselCommand::first:
      target = 0;
      break;
    case CarouselCommand::last:
      target = count - 1;
      break;
  }
  if (target < 0 || target >= count) {
    if (!state.options.loop) return {};
    target = (target + count) % count;
    wrapped = true;
  }
  const int before = state.snap;
  carousel_focus(state, target, now_ms);
  const bool moved = state.snap != before;
  return {true, target, {moved, moved ? wrap_kind(state, wrapped) : ""}};
}

void carousel_focus(CarouselState& state, int slide, double now_ms) {
  state.focused_slide = slide >= 0 && slide < slide_count(state.layout) ? slide : -1;
  if (state.focused_slide < 0 || state.dragging) return;
  const int target = snap_showing_slide(state.layout, state.snap, state.focused_slide);
  if (target == state.snap) return;
  move_to(state, {target, false, true}, 0, now_ms, false);
}

void carousel_pointer_down(CarouselState& state, const PointerSample& sample) {
  // A track caught moving, or left off its snap by a drag that never got
  // its up or cancel, settles when this press ends: it is no tap.
  state.grabbed_moving = state.motion.active || state.dragging;
  stop_at(state, sample.t_ms);
  state.drag_base = state.position;
  state.drag = drag_start(sample);
  state.dragging = true;
}

DragAxis carousel_pointer_move(CarouselState& state, const PointerSample& sample) {
  if (!state.dragging) return DragAxis::undecided;
  state.drag = drag_move(state.drag, sample);
  // An empty track has nowhere to go back to: it never follows the pointer.
  if (state.drag.axis != DragAxis::horizontal || !has_snaps(state)) return state.drag.axis;
  double position = state.drag_base - drag_offset(state.drag);
  if (!state.layout.can_loop) {
    // Past an end the track follows reluctantly, so the end is felt.
    const double max = state.layout.max_scroll;
    if (position < 0) position *= kEdgeResistance;
    if (position > max) position = max + (position - max) * kEdgeResistance;
  }
  state.position = position;
  return DragAxis::horizontal;
}

CarouselRelease carousel_pointer_up(CarouselState& state, const PointerSample& sample,
                                    double now_ms) {
  if (!state.dragging) return {};
  state.dragging = false;
  const DragRelease release = drag_end(state.drag, sample);
  if (release.was_tap && !state.grabbed_moving) return {};
  const bool moved_track = release.was_drag || state.grabbed_moving;
  CarouselRelease result{moved_track, {}};
  if (moved_track && has_snaps(state)) {
    result.move = settle(state, release.velocity, now_ms);
    state.announce_at_rest = release.was_drag;
  }
  return result;
}

CarouselRelease carousel_pointer_cancel(CarouselState& state, double now_ms) {
  if (!state.dragging) return {};
  state.dragging = false;
  const DragRelease release = drag_cancel(state.drag);
  const bool moved_track = release.was_drag || state.grabbed_moving;
  CarouselRelease result{release.was_drag, {}};
  if (moved_track && has_snaps(state)) result.move = settle(state, 0, now_ms);
  return result;
}

CarouselMove carousel_autoplay(CarouselState& state, AutoplayEvent event, double now_ms) {
  state.autoplay = autoplay_on(state.autoplay, event);
  if (event == AutoplayEvent::reduced_motion_on) state.reduced_motion = true;
  if (event == AutoplayEvent::reduced_motion_off) state.reduced_motion = false;
  if (!state.autoplay.advance) return {};
  return carousel_command(state, CarouselCommand::next, now_ms, false);
}

CarouselFrame carousel_frame(CarouselState& state, double now_ms) {
  CarouselFrame frame;
  if (state.motion.active) {
    state.position = position_at(state.motion, now_ms);
    if (!(now_ms - state.motion.start_ms < state.motion.duration_ms)) {
      state.motion.active = false;
      state.position = wrap_scroll(state.layout, state.motion.to);  // back into the first lap
      frame.settled = true;
    }
  }
  if (!std::isfinite(state.position)) state.position = 0;
  frame.position = state.position;
  if (state.layout.can_loop) frame.slide_offsets = loop_offsets(state.layout, state.position);
  frame.moving = state.motion.active || state.dragging;
  return frame;
}

CarouselStatus carousel_status(const CarouselState& state) {
  const CarouselLayout& layout = state.layout;
  CarouselStatus status;
  const bool loop = state.options.loop;
  status.snap = state.snap;
  status.slides = slide_count(layout);
  status.pages = page_count(layout);
  status.page = page_of_snap(layout, state.snap);
  status.can_previous = can_go_previous(layout, state.snap, loop);
  status.can_next = can_go_next(layout, state.snap, loop);
  // Counted in double: a measured width need not fit an int.
  const double fit = std::floor(layout.view_width / kControlSlotPx) - 2;
  status.page_buttons = status.pages > 1 && status.pages <= kMaxPageButtons && status.pages <= fit;
  status.controls_visible = status.can_previous || status.can_next;
  const double rest = status.slides > 0 ? layout.snaps[state.snap] : 0;
  status.inert = inert_slides(layout, rest, state.focused_slide);
  if (status.pages > 1) {
    const int next_page = status.page + 1 < status.pages ? status.page + 1 : (loop ? 0 : -1);
    if (next_page >= 0) {
      const int from = layout.page_first_slide[next_page];
      const int to = next_page + 1 < status.pages ? layout.page_first_slide[next_page + 1] : status.slides;
      for (int i = from; i < to; ++i) status.preload_slides.push_back(i);
    }
  }
  status.loop_mode = !loop ? "off" : layout.can_loop ? "seamless" : "rewind";
  status.live_polite = announcements_polite(state.autoplay);
  status.autoplay_button = autoplay_button_visible(state.autoplay);
  status.autoplay_shows_pause = autoplay_button_shows_pause(state.autoplay);
  status.autoplay_running = autoplay_running(state.autoplay);
  return status;
}

std::string carousel_position_text(const CarouselState& state) {
  const CarouselLayout& layout = state.layout;
  const int slides = slide_count(layout);
  if (slides == 0) return "";
  const std::vector<int> shown = whole_slides_in_view(layout, layout.snaps[state.snap]);
  if (shown.empty()) {
    const int first = first_slide_of_snap(layout, state.snap) + 1;
    return announce_position(state.options.strings, first, first, slides);
  }
  const int first = shown.front() + 1;
  int last = shown.back() + 1;
  if (last < first) last = first;  // across the loop's seam: name where the view starts
  return announce_position(state.options.strings, first, last, slides);
}

std::string carousel_take_announcement(CarouselState& state) {
  if (!state.announce_at_rest || state.motion.active || state.dragging) return "";
  state.announce_at_rest = false;
  if (!announcements_polite(state.autoplay)) return "";
  return carousel_position_text(state);
}

}  // namespace pw
