#pragma once

namespace pw {

// The carousel's automatic rotation: the WAI-ARIA carousel pattern plus the
// portal rule that nothing moves by itself without a control to stop it.
//
// Rules:
// - Off until `enable`; then it rotates and a pause/play button is shown.
// - Hover pauses, leaving resumes. The adapter reports mouse hover only
//   (touch has no hover); a mouse press on "play" while hovering therefore
//   rotates once the pointer leaves.
// - Any focus landing inside the carousel, the button included, stops it for
//   good: only `play_pressed` restarts it, even with focus still inside.
// - A hidden tab or an off-screen carousel pauses it; it resumes when both
//   are visible again, unless stopped.
// - prefers-reduced-motion: it never starts by itself, and turning the
//   setting on stops it. The button stays, showing "play": the reader's
//   explicit press wins and rotates (slides then jump, see easing.h).
//
// The adapter starts a fresh timer of autoplay_delay_ms whenever
// autoplay_running turns true, cancels it when it turns false, and on each
// expiry sends `tick` and shows the next slide if the result has `advance`.

inline constexpr double kAutoplayDelayMs = 5'000;
inline constexpr double kMinAutoplayDelayMs = 2'000;   // time to read a headline
inline constexpr double kMaxAutoplayDelayMs = 60'000;

enum class AutoplayEvent {
  enable,
  play_pressed,
  pause_pressed,
  hover_in,
  hover_out,
  focus_in,
  focus_out,
  hidden,
  visible,
  offscreen,
  onscreen,
  reduced_motion_on,
  reduced_motion_off,
  tick,
};

struct AutoplayState {
  bool enabled = false;
  bool stopped = false;        // by the pause button or by focus
  bool reader_played = false;  // pressed play: wins over prefers-reduced-motion
  bool hovered = false;
  bool hidden = false;
  bool offscreen = false;
  bool reduced_motion = false;
  bool advance = false;        // output of a tick: show the next slide now
};

AutoplayState autoplay_on(AutoplayState state, AutoplayEvent event);

// The timer should run.
bool autoplay_running(const AutoplayState& state);

// The pause/play button exists (whenever autoplay is enabled).
bool autoplay_button_visible(const AutoplayState& state);

// The button offers "pause" while rotation is wanted, even if hover or
// visibility holds it for a moment; "play" once stopped or never started.
bool autoplay_button_shows_pause(const AutoplayState& state);

// aria-live: "off" while slides change by themselves, "polite" otherwise, so
// a change the reader asked for is announced.
bool announcements_polite(const AutoplayState& state);

// The delay between slides from the option (ms): 5 s when absent (NaN),
// within [2 s, 60 s].
double autoplay_delay_ms(double option_ms);

}  // namespace pw
