// Exports of the carousel. Each mounted carousel's state lives here under an
// integer id; carouselDestroy frees it. Values only cross.
#include <string>
#include <vector>

#include "boundary.h"
#include "instance_registry.h"
#include "option_layers_arg.h"
#include "pointer_sample_arg.h"

#include "carousel_controller.h"
#include "carousel_text.h"

namespace {

using pw::wasm::CallArgs;
using pw::wasm::Key;
using pw::wasm::Result;
using pw::wasm::result;

// A plain global, set up by _initialize before any export runs: no guard on
// every call, as a function's static would have.
InstanceRegistry<pw::CarouselState> all_carousels;

pw::CarouselState* carousel_of(CallArgs& args) { return all_carousels.find(args.integer()); }

// What a move did, for the adapter: whether the track moves, how it wrapped,
// and for keys and pointers what else to do.
struct MoveView {
  pw::CarouselMove move;
  int focus_slide = -1;         // keys: the slide to focus, -1 none
  bool handled = false;         // keys: the key was the carousel's
  bool suppress_click = false;  // pointer up: a drag, so no link
};

const char* move_result(const MoveView& view) {
  return result()
      .object()
      .flag(Key::moved, view.move.moved)
      .text(Key::wrap, view.move.wrap)
      .number(Key::focusSlide, view.focus_slide)
      .flag(Key::handled, view.handled)
      .flag(Key::suppressClick, view.suppress_click)
      .end()
      .done();
}

const char* release_result(const pw::CarouselRelease& release) {
  return move_result({release.move, -1, false, release.suppress_click});
}

template <typename T>
Result& put_numbers(Result& out, Key key, const std::vector<T>& values) {
  out.array(key);
  for (const T& value : values) out.number(Key::none, static_cast<double>(value));
  return out.end();
}

// The previous and next buttons (and autoplay's advance), as numbered in
// web/commands.js: keys go through carouselKey, pages through carouselGoToPage.
pw::CarouselCommand command_of(int number) {
  return number == static_cast<int>(pw::CarouselCommand::previous) ? pw::CarouselCommand::previous
                                                                    : pw::CarouselCommand::next;
}

// An AutoplayEvent by its number (web/commands.js); `enable` is the
// controller's own, not the page's.
bool autoplay_event_of(int number, pw::AutoplayEvent& event) {
  if (number < static_cast<int>(pw::AutoplayEvent::play_pressed) ||
      number > static_cast<int>(pw::AutoplayEvent::tick)) {
    return false;
  }
  event = static_cast<pw::AutoplayEvent>(number);
  return true;
}

}  // namespace

// (layers, slideCount, reducedMotion) → the carousel's id and texts
PW_EXPORT const char* carouselCreate() {
  CallArgs args;
  auto parsed = pw::parse_carousel_options(pw::wasm::option_layers(args));
  const int slide_count = args.integer();
  const bool reduced_motion = args.flag();
  const int id = all_carousels.add(pw::start_carousel(std::move(parsed.options), reduced_motion));
  const pw::CarouselOptions& options = all_carousels.find(id)->options;  // moved, not copied
  const pw::CarouselStrings& strings = options.strings;
  std::vector<std::string> labels;
  for (int n = 1; n <= slide_count; ++n) labels.push_back(pw::slide_label(strings, n, slide_count));
  return result()
      .object()
      .number(Key::id, id)
      .lines(Key::warnings, parsed.warnings)
      .flag(Key::autoplay, options.autoplay)
      .number(Key::intervalMs, pw::autoplay_delay_ms(options.interval_seconds * 1000))
      .text(Key::region, strings.region)
      .text(Key::regionRole, strings.region_role)
      .text(Key::slideRole, strings.slide_role)
      .lines(Key::slideLabels, labels)
      .text(Key::previous, strings.previous)
      .text(Key::next, strings.next)
      .text(Key::pagination, strings.pagination)
      .text(Key::stopAutoplay, strings.stop_autoplay)
      .text(Key::startAutoplay, strings.start_autoplay)
      .end()
      .done();
}

// (id, viewWidth, slideCount, slideWidths…, gap, nativeScroll)
PW_EXPORT void carouselMeasure() {
  CallArgs args;
  pw::CarouselState* state = carousel_of(args);
  const double view_width = args.number();
  std::vector<double> widths;
  for (std::size_t left = args.count(); left > 0; --left) widths.push_back(args.number());
  const double gap = args.number();
  const double native_scroll = args.number();
  if (!state) return;
  pw::carousel_measure(*state, {view_width, std::move(widths), gap}, native_scroll);
}

// (id, command, nowMs) → move
PW_EXPORT const char* carouselCommand() {
  CallArgs args;
  pw::CarouselState* state = carousel_of(args);
  const pw::CarouselCommand command = command_of(args.integer());
  const double now_ms = args.number();
  return move_result({state ? pw::carousel_command(*state, command, now_ms, true) : pw::CarouselMove{}});
}

// (id, page, nowMs) → move
PW_EXPORT const char* carouselGoToPage() {
  CallArgs args;
  pw::CarouselState* state = carousel_of(args);
  const int page = args.integer();
  const double now_ms = args.number();
  return move_result({state ? pw::carousel_go_to_page(*state, page, now_ms) : pw::CarouselMove{}});
}

