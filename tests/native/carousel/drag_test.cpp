#include "carousel/drag.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace pw {

using Stream = std::vector<PointerSample>;  // first: pointerdown, last: pointerup

const Stream kThumbFlickLeft{  // a fast 120 px swipe in 80 ms
    {0, 200, 300}, {16, 176, 301}, {32, 152, 302}, {48, 128, 302}, {64, 104, 303}, {80, 80, 303}};
const Stream kThumbFlickRight{  // the same swipe mirrored
    {0, 80, 300}, {16, 104, 301}, {32, 128, 302}, {48, 152, 302}, {64, 176, 303}, {80, 200, 303}};
const Stream kSlowDragLeft{  // 90 px over 600 ms: reading while dragging
    {0, 300, 300},   {100, 285, 300}, {200, 270, 301}, {300, 255, 301},
    {400, 240, 302}, {500, 225, 302}, {600, 210, 302}};
const Stream kFlickThenHold{  // the fast swipe, then the thumb rests 220 ms before lifting
    {0, 200, 300}, {16, 176, 301}, {32, 152, 302}, {48, 128, 302},
    {64, 104, 303}, {80, 80, 303}, {300, 80, 303}};
const Stream kFlickThenBriefHold{  // the fast swipe, lifted 50 ms after the last move
    {0, 200, 300}, {16, 176, 301}, {32, 152, 302}, {48, 128, 302},
    {64, 104, 303}, {80, 80, 303}, {130, 80, 303}};
const Stream kPageScrollSwipe{  // thumb scrolling the article down, slight sideways drift
    {0, 200, 500}, {16, 202, 490}, {32, 204, 470}, {48, 205, 440}, {64, 206, 400}};
const Stream kDiagonalTie{  // exactly 45°: undecidable, so the page keeps it
    {0, 100, 100}, {16, 106, 106}, {32, 140, 106}};
const Stream kTap{  // a finger lands and lifts with a little jitter
    {0, 100, 100}, {40, 102, 101}, {90, 101, 103}};
const Stream kMouseClick{  // pointerdown and pointerup at the same point and time
    {1000, 640, 220}, {1000, 640, 220}};
const Stream kLongPress{  // still for 700 ms: the browser's context menu, not a tap
    {0, 100, 100}, {300, 101, 100}, {700, 101, 101}};
const Stream kThereAndBack{  // dragged 30 px, brought back to where it started
    {0, 100, 100}, {30, 130, 100}, {60, 100, 100}};
const Stream kSparseFlick{  // a slow phone delivering one move for the whole swipe
    {0, 200, 300}, {120, 80, 300}, {125, 80, 300}};
const Stream kBunchedTimestamps{  // coalesced events all stamped with the same time
    {0, 200, 300}, {0, 180, 300}, {0, 150, 300}, {0, 150, 300}};
const Stream kClockStepsBack{  // a sample stamped earlier than its predecessor
    {0, 200, 300}, {20, 180, 300}, {10, 160, 300}, {40, 140, 300}};
const Stream kImpossiblyFast{  // 100 px in 2 ms, as bunched timestamps produce
    {0, 0, 0}, {1, -50, 0}, {2, -100, 0}};

const std::vector<double> kPhoneSnaps{0, 280, 560, 840, 1120, 1400};  // 280 px items
const std::vector<double> kDesktopMixedSnaps{0, 180, 520, 700, 1000};  // variable widths

DragState follow(const Stream& stream, std::size_t count) {
  DragState state = drag_start(stream.front());
  for (std::size_t i = 1; i < count; ++i) state = drag_move(state, stream[i]);
  return state;
}

DragRelease play(const Stream& stream) {
  return drag_end(follow(stream, stream.size() - 1), stream.back());
}

Stream high_rate_mouse_drag() {  // a 1000 Hz mouse dragging left at 1 px/ms for 200 ms
  Stream stream;
  for (int t = 0; t <= 200; ++t) stream.push_back({double(t), 500.0 - t, 200});
  return stream;
}

