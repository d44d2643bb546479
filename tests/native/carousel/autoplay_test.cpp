#include "carousel/autoplay.h"

#include <gtest/gtest.h>

#include <cmath>
#include <initializer_list>

namespace pw {

using E = AutoplayEvent;

AutoplayState run(std::initializer_list<AutoplayEvent> events, AutoplayState state = {}) {
  for (const AutoplayEvent event : events) state = autoplay_on(state, event);
  return state;
}

const AutoplayState kRotating = run({E::enable});
const AutoplayState kStoppedByFocus = run({E::enable, E::focus_in});
// A reader whose system asks for less motion, on a page that enables autoplay.
const AutoplayState kReducedMotionReader = run({E::reduced_motion_on, E::enable});

TEST(CarouselAutoplay, IsOffByDefaultWithNoButton) {
  const AutoplayState fresh{};
  EXPECT_FALSE(autoplay_running(fresh));
  EXPECT_FALSE(autoplay_button_visible(fresh));
  EXPECT_FALSE(autoplay_button_shows_pause(fresh));
  EXPECT_TRUE(announcements_polite(fresh));
  EXPECT_FALSE(autoplay_on(fresh, E::tick).advance);
  EXPECT_FALSE(autoplay_running(run({E::play_pressed})));  // no button, no play
}

TEST(CarouselAutoplay, EnablingRotatesWithAPauseButtonAndSilentAnnouncements) {
  EXPECT_TRUE(autoplay_running(kRotating));
  EXPECT_TRUE(autoplay_button_visible(kRotating));
  EXPECT_TRUE(autoplay_button_shows_pause(kRotating));
  EXPECT_FALSE(announcements_polite(kRotating));
}

TEST(CarouselAutoplay, EachTickWhileRotatingAdvancesOnce) {
  const AutoplayState ticked = autoplay_on(kRotating, E::tick);
  EXPECT_TRUE(ticked.advance);
  EXPECT_FALSE(autoplay_on(ticked, E::hover_out).advance);  // an output, not a mode
}

TEST(CarouselAutoplay, AStaleTickWhilePausedMovesNothing) {
  EXPECT_FALSE(run({E::hover_in, E::tick}, kRotating).advance);
  EXPECT_FALSE(run({E::tick}, kStoppedByFocus).advance);
  EXPECT_FALSE(run({E::tick}, kReducedMotionReader).advance);
}

TEST(CarouselAutoplay, HoverPausesAndLeavingResumes) {
  const AutoplayState hovered = autoplay_on(kRotating, E::hover_in);
  EXPECT_FALSE(autoplay_running(hovered));
  EXPECT_TRUE(autoplay_button_shows_pause(hovered));  // still the reader's way to stop
  EXPECT_TRUE(announcements_polite(hovered));         // arrows clicked now are announced
  EXPECT_TRUE(autoplay_running(autoplay_on(hovered, E::hover_out)));
}

TEST(CarouselAutoplay, FocusInsideStopsWithNoAutomaticRestart) {
  EXPECT_FALSE(autoplay_running(kStoppedByFocus));
  EXPECT_FALSE(autoplay_button_shows_pause(kStoppedByFocus));
  EXPECT_TRUE(announcements_polite(kStoppedByFocus));
  const AutoplayState later =
      run({E::focus_out, E::hover_in, E::hover_out, E::hidden, E::visible}, kStoppedByFocus);
  EXPECT_FALSE(autoplay_running(later));
}

TEST(CarouselAutoplay, OnlyThePlayButtonRestartsEvenWithFocusStillInside) {
  const AutoplayState played = autoplay_on(kStoppedByFocus, E::play_pressed);
  EXPECT_TRUE(autoplay_running(played));
  EXPECT_TRUE(autoplay_button_shows_pause(played));
  EXPECT_FALSE(autoplay_running(autoplay_on(played, E::focus_in)));  // Tab onward stops again
}

TEST(CarouselAutoplay, AMouseClickOnPlayRotatesOnceThePointerLeaves) {
  // mousedown focuses the button, click presses it, all while hovering.
  const AutoplayState clicked = run({E::hover_in, E::focus_in, E::play_pressed}, kRotating);
  EXPECT_FALSE(autoplay_running(clicked));
  EXPECT_TRUE(autoplay_button_shows_pause(clicked));
  EXPECT_TRUE(autoplay_running(autoplay_on(clicked, E::hover_out)));
}

TEST(CarouselAutoplay, ThePauseButtonStopsUntilPlayIsPressed) {
  const AutoplayState paused = autoplay_on(kRotating, E::pause_pressed);
  EXPECT_FALSE(autoplay_running(paused));
  EXPECT_FALSE(autoplay_button_shows_pause(paused));
  EXPECT_FALSE(autoplay_running(run({E::offscreen, E::onscreen, E::enable}, paused)));
  EXPECT_TRUE(autoplay_running(autoplay_on(paused, E::play_pressed)));
}

TEST(CarouselAutoplay, AHiddenTabOrOffScreenCarouselPausesUntilBothAreVisible) {
  const AutoplayState away = run({E::hidden, E::offscreen}, kRotating);
  EXPECT_FALSE(autoplay_running(away));
  EXPECT_TRUE(autoplay_button_shows_pause(away));
  EXPECT_FALSE(autoplay_running(autoplay_on(away, E::visible)));
  EXPECT_FALSE(autoplay_running(autoplay_on(away, E::onscreen)));
  EXPECT_TRUE(autoplay_running(run({E::visible, E::onscreen}, away)));
}

TEST(CarouselAutoplay, ComingBackIntoViewDoesNotUndoAStop) {
  const AutoplayState stopped = run({E::hidden, E::pause_pressed, E::visible}, kRotating);
  EXPECT_FALSE(autoplay_running(stopped));
}

TEST(CarouselAutoplay, ACarouselMountedInAHiddenTabWaitsForIt) {
  const AutoplayState mounted = run({E::hidden, E::enable});
  EXPECT_FALSE(autoplay_running(mounted));
  EXPECT_TRUE(autoplay_running(autoplay_on(mounted, E::visible)));
}

TEST(CarouselAutoplay, ReducedMotionNeverStartsByItselfButKeepsThePlayButton) {
  EXPECT_FALSE(autoplay_running(kReducedMotionReader));
  EXPECT_TRUE(autoplay_button_visible(kReducedMotionReader));
  EXPECT_FALSE(autoplay_button_shows_pause(kReducedMotionReader));
  EXPECT_TRUE(announcements_polite(kReducedMotionReader));
  // The order in which the adapter learns the two facts does not matter.
  EXPECT_FALSE(autoplay_running(run({E::enable, E::reduced_motion_on})));
}

TEST(CarouselAutoplay, UnderReducedMotionTheReadersExplicitPressWins) {
  const AutoplayState chosen = autoplay_on(kReducedMotionReader, E::play_pressed);
  EXPECT_TRUE(autoplay_running(chosen));
  EXPECT_TRUE(autoplay_button_shows_pause(chosen));
  EXPECT_FALSE(autoplay_running(autoplay_on(chosen, E::pause_pressed)));
  EXPECT_FALSE(autoplay_running(autoplay_on(chosen, E::focus_in)));
}

TEST(CarouselAutoplay, TurningReducedMotionOnStopsEvenAnEarlierPress) {
  const AutoplayState pressed = run({E::pause_pressed, E::play_pressed}, kRotating);
  EXPECT_FALSE(autoplay_running(autoplay_on(pressed, E::reduced_motion_on)));
}

TEST(CarouselAutoplay, TurningReducedMotionOffRestoresTheDefaultUnlessStopped) {
  EXPECT_TRUE(autoplay_running(autoplay_on(kReducedMotionReader, E::reduced_motion_off)));
  const AutoplayState stopped = autoplay_on(kReducedMotionReader, E::focus_in);
  EXPECT_FALSE(autoplay_running(autoplay_on(stopped, E::reduced_motion_off)));
}

TEST(CarouselAutoplay, FocusBeforeEnablingStillCountsAsAStop) {
  EXPECT_FALSE(autoplay_running(run({E::focus_in, E::focus_out, E::enable})));
}

TEST(CarouselAutoplay, EnablingTwiceDoesNotUndoAStop) {
  EXPECT_FALSE(autoplay_running(autoplay_on(kStoppedByFocus, E::enable)));
}

TEST(CarouselAutoplay, DelayDefaultsToFiveSecondsWithinTwoToSixty) {
  EXPECT_EQ(autoplay_delay_ms(NAN), kAutoplayDelayMs);
  EXPECT_EQ(autoplay_delay_ms(7'000), 7'000);
  EXPECT_EQ(autoplay_delay_ms(500), kMinAutoplayDelayMs);
  EXPECT_EQ(autoplay_delay_ms(-1), kMinAutoplayDelayMs);
  EXPECT_EQ(autoplay_delay_ms(3'600'000), kMaxAutoplayDelayMs);
  EXPECT_EQ(autoplay_delay_ms(INFINITY), kMaxAutoplayDelayMs);
}

}  // namespace pw
