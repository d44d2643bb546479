// embind bindings of the related-news carousel. The adapter creates one
// Carousel per mounted widget, from its option layers and slide count, and
// deletes it in destroy(). Options are parsed once, at construction. Every
// input crosses once and answers with what the adapter applies: the move, and
// the status with the announcement owed.
#include <emscripten/bind.h>

#include <cmath>
#include <string>
#include <vector>

#include "lines.h"
#include "live_instance.h"

#include "carousel/controller.h"
#include "carousel/loop.h"
#include "carousel/pointers.h"
#include "carousel/text.h"
#include "core/decimal_number.h"
#include "core/integer_text.h"
#include "core/option_layers.h"

namespace {

using pw::AutoplayEvent;
using pw::CarouselCommand;
using pw::DragAxis;

// What the adapter needs once at mount to build the controls.
struct CarouselConfig {
  std::string warnings;  // one per line; "" when none
  bool autoplay = false;
  double interval_ms = 0;
  std::string region, region_role, slide_role;
  std::string slide_labels;  // one per slide, "\n" between
  std::string previous, next, pagination;
  std::string stop_autoplay, start_autoplay;
};

// A measurement of the list. Slide widths cross as one text, numbers
// between spaces, so a list of any length is one value.
struct CarouselMeasureInput {
  double view_width = 0;
  std::string slide_widths;
  double gap = 0;
  double native_scroll = -1;  // the plain list's scroll, first measure only
};

// Buttons, pages, inert slides and texts as they stand. Per-slide flags are
// one character a slide, '1' set and '0' not.
struct CarouselStatusView {
  int snap = 0;
  int page = 0;
  int pages = 0;
  bool can_previous = false;
  bool can_next = false;
  bool page_buttons = false;
  bool controls_visible = false;
  std::string inert;
  std::string preload;
  bool live_polite = true;
  bool autoplay_shows_pause = false;
  bool autoplay_running = false;
  std::string loop_mode;
  std::string page_labels;   // one per page button, "\n" between; "" without them
  std::string announcement;  // to say once, "" when none
};

// What an input did: whether the track moves and how it wrapped, what else
// to do for keys and pointers, and the status after it.
struct CarouselMoveView {
  bool moved = false;
  std::string wrap;             // "", "loop" or "rewind"
  bool handled = false;         // keys: the key was the carousel's
  int focus_slide = -1;         // keys: the slide to focus, -1 none
  bool suppress_click = false;  // pointer up: a drag, so no link
  CarouselStatusView status;
};

// Where the track and each slide are this frame. Each slide is shifted by a
// whole number of loop periods: `laps` gives that number per slide, ","
// between ("" without loop, when every slide stays in place).
struct CarouselFrameView {
  double position = 0;
  double period = 0;
  std::string laps;
  bool moving = false;
  bool settled = false;
  CarouselStatusView status;  // filled when settled or measured, else empty
};

std::string flags_text(const std::vector<int>& flags) {
  std::string text;
  for (int flag : flags) text += flag ? '1' : '0';
  return text;
}

std::vector<double> numbers_of(const std::string& text) {
  std::vector<double> numbers;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) numbers.push_back(pw::parse_decimal(text.substr(start, end - start)).value_or(0));
    start = end + 1;
  }
  return numbers;
}

class Carousel {
 public:
  Carousel(const pw::OptionLayers& layers, int slide_count, bool reduced_motion) {
    auto parsed = pw::parse_carousel_options(layers);
    warnings_ = pw::wasm::lines(parsed.warnings);
    state_ = pw::start_carousel(std::move(parsed.options), reduced_motion);
    slide_count_ = slide_count;
  }

  CarouselConfig config() const {
    const pw::CarouselOptions& options = state_.options;
    const pw::CarouselStrings& strings = options.strings;
    std::vector<std::string> labels;
    for (int n = 1; n <= slide_count_; ++n) labels.push_back(pw::slide_label(strings, n, slide_count_));
    return {warnings_,
            options.autoplay,
            pw::autoplay_delay_ms(options.interval_seconds * 1000),
            strings.region,
            strings.region_role,
            strings.slide_role,
            pw::wasm::lines(labels),
            strings.previous,
            strings.next,
            strings.pagination,
            strings.stop_autoplay,
            strings.start_autoplay};
  }

  // New measurements, and the frame and status they give.
  CarouselFrameView measure(const CarouselMeasureInput& input, double now_ms) {
    pw::carousel_measure(state_, {input.view_width, numbers_of(input.slide_widths), input.gap},
                         input.native_scroll);
    CarouselFrameView view = frame_view(now_ms);
    view.status = status_view(true);
    return view;
  }

  // The status is only filled on the frame the motion settles, when the
  // adapter refreshes; the announcement is owed from then.
  CarouselFrameView frame(double now_ms) {
    CarouselFrameView view = frame_view(now_ms);
    if (view.settled) view.status = status_view(true);
    return view;
  }

