#pragma once
#include <string>
#include <vector>

#include "carousel/autoplay.h"
#include "carousel/drag.h"
#include "carousel/layout.h"
#include "carousel/navigation.h"
#include "carousel/options.h"

namespace pw {

// One mounted carousel: where it rests, where it is heading, the drag in
// progress and the autoplay state, driven by the DOM adapter's events. The
// adapter measures, forwards events with the time, writes the transforms a
// frame gives and the attributes the status gives; it decides nothing.
//
// Positions are logical inline px along the track (0 = the first slide at the
// view's start); the adapter mirrors them for RTL.

struct CarouselMotion {
  bool active = false;
  double from = 0;
  double to = 0;
  double start_ms = 0;
  double duration_ms = 0;
};

struct CarouselState {
  CarouselOptions options;
  CarouselLayout layout;
  double position = 0;  // where the track is now (past [0, period) mid-loop)
  int snap = 0;         // where it rests or is heading
  CarouselMotion motion;
  bool dragging = false;
  DragState drag;
  double drag_base = 0;     // position when the drag was grabbed
  bool grabbed_moving = false;  // the pointer caught a moving track: no tap, no link
  int focused_slide = -1;   // the slide holding focus, never made inert
  bool reduced_motion = false;
  AutoplayState autoplay;
  bool announce_at_rest = false;  // the reader moved it: say what is in view once it settles
};

CarouselState start_carousel(CarouselOptions options, bool reduced_motion);

// New measurements (first layout, resize, slides loading). The first slide in
// view stays the first in view; a drag or animation in progress ends there.
// `native_scroll` is where the reader had scrolled the plain list before the
// widget took over (logical px, only read on the first measure: < 0 ignores).
void carousel_measure(CarouselState& state, const CarouselMeasure& measure, double native_scroll);

// What a command did, for pw:change: "loop" when it went round seamlessly,
// "rewind" when it ran back to the other end, "" otherwise.
struct CarouselMove {
  bool moved = false;
  const char* wrap = "";  // "", "loop" or "rewind"
};

enum class CarouselCommand { previous, next, first, last };

// A button or key of the reader (`by_reader`: announce the result) or an
// autoplay advance. A command during an animation continues from where the
// track is, so mashed clicks queue up instead of jumping.
CarouselMove carousel_command(CarouselState& state, CarouselCommand command, double now_ms,
                              bool by_reader);
CarouselMove carousel_go_to_page(CarouselState& state, int page, double now_ms);

// Keys on the focused carousel. `focused_slide` is the slide holding focus
// (-1: a control). Arrow keys step one slide (mirrored in RTL), Home/End go
// to the ends; PageUp/PageDown stay the page's (they scroll it). Inside a slide, focus follows
// to the slide stepped to (`focus_slide`), so it never stays on a slide moved away.
struct CarouselKeyResult {
  bool handled = false;
  int focus_slide = -1;
  CarouselMove move;
};
CarouselKeyResult carousel_key(CarouselState& state, const std::string& key, bool rtl,
                               int focused_slide, double now_ms);

// Whether a key is the carousel's to read at all: not with Shift, Ctrl, Alt
// or Meta held (text selection, the browser's Back, shortcuts), and not when
// typed into a text field or editable region inside a slide.
bool carousel_takes_key(bool modifier_held, bool in_text_field);

// Focus entered a slide (-1: left the slides): the slide is brought wholly
// into view with the least movement and is never made inert while focused.
void carousel_focus(CarouselState& state, int slide, double now_ms);

// Pointer input on the track (x mirrored by the adapter in RTL). down → move
// … → up or cancel. `axis` tells the adapter when to capture the pointer
// (horizontal) or let the page scroll (vertical).
void carousel_pointer_down(CarouselState& state, const PointerSample& sample);
DragAxis carousel_pointer_move(CarouselState& state, const PointerSample& sample);
// `suppress_click`: the gesture was a drag, so the click that follows must not
// open the link; a tap (short and still) does open it.
struct CarouselRelease {
  bool suppress_click = false;
  CarouselMove move;
};
CarouselRelease carousel_pointer_up(CarouselState& state, const PointerSample& sample,
                                    double now_ms);
CarouselRelease carousel_pointer_cancel(CarouselState& state, double now_ms);

// Autoplay events; `tick` advances (rewinding at the end when not looping).
CarouselMove carousel_autoplay(CarouselState& state, AutoplayEvent event, double now_ms);

// What to draw at `now_ms`: the track position and each slide's loop
// translation. `settled` is true on the frame the motion ends, when the
// adapter refreshes the status.
struct CarouselFrame {
  double position = 0;
  std::vector<double> slide_offsets;  // empty without loop
  bool moving = false;
  bool settled = false;
};
CarouselFrame carousel_frame(CarouselState& state, double now_ms);

// Attributes and texts for the current target.
struct CarouselStatus {
  int snap = 0;
  int page = 0;
  int pages = 0;
  int slides = 0;
  bool can_previous = false;
  bool can_next = false;
  bool page_buttons = false;        // one button per page; a long list gets none
  bool controls_visible = false;    // false when everything fits: nowhere to go
  SlideFlags inert;          // per slide, at the resting place
  std::vector<int> preload_slides;  // the next page's, so it shows loaded
  bool live_polite = true;          // aria-live: off while rotating by itself
  bool autoplay_button = false;
  bool autoplay_shows_pause = false;
  bool autoplay_running = false;
  const char* loop_mode = "off";    // "seamless", "rewind" (loop asked, too few) or "off"
};
CarouselStatus carousel_status(const CarouselState& state);

// Where the view rests, for the live region: "Tin 3–5 trên 8" ("" without slides).
std::string carousel_position_text(const CarouselState& state);

// The announcement owed once the motion settled ("" when none), cleared by reading.
std::string carousel_take_announcement(CarouselState& state);

// Beyond this many pages, numbered page buttons would be a wall of buttons;
// previous/next and the position text remain. Fewer are shown when the row
// cannot hold them beside previous/next: each control takes a 44 px target
// plus a 4 px gap (at the default 16 px root size).
inline constexpr int kMaxPageButtons = 12;
inline constexpr double kControlSlotPx = 48;

// How far past an end a drag may pull without loop, as a share of the pull.
inline constexpr double kEdgeResistance = 0.3;

}  // namespace pw