TEST(CarouselDrag, StaysUndecidedWithinTheSlop) {
  const DragState state = drag_move(drag_start({0, 100, 100}), {10, 105, 104});  // 6.4 px
  EXPECT_EQ(state.axis, DragAxis::undecided);
  EXPECT_EQ(drag_offset(state), 0);
}

TEST(CarouselDrag, LocksHorizontalWhenSidewaysMovementDominatesAtTheSlop) {
  const DragState state = follow(kThumbFlickLeft, 2);  // 24 px left, 1 px down
  EXPECT_EQ(state.axis, DragAxis::horizontal);
  EXPECT_EQ(drag_offset(state), -24);
}

TEST(CarouselDrag, LocksVerticalSoThePageScrolls) {
  const DragState state = follow(kPageScrollSwipe, kPageScrollSwipe.size());
  EXPECT_EQ(state.axis, DragAxis::vertical);
  EXPECT_EQ(drag_offset(state), 0);
}

TEST(CarouselDrag, AnExactDiagonalGoesToThePage) {
  EXPECT_EQ(follow(kDiagonalTie, 2).axis, DragAxis::vertical);
}

TEST(CarouselDrag, TheLockHoldsWhateverThePointerDoesNext) {
  EXPECT_EQ(follow(kDiagonalTie, 3).axis, DragAxis::vertical);  // then 34 px sideways
  DragState sideways = follow(kThumbFlickLeft, 2);
  sideways = drag_move(sideways, {40, 150, 500});  // then 200 px down
  EXPECT_EQ(sideways.axis, DragAxis::horizontal);
  EXPECT_EQ(drag_offset(sideways), -50);
}

TEST(CarouselDrag, TheTrackFollowsFromTheFirstSampleSoNothingJumpsAtTheLock) {
  DragState state = drag_start({0, 100, 100});
  state = drag_move(state, {10, 95, 100});
  EXPECT_EQ(drag_offset(state), 0);
  state = drag_move(state, {20, 91, 100});
  EXPECT_EQ(drag_offset(state), -9);
}

TEST(CarouselDrag, FlickVelocityIsTheMeanOverTheGesture) {
  const DragRelease left = play(kThumbFlickLeft);
  EXPECT_TRUE(left.was_drag);
  EXPECT_FALSE(left.was_tap);
  EXPECT_DOUBLE_EQ(left.velocity, -1.5);
  EXPECT_DOUBLE_EQ(left.distance, -120);
  EXPECT_DOUBLE_EQ(play(kThumbFlickRight).velocity, 1.5);
}

TEST(CarouselDrag, VelocityCountsOnlyTheLastHundredMilliseconds) {
  // The first 500 ms do not matter: 15 px per 100 ms.
  EXPECT_DOUBLE_EQ(play(kSlowDragLeft).velocity, -0.15);
  // 200 samples from a fast mouse overflow the sample store: still 1 px/ms.
  EXPECT_NEAR(play(high_rate_mouse_drag()).velocity, -1.0, 1e-9);
}

TEST(CarouselDrag, HoldingStillBeforeLiftingKillsTheFlick) {
  EXPECT_EQ(play(kFlickThenHold).velocity, 0);
  EXPECT_TRUE(play(kFlickThenHold).was_drag);
}

TEST(CarouselDrag, ABriefHoldOnlyWeakensTheFlick) {
  // Position at t = 30 interpolated between the samples at 16 and 32: 155.
  EXPECT_DOUBLE_EQ(play(kFlickThenBriefHold).velocity, (80 - 155) / 100.0);
}

TEST(CarouselDrag, ASingleSampleOrEqualTimestampsGiveNoVelocity) {
  EXPECT_EQ(play(kMouseClick).velocity, 0);
  const DragRelease bunched = play(kBunchedTimestamps);
  EXPECT_TRUE(bunched.was_drag);
  EXPECT_EQ(bunched.velocity, 0);
  EXPECT_EQ(bunched.distance, -50);
}

TEST(CarouselDrag, ASparseSwipeInterpolatesAcrossTheWindowEdge) {
  // x at t = 25 is 175 on the line from (0, 200) to (120, 80).
  EXPECT_DOUBLE_EQ(play(kSparseFlick).velocity, (80 - 175) / 100.0);
}