  // As it stands, the announcement still owed (for the instance's getters).
  CarouselStatusView status() { return status_view(false); }

  CarouselMoveView command(CarouselCommand command, double now_ms) {
    return move_view(pw::carousel_command(state_, command, now_ms, true));
  }

  CarouselMoveView go_to_page(int page, double now_ms) {
    return move_view(pw::carousel_go_to_page(state_, page, now_ms));
  }

  // KeyboardEvent.key, whether Shift, Ctrl, Alt or Meta is held, and whether
  // it was typed into a text field.
  CarouselMoveView key(const std::string& key, bool modifier, bool in_field, bool rtl, int focused_slide,
                       double now_ms) {
    // A key that is not the carousel's reaches it as no key at all.
    static const std::string none;
    const std::string& taken = pw::carousel_takes_key(modifier, in_field) ? key : none;
    const pw::CarouselKeyResult result = pw::carousel_key(state_, taken, rtl, focused_slide, now_ms);
    CarouselMoveView view = move_view(result.move);
    view.handled = result.handled;
    view.focus_slide = result.focus_slide;
    return view;
  }

  // Focus entered the carousel, on `slide` (-1: a control): the slide comes
  // into view and rotation stops.
  CarouselMoveView focus_in(int slide, double now_ms) {
    pw::carousel_focus(state_, slide, now_ms);
    return move_view(pw::carousel_autoplay(state_, AutoplayEvent::focus_in, now_ms));
  }

  CarouselMoveView focus_out(double now_ms) {
    pw::carousel_focus(state_, -1, now_ms);
    return move_view(pw::carousel_autoplay(state_, AutoplayEvent::focus_out, now_ms));
  }

  CarouselMoveView autoplay(AutoplayEvent event, double now_ms) {
    // `enable` is the controller's own, never the page's.
    if (event == AutoplayEvent::enable) return move_view({});
    return move_view(pw::carousel_autoplay(state_, event, now_ms));
  }

  // Pointer Events on the track: pointerId and a PointerSample
  // (wasm/common_bindings.cpp) with x mirrored in RTL; on the way down whether
  // the press is primary with the main button. Which pointer drives the drag
  // is decided here (carousel/pointers.h).
  CarouselMoveView pointer_down(int id, const pw::PointerSample& pointer, bool grabs) {
    return release_view(pw::carousel_press(state_, pointers_, id, pointer, grabs, pointer.t_ms));
  }

  // Horizontal once the drag is the carousel's, vertical once it is the
  // page's scroll.
  DragAxis pointer_move(int id, const pw::PointerSample& pointer) {
    return pw::carousel_pointer_moved(state_, pointers_, id, pointer);
  }

  CarouselMoveView pointer_up(int id, const pw::PointerSample& pointer) {
    return release_view(pw::carousel_lift(state_, pointers_, id, pointer, pointer.t_ms));
  }

  CarouselMoveView pointer_cancel(int id, double now_ms) {
    return release_view(pw::carousel_pointer_lost(state_, pointers_, id, now_ms));
  }

 private:
  pw::wasm::LiveInstance live_;

  CarouselMoveView move_view(const pw::CarouselMove& move) {
    CarouselMoveView view;
    view.moved = move.moved;
    view.wrap = move.wrap;
    view.status = status_view(true);
    return view;
  }

  CarouselMoveView release_view(const pw::CarouselRelease& release) {
    CarouselMoveView view = move_view(release.move);
    view.suppress_click = release.suppress_click;
    return view;
  }

  CarouselFrameView frame_view(double now_ms) {
    const pw::CarouselFrame frame = pw::carousel_frame(state_, now_ms);
    CarouselFrameView view;
    view.position = frame.position;
    view.moving = frame.moving;
    view.settled = frame.settled;
    if (frame.slide_offsets.empty()) return view;
    view.period = pw::loop_period(state_.layout);
    for (double offset : frame.slide_offsets) {
      if (!view.laps.empty()) view.laps += ',';
      view.laps += pw::integer_text(view.period > 0 ? std::llround(offset / view.period) : 0);
    }
    return view;
  }

  // `take_announcement`: the adapter is about to apply this status, so the
  // announcement owed is handed over (and no longer owed).
  CarouselStatusView status_view(bool take_announcement) {
    const pw::CarouselStatus status = pw::carousel_status(state_);
    CarouselStatusView view;
    view.snap = status.snap;
    view.page = status.page;
    view.pages = status.pages;
    view.can_previous = status.can_previous;
    view.can_next = status.can_next;
    view.page_buttons = status.page_buttons;
    view.controls_visible = status.controls_visible;
    view.inert = flags_text(status.inert);
    std::vector<int> preload(status.slides, 0);
    for (int slide : status.preload_slides) {
      if (slide >= 0 && slide < status.slides) preload[slide] = 1;
    }
    view.preload = flags_text(preload);
    view.live_polite = status.live_polite;
    view.autoplay_shows_pause = status.autoplay_shows_pause;
    view.autoplay_running = status.autoplay_running;
    view.loop_mode = status.loop_mode;
    if (status.page_buttons) {
      std::vector<std::string> labels;
      for (int page = 1; page <= status.pages; ++page)
        labels.push_back(pw::page_button_label(state_.options.strings, page, status.pages));
      view.page_labels = pw::wasm::lines(labels);
    }
    if (take_announcement) view.announcement = pw::carousel_take_announcement(state_);
    return view;
  }

