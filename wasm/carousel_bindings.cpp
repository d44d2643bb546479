// embind surface of the carousel. Each mounted carousel's state lives here
// under an integer id; destroy() frees it. Values only cross: numbers,
// strings and plain JS arrays.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <vector>

#include "instance_registry.h"
#include "join_lines.h"
#include "js_object.h"

#include "carousel_controller.h"
#include "carousel_text.h"

namespace {

using emscripten::val;

InstanceRegistry<pw::CarouselState>& carousels() {
  static InstanceRegistry<pw::CarouselState> all;
  return all;
}

pw::CarouselState* find(int id) { return carousels().find(id); }

struct CarouselConfig {
  int id = 0;
  std::string warnings;
  bool autoplay = false;
  double interval_ms = 0;
  std::string region;
  std::string region_role;
  std::string slide_role;
  std::string slide_labels;  // one line per slide: "3 / 8"
  std::string previous;
  std::string next;
  std::string pagination;
  std::string stop_autoplay;
  std::string start_autoplay;
};

struct CarouselMoveView {
  bool moved = false;
  std::string wrap;
  int focus_slide = -1;    // keys: the slide to focus, -1 none
  bool handled = false;    // keys: the key was the carousel's
  bool suppress_click = false;  // pointer up: a drag, so no link
};

CarouselMoveView view_of(const pw::CarouselMove& move) { return {move.moved, move.wrap}; }

CarouselConfig carousel_create(const pw::OptionLayers& layers, int slide_count, bool reduced_motion) {
  const auto parsed = pw::parse_carousel_options(layers);
  const pw::CarouselOptions& options = parsed.options;
  const pw::CarouselStrings& strings = options.strings;
  std::vector<std::string> labels;
  for (int n = 1; n <= slide_count; ++n) labels.push_back(pw::slide_label(strings, n, slide_count));
  const int id = carousels().add(pw::start_carousel(options, reduced_motion));
  return {id,
          join_lines(parsed.warnings),
          options.autoplay,
          pw::autoplay_delay_ms(options.interval_seconds * 1000),
          strings.region,
          strings.region_role,
          strings.slide_role,
          join_lines(labels),
          strings.previous,
          strings.next,
          strings.pagination,
          strings.stop_autoplay,
          strings.start_autoplay};
}

void carousel_measure(int id, double view_width, val widths, double gap, double native_scroll) {
  pw::CarouselState* state = find(id);
  if (!state) return;
  pw::carousel_measure(*state, {view_width, emscripten::vecFromJSArray<double>(widths), gap},
                       native_scroll);
}

pw::CarouselCommand command_named(const std::string& name) {
  if (name == "previous") return pw::CarouselCommand::previous;
  if (name == "previousPage") return pw::CarouselCommand::previous_page;
  if (name == "nextPage") return pw::CarouselCommand::next_page;
  if (name == "first") return pw::CarouselCommand::first;
  if (name == "last") return pw::CarouselCommand::last;
  return pw::CarouselCommand::next;
}

CarouselMoveView carousel_command(int id, const std::string& name, double now_ms) {
  pw::CarouselState* state = find(id);
  return state ? view_of(pw::carousel_command(*state, command_named(name), now_ms, true))
               : CarouselMoveView{};
}

CarouselMoveView carousel_go_to_page(int id, int page, double now_ms) {
  pw::CarouselState* state = find(id);
  return state ? view_of(pw::carousel_go_to_page(*state, page, now_ms)) : CarouselMoveView{};
}

CarouselMoveView carousel_key(int id, const std::string& key, bool rtl, int focused_slide,
                              double now_ms) {
  pw::CarouselState* state = find(id);
  if (!state) return {};
  const pw::CarouselKeyResult result = pw::carousel_key(*state, key, rtl, focused_slide, now_ms);
  CarouselMoveView view = view_of(result.move);
  view.handled = result.handled;
  view.focus_slide = result.focus_slide;
  return view;
}

void carousel_focus(int id, int slide, double now_ms) {
  if (pw::CarouselState* state = find(id)) pw::carousel_focus(*state, slide, now_ms);
}

void carousel_pointer_down(int id, double t_ms, double x, double y) {
  if (pw::CarouselState* state = find(id)) pw::carousel_pointer_down(*state, {t_ms, x, y});
}

// "x" once the drag is the carousel's, "y" once it is the page's scroll, "" undecided.
std::string carousel_pointer_move(int id, double t_ms, double x, double y) {
  pw::CarouselState* state = find(id);
  if (!state) return "";
  switch (pw::carousel_pointer_move(*state, {t_ms, x, y})) {
    case pw::DragAxis::horizontal: return "x";
    case pw::DragAxis::vertical: return "y";
    default: return "";
  }
}

CarouselMoveView release_view(const pw::CarouselRelease& release) {
  CarouselMoveView view = view_of(release.move);
  view.suppress_click = release.suppress_click;
  return view;
}

CarouselMoveView carousel_pointer_up(int id, double t_ms, double x, double y, double now_ms) {
  pw::CarouselState* state = find(id);
  return state ? release_view(pw::carousel_pointer_up(*state, {t_ms, x, y}, now_ms))
               : CarouselMoveView{};
}

CarouselMoveView carousel_pointer_cancel(int id, double now_ms) {
  pw::CarouselState* state = find(id);
  return state ? release_view(pw::carousel_pointer_cancel(*state, now_ms)) : CarouselMoveView{};
}

// An if-chain rather than a map: it compiles to a few compares, a map of
// strings to a tree and its allocator.
bool autoplay_event_named(const std::string& name, pw::AutoplayEvent& event) {
  using E = pw::AutoplayEvent;
  if (name == "play") event = E::play_pressed;
  else if (name == "pause") event = E::pause_pressed;
  else if (name == "hoverIn") event = E::hover_in;
  else if (name == "hoverOut") event = E::hover_out;
  else if (name == "focusIn") event = E::focus_in;
  else if (name == "focusOut") event = E::focus_out;
  else if (name == "hidden") event = E::hidden;
  else if (name == "visible") event = E::visible;
  else if (name == "offscreen") event = E::offscreen;
  else if (name == "onscreen") event = E::onscreen;
  else if (name == "reducedMotionOn") event = E::reduced_motion_on;
  else if (name == "reducedMotionOff") event = E::reduced_motion_off;
  else if (name == "tick") event = E::tick;
  else return false;
  return true;
}

CarouselMoveView carousel_autoplay(int id, const std::string& event, double now_ms) {
  pw::CarouselState* state = find(id);
  pw::AutoplayEvent parsed{};
  if (!state || !autoplay_event_named(event, parsed)) return {};
  return view_of(pw::carousel_autoplay(*state, parsed, now_ms));
}

val carousel_frame(int id, double now_ms) {
  pw::CarouselState* state = find(id);
  const pw::CarouselFrame computed = state ? pw::carousel_frame(*state, now_ms) : pw::CarouselFrame{};
  return JsObject()
      .number("position", computed.position)
      .value("offsets", js_numbers(computed.slide_offsets))
      .flag("moving", computed.moving)
      .flag("settled", computed.settled)
      .get();
}

val carousel_status(int id) {
  pw::CarouselState* state = find(id);
  if (!state) return val::object();
  const pw::CarouselStatus status = pw::carousel_status(*state);
  std::vector<std::string> page_labels;
  if (status.page_buttons) {
    for (int page = 1; page <= status.pages; ++page)
      page_labels.push_back(pw::page_button_label(state->options.strings, page, status.pages));
  }
  return JsObject()
      .number("snap", status.snap)
      .number("page", status.page)
      .number("pages", status.pages)
      .number("slides", status.slides)
      .flag("canPrevious", status.can_previous)
      .flag("canNext", status.can_next)
      .flag("pageButtons", status.page_buttons)
      .flag("controlsVisible", status.controls_visible)
      .value("inert", js_numbers(status.inert))
      .value("preload", js_numbers(status.preload_slides))
      .flag("livePolite", status.live_polite)
      .flag("autoplayButton", status.autoplay_button)
      .flag("autoplayShowsPause", status.autoplay_shows_pause)
      .flag("autoplayRunning", status.autoplay_running)
      .text("positionText", status.position_text)
      .text("loopMode", status.loop_mode)
      .text("pageLabels", join_lines(page_labels))
      .get();
}

std::string carousel_take_announcement(int id) {
  pw::CarouselState* state = find(id);
  return state ? pw::carousel_take_announcement(*state) : "";
}

void carousel_destroy(int id) { carousels().remove(id); }

}  // namespace

