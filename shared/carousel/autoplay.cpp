#include "carousel/autoplay.h"

#include <algorithm>
#include <cmath>

namespace pw {

AutoplayState autoplay_on(AutoplayState state, AutoplayEvent event) {
  state.advance = false;
  switch (event) {
    case AutoplayEvent::enable:
      state.enabled = true;
      break;
    case AutoplayEvent::play_pressed:
      if (!state.enabled) break;
      state.stopped = false;
      state.reader_played = true;
      break;
    case AutoplayEvent::pause_pressed:
    case AutoplayEvent::focus_in:
      state.stopped = true;
      state.reader_played = false;
      break;
    case AutoplayEvent::focus_out:
      break;  // no automatic restart
    case AutoplayEvent::hover_in:
      state.hovered = true;
      break;
    case AutoplayEvent::hover_out:
      state.hovered = false;
      break;
    case AutoplayEvent::hidden:
      state.hidden = true;
      break;
    case AutoplayEvent::visible:
      state.hidden = false;
      break;
    case AutoplayEvent::offscreen:
      state.offscreen = true;
      break;
    case AutoplayEvent::onscreen:
      state.offscreen = false;
      break;
    case AutoplayEvent::reduced_motion_on:
      // The newer wish: a play pressed before the setting changed is void.
      state.reduced_motion = true;
      state.reader_played = false;
      break;
    case AutoplayEvent::reduced_motion_off:
      state.reduced_motion = false;
      break;
    case AutoplayEvent::tick:
      state.advance = autoplay_running(state);  // a stale timer moves nothing
      break;
  }
  return state;
}

bool autoplay_button_shows_pause(const AutoplayState& state) {
  return state.enabled && !state.stopped && (!state.reduced_motion || state.reader_played);
}

bool autoplay_running(const AutoplayState& state) {
  return autoplay_button_shows_pause(state) && !state.hovered && !state.hidden &&
         !state.offscreen;
}

bool autoplay_button_visible(const AutoplayState& state) { return state.enabled; }

bool announcements_polite(const AutoplayState& state) { return !autoplay_running(state); }

double autoplay_delay_ms(double option_ms) {
  if (std::isnan(option_ms)) return kAutoplayDelayMs;
  return std::clamp(option_ms, kMinAutoplayDelayMs, kMaxAutoplayDelayMs);
}

}  // namespace pw