  pw::CarouselState state_;
  pw::CarouselPointers pointers_;
  std::string warnings_;
  int slide_count_ = 0;
};

}  // namespace

EMSCRIPTEN_BINDINGS(carousel) {
  using namespace emscripten;
  enum_<CarouselCommand>("CarouselCommand")
      .value("previous", CarouselCommand::previous)
      .value("next", CarouselCommand::next);

  enum_<AutoplayEvent>("CarouselAutoplayEvent")
      .value("playPressed", AutoplayEvent::play_pressed)
      .value("pausePressed", AutoplayEvent::pause_pressed)
      .value("hoverIn", AutoplayEvent::hover_in)
      .value("hoverOut", AutoplayEvent::hover_out)
      .value("hidden", AutoplayEvent::hidden)
      .value("visible", AutoplayEvent::visible)
      .value("offscreen", AutoplayEvent::offscreen)
      .value("onscreen", AutoplayEvent::onscreen)
      .value("reducedMotionOn", AutoplayEvent::reduced_motion_on)
      .value("reducedMotionOff", AutoplayEvent::reduced_motion_off)
      .value("tick", AutoplayEvent::tick);

  enum_<DragAxis>("CarouselDragAxis")
      .value("undecided", DragAxis::undecided)
      .value("horizontal", DragAxis::horizontal)
      .value("vertical", DragAxis::vertical);

  value_object<CarouselConfig>("CarouselConfig")
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

  value_object<CarouselMeasureInput>("CarouselMeasureInput")
      .field("viewWidth", &CarouselMeasureInput::view_width)
      .field("slideWidths", &CarouselMeasureInput::slide_widths)
      .field("gap", &CarouselMeasureInput::gap)
      .field("nativeScroll", &CarouselMeasureInput::native_scroll);


  value_object<CarouselStatusView>("CarouselStatusView")
      .field("snap", &CarouselStatusView::snap)
      .field("page", &CarouselStatusView::page)
      .field("pages", &CarouselStatusView::pages)
      .field("canPrevious", &CarouselStatusView::can_previous)
      .field("canNext", &CarouselStatusView::can_next)
      .field("pageButtons", &CarouselStatusView::page_buttons)
      .field("controlsVisible", &CarouselStatusView::controls_visible)
      .field("inert", &CarouselStatusView::inert)
      .field("preload", &CarouselStatusView::preload)
      .field("livePolite", &CarouselStatusView::live_polite)
      .field("autoplayShowsPause", &CarouselStatusView::autoplay_shows_pause)
      .field("autoplayRunning", &CarouselStatusView::autoplay_running)
      .field("loopMode", &CarouselStatusView::loop_mode)
      .field("pageLabels", &CarouselStatusView::page_labels)
      .field("announcement", &CarouselStatusView::announcement);

  value_object<CarouselMoveView>("CarouselMoveView")
      .field("moved", &CarouselMoveView::moved)
      .field("wrap", &CarouselMoveView::wrap)
      .field("handled", &CarouselMoveView::handled)
      .field("focusSlide", &CarouselMoveView::focus_slide)
      .field("suppressClick", &CarouselMoveView::suppress_click)
      .field("status", &CarouselMoveView::status);

  value_object<CarouselFrameView>("CarouselFrameView")
      .field("position", &CarouselFrameView::position)
      .field("period", &CarouselFrameView::period)
      .field("laps", &CarouselFrameView::laps)
      .field("moving", &CarouselFrameView::moving)
      .field("settled", &CarouselFrameView::settled)
      .field("status", &CarouselFrameView::status);

  class_<Carousel>("Carousel")
      .constructor<const pw::OptionLayers&, int, bool>()
      .function("config", &Carousel::config)
      .function("measure", &Carousel::measure)
      .function("frame", &Carousel::frame)
      .function("status", &Carousel::status)
      .function("command", &Carousel::command)
      .function("goToPage", &Carousel::go_to_page)
      .function("key", &Carousel::key)
      .function("focusIn", &Carousel::focus_in)
      .function("focusOut", &Carousel::focus_out)
      .function("autoplay", &Carousel::autoplay)
      .function("pointerDown", &Carousel::pointer_down)
      .function("pointerMove", &Carousel::pointer_move)
      .function("pointerUp", &Carousel::pointer_up)
      .function("pointerCancel", &Carousel::pointer_cancel);
}