EMSCRIPTEN_BINDINGS(carousel) {
  using emscripten::value_object;
  value_object<CarouselConfig>("CarouselConfig")
      .field("id", &CarouselConfig::id)
      .field("warnings", &CarouselConfig::warnings)
      .field("autoplay", &CarouselConfig::autoplay)
      .field("intervalMs", &CarouselConfig::interval_ms)
      .field("region", &CarouselConfig::region)
      .field("regionRole", &CarouselConfig::region_role)
      .field("slideRole", &CarouselConfig::slide_role)
      .field("slideLabels", &CarouselConfig::slide_labels)
      .field("previous", &CarouselConfig::previous)
      .field("next", &CarouselConfig::next)
      .field("pagination", &CarouselConfig::pagination)
      .field("stopAutoplay", &CarouselConfig::stop_autoplay)
      .field("startAutoplay", &CarouselConfig::start_autoplay);
  value_object<CarouselMoveView>("CarouselMoveView")
      .field("moved", &CarouselMoveView::moved)
      .field("wrap", &CarouselMoveView::wrap)
      .field("focusSlide", &CarouselMoveView::focus_slide)
      .field("handled", &CarouselMoveView::handled)
      .field("suppressClick", &CarouselMoveView::suppress_click);

  emscripten::function("carouselCreate", &carousel_create);
  emscripten::function("carouselMeasure", &carousel_measure);
  emscripten::function("carouselCommand", &carousel_command);
  emscripten::function("carouselGoToPage", &carousel_go_to_page);
  emscripten::function("carouselKey", &carousel_key);
  emscripten::function("carouselFocus", &carousel_focus);
  emscripten::function("carouselPointerDown", &carousel_pointer_down);
  emscripten::function("carouselPointerMove", &carousel_pointer_move);
  emscripten::function("carouselPointerUp", &carousel_pointer_up);
  emscripten::function("carouselPointerCancel", &carousel_pointer_cancel);
  emscripten::function("carouselAutoplay", &carousel_autoplay);
  emscripten::function("carouselFrame", &carousel_frame);
  emscripten::function("carouselStatus", &carousel_status);
  emscripten::function("carouselTakeAnnouncement", &carousel_take_announcement);
  emscripten::function("carouselDestroy", &carousel_destroy);
}