TEST(CarouselDrag, ATimeGoingBackIsTakenAsSimultaneous) {
  const DragRelease release = play(kClockStepsBack);
  EXPECT_DOUBLE_EQ(release.velocity, -60 / 40.0);
  EXPECT_EQ(follow(kClockStepsBack, 3).last.t_ms, 20);
}

TEST(CarouselDrag, VelocityIsCappedAtAHumanMaximum) {
  EXPECT_EQ(play(kImpossiblyFast).velocity, -kMaxDragVelocity);
}

TEST(CarouselDrag, ATapFollowsTheLink) {
  const DragRelease tap = play(kTap);
  EXPECT_TRUE(tap.was_tap);
  EXPECT_FALSE(tap.was_drag);
  EXPECT_EQ(tap.velocity, 0);
  EXPECT_EQ(tap.distance, 0);
  EXPECT_TRUE(play(kMouseClick).was_tap);
}

TEST(CarouselDrag, ALongPressIsNeitherTapNorDrag) {
  const DragRelease press = play(kLongPress);
  EXPECT_FALSE(press.was_tap);
  EXPECT_FALSE(press.was_drag);
}

TEST(CarouselDrag, DraggingAwayAndBackIsADragNotATap) {
  const DragRelease back = play(kThereAndBack);
  EXPECT_FALSE(back.was_tap);
  EXPECT_TRUE(back.was_drag);
  EXPECT_EQ(back.distance, 0);
}

TEST(CarouselDrag, TheReleaseSampleCanStillLockTheAxis) {
  const DragRelease release = drag_end(drag_start({0, 100, 100}), {30, 70, 101});
  EXPECT_TRUE(release.was_drag);
  EXPECT_EQ(release.distance, -30);
}

TEST(CarouselDrag, AVerticalGestureIsLeftToThePage) {
  const DragRelease scroll = play(kPageScrollSwipe);
  EXPECT_FALSE(scroll.was_tap);
  EXPECT_FALSE(scroll.was_drag);
  EXPECT_EQ(scroll.velocity, 0);
  EXPECT_EQ(scroll.distance, 0);
}

TEST(CarouselDrag, ASecondPointerEndsTheDragWhereItIsWithoutMomentum) {
  const DragRelease cancelled = drag_cancel(follow(kThumbFlickLeft, 4));
  EXPECT_TRUE(cancelled.was_drag);  // the link under it is not followed
  EXPECT_FALSE(cancelled.was_tap);
  EXPECT_EQ(cancelled.velocity, 0);
  EXPECT_EQ(cancelled.distance, -72);
  // From snap 1 dragged 72 px forward: back to the nearest, snap 1.
  EXPECT_EQ(release_target(kPhoneSnaps, 280 + 72, cancelled.velocity), 1);
}

TEST(CarouselDrag, CancellingBeforeTheLockIsNeitherTapNorDrag) {
  const DragRelease cancelled = drag_cancel(follow(kTap, 2));
  EXPECT_FALSE(cancelled.was_tap);
  EXPECT_FALSE(cancelled.was_drag);
}

TEST(CarouselDrag, UnreadableSamplesAreIgnoredAndAnUnreadableStartIsLeftToThePage) {
  const DragState lost = drag_start({NAN, 1, 1});
  EXPECT_EQ(lost.axis, DragAxis::vertical);
  EXPECT_EQ(drag_offset(drag_move(lost, {10, -100, 1})), 0);
  EXPECT_FALSE(drag_end(lost, {20, -200, 1}).was_tap);

  DragState state = follow(kThumbFlickLeft, 3);
  state = drag_move(state, {40, INFINITY, 300});
  state = drag_move(state, {NAN, 0, 300});
  EXPECT_EQ(drag_offset(state), -48);
}