// (id, key, rtl, focusedSlide, nowMs) → move, with the slide to focus
PW_EXPORT const char* carouselKey() {
  CallArgs args;
  pw::CarouselState* state = carousel_of(args);
  const std::string key = args.text();
  const bool rtl = args.flag();
  const int focused_slide = args.integer();
  const double now_ms = args.number();
  if (!state) return move_result({});
  const pw::CarouselKeyResult key_result = pw::carousel_key(*state, key, rtl, focused_slide, now_ms);
  return move_result({key_result.move, key_result.focus_slide, key_result.handled, false});
}

// (id, slide, nowMs): focus entered a slide (-1: left the carousel)
PW_EXPORT void carouselFocus() {
  CallArgs args;
  pw::CarouselState* state = carousel_of(args);
  const int slide = args.integer();
  const double now_ms = args.number();
  if (state) pw::carousel_focus(*state, slide, now_ms);
}

// (id, tMs, x, y)
PW_EXPORT void carouselPointerDown() {
  CallArgs args;
  pw::CarouselState* state = carousel_of(args);
  const pw::PointerSample sample = pw::wasm::pointer_sample(args);
  if (state) pw::carousel_pointer_down(*state, sample);
}

// (id, tMs, x, y) → "x" once the drag is the carousel's, "y" once it is the
// page's scroll, "" undecided
PW_EXPORT const char* carouselPointerMove() {
  CallArgs args;
  pw::CarouselState* state = carousel_of(args);
  const pw::PointerSample sample = pw::wasm::pointer_sample(args);
  const char* axis = "";
  if (state) {
    switch (pw::carousel_pointer_move(*state, sample)) {
      case pw::DragAxis::horizontal: axis = "x"; break;
      case pw::DragAxis::vertical: axis = "y"; break;
      default: break;
    }
  }
  return result().text(Key::none, axis).done();
}

// (id, tMs, x, y, nowMs) → move, and whether the click that follows is a drag's
PW_EXPORT const char* carouselPointerUp() {
  CallArgs args;
  pw::CarouselState* state = carousel_of(args);
  const pw::PointerSample sample = pw::wasm::pointer_sample(args);
  const double now_ms = args.number();
  return release_result(state ? pw::carousel_pointer_up(*state, sample, now_ms)
                              : pw::CarouselRelease{});
}

// (id, nowMs) → move
PW_EXPORT const char* carouselPointerCancel() {
  CallArgs args;
  pw::CarouselState* state = carousel_of(args);
  const double now_ms = args.number();
  return release_result(state ? pw::carousel_pointer_cancel(*state, now_ms) : pw::CarouselRelease{});
}

// (id, event, nowMs) → move
PW_EXPORT const char* carouselAutoplay() {
  CallArgs args;
  pw::CarouselState* state = carousel_of(args);
  const int number = args.integer();
  const double now_ms = args.number();
  pw::AutoplayEvent event{};
  if (!state || !autoplay_event_of(number, event)) return move_result({});
  return move_result({pw::carousel_autoplay(*state, event, now_ms)});
}

// (id, nowMs) → where the track and each slide are this frame
PW_EXPORT const char* carouselFrame() {
  CallArgs args;
  pw::CarouselState* state = carousel_of(args);
  const double now_ms = args.number();
  const pw::CarouselFrame frame = state ? pw::carousel_frame(*state, now_ms) : pw::CarouselFrame{};
  Result& out = result().object().number(Key::position, frame.position);
  return put_numbers(out, Key::offsets, frame.slide_offsets)
      .flag(Key::moving, frame.moving)
      .flag(Key::settled, frame.settled)
      .end()
      .done();
}

// (id) → buttons, pages, inert slides and texts as they stand
PW_EXPORT const char* carouselStatus() {
  CallArgs args;
  pw::CarouselState* state = carousel_of(args);
  if (!state) return result().object().end().done();
  const pw::CarouselStatus status = pw::carousel_status(*state);
  std::vector<std::string> page_labels;
  if (status.page_buttons) {
    for (int page = 1; page <= status.pages; ++page)
      page_labels.push_back(pw::page_button_label(state->options.strings, page, status.pages));
  }
  Result& out = result()
                    .object()
                    .number(Key::snap, status.snap)
                    .number(Key::page, status.page)
                    .number(Key::pages, status.pages)
                    .flag(Key::canPrevious, status.can_previous)
                    .flag(Key::canNext, status.can_next)
                    .flag(Key::pageButtons, status.page_buttons)
                    .flag(Key::controlsVisible, status.controls_visible);
  put_numbers(out, Key::inert, status.inert);
  put_numbers(out, Key::preload, status.preload_slides);
  return out.flag(Key::livePolite, status.live_polite)
      .flag(Key::autoplayShowsPause, status.autoplay_shows_pause)
      .flag(Key::autoplayRunning, status.autoplay_running)
      .text(Key::loopMode, status.loop_mode)
      .lines(Key::pageLabels, page_labels)
      .end()
      .done();
}

// (id) → the announcement to make, once, or ""
PW_EXPORT const char* carouselTakeAnnouncement() {
  CallArgs args;
  pw::CarouselState* state = carousel_of(args);
  return result().text(Key::none, state ? pw::carousel_take_announcement(*state) : std::string()).done();
}

// (id)
PW_EXPORT void carouselDestroy() {
  CallArgs args;
  all_carousels.remove(args.integer());
}