TEST(CarouselDrag, SamplesFartherThanAnyScreenAreIgnoredLikeUnreadableOnes) {
  EXPECT_EQ(drag_start({0, 1e8, 1}).axis, DragAxis::vertical);
  EXPECT_EQ(drag_start({2e15, 1, 1}).axis, DragAxis::vertical);
  DragState state = follow(kThumbFlickLeft, 3);
  state = drag_move(state, {40, -4.85e180, 300});
  state = drag_move(state, {41, 1e7 + 1, 300});
  EXPECT_EQ(drag_offset(state), -48);
}

TEST(ReleaseTarget, ASlowReleaseSnapsToTheNearestItem) {
  EXPECT_EQ(release_target(kPhoneSnaps, 400, -0.1), 1);
  EXPECT_EQ(release_target(kPhoneSnaps, 430, -0.1), 2);
  EXPECT_EQ(release_target(kPhoneSnaps, 430, 0.29), 2);  // just under the threshold
}

TEST(ReleaseTarget, AFlickMovesAtLeastOneItemInItsDirection) {
  EXPECT_EQ(release_target(kPhoneSnaps, 290, -kFlickVelocity), 2);  // dragged only 10 px
  EXPECT_EQ(release_target(kPhoneSnaps, 540, 0.5), 1);              // back by 20 px
  EXPECT_EQ(release_target(kPhoneSnaps, 280, -0.4), 2);              // not moved at all
  EXPECT_EQ(release_target(kPhoneSnaps, 279.8, -0.4), 2);            // sub-pixel short of 280
}

TEST(ReleaseTarget, ALeftFlickOfTheThumbShowsTheNextItem) {
  const DragRelease flick = play(kThumbFlickLeft);
  const double scroll = 280 - flick.distance;  // content moves opposite to the finger
  EXPECT_EQ(release_target(kPhoneSnaps, scroll, flick.velocity), 2);
  const DragRelease back = play(kThumbFlickRight);
  EXPECT_EQ(release_target(kPhoneSnaps, 560 - back.distance, back.velocity), 1);
}

TEST(ReleaseTarget, AVeryFastFlickCarriesOverSeveralItems) {
  // 3 px/ms glides 900 px: from 300 it aims at 1200, nearest item 1120.
  EXPECT_EQ(release_target(kPhoneSnaps, 300, -3), 4);
  EXPECT_EQ(release_target(kPhoneSnaps, 1100, 3), 1);  // aims at 200, nearest item 280
  EXPECT_EQ(release_target(kDesktopMixedSnaps, 190, -2), 2);  // aims at 590
}

TEST(ReleaseTarget, NeverPastTheFirstOrLastItem) {
  EXPECT_EQ(release_target(kPhoneSnaps, 1300, -kMaxDragVelocity), 5);
  EXPECT_EQ(release_target(kPhoneSnaps, 1400, -2), 5);
  EXPECT_EQ(release_target(kPhoneSnaps, 1460, -2), 5);  // pulled past the end
  EXPECT_EQ(release_target(kPhoneSnaps, 1460, 0.5), 5);  // and flicked back
  EXPECT_EQ(release_target(kPhoneSnaps, 0, 2), 0);
  EXPECT_EQ(release_target(kPhoneSnaps, -40, 1e9), 0);
}

TEST(ReleaseTarget, TheFlickThresholdCanBeRaised) {
  EXPECT_EQ(release_target(kPhoneSnaps, 300, -0.5, 1.0), 1);
  EXPECT_EQ(release_target(kPhoneSnaps, 300, -0.5, NAN), 2);  // unreadable: the default
}

TEST(ReleaseTarget, DegenerateInputsGiveASafeAnswer) {
  EXPECT_EQ(release_target({}, 100, -2), -1);
  EXPECT_EQ(release_target({0}, 100, -2), 0);
  EXPECT_EQ(release_target(kPhoneSnaps, NAN, -2), 0);
  EXPECT_EQ(release_target(kPhoneSnaps, 600, NAN), 2);  // no velocity: nearest
  EXPECT_EQ(release_target({0, NAN, 560}, 300, -1), 2);
  EXPECT_EQ(release_target({0, NAN, 560}, 300, 0), 2);
}

}  // namespace pw
