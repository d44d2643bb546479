#include "gallery/lightbox_gesture.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace pw {

// A pointer stream: which pointer, what it did, where and when.
enum class Act { down, move, up };
struct Event {
  int id;
  Act act;
  PointerSample sample;
};
using Stream = std::vector<Event>;
using Kind = GestureOutput::Kind;

const GestureContext kPhoneAtFit{{360, 640}, false};
const GestureContext kPhoneZoomedIn{{360, 640}, true};
const GestureContext kEmptyViewport{{0, 0}, false};

const Stream kTap{{1, Act::down, {0, 180, 300}}, {1, Act::move, {40, 182, 302}},
                  {1, Act::up, {80, 182, 302}}};
const Stream kSecondTapNearby{{1, Act::down, {200, 190, 310}}, {1, Act::up, {260, 190, 310}}};
const Stream kSecondTapTooLate{{1, Act::down, {500, 180, 300}}, {1, Act::up, {560, 180, 300}}};
const Stream kSecondTapFarAway{{1, Act::down, {200, 260, 300}}, {1, Act::up, {260, 260, 300}}};
const Stream kLongPress{{1, Act::down, {0, 180, 300}}, {1, Act::up, {700, 181, 300}}};
const Stream kSwipeLeftFar{  // 100 px in 500 ms: slow but past 20 % of 360
    {1, Act::down, {0, 300, 300}}, {1, Act::move, {100, 280, 301}}, {1, Act::move, {300, 240, 302}},
    {1, Act::move, {500, 200, 302}}, {1, Act::up, {600, 200, 302}}};
const Stream kSwipeRightFar{
    {1, Act::down, {0, 60, 300}}, {1, Act::move, {100, 80, 301}}, {1, Act::move, {300, 120, 302}},
    {1, Act::move, {500, 160, 302}}, {1, Act::up, {600, 160, 302}}};
const Stream kShortFlickLeft{  // 48 px in 80 ms: short but fast
    {1, Act::down, {0, 200, 300}}, {1, Act::move, {16, 188, 300}}, {1, Act::move, {32, 176, 300}},
    {1, Act::move, {48, 164, 300}}, {1, Act::move, {64, 152, 300}}, {1, Act::up, {80, 152, 300}}};
const Stream kShortSlowDragRight{  // 40 px in 400 ms: neither far nor fast
    {1, Act::down, {0, 100, 300}}, {1, Act::move, {200, 120, 300}}, {1, Act::move, {400, 140, 300}},
    {1, Act::up, {500, 140, 300}}};
const Stream kFarThenFlickBack{  // dragged 140 px left, held, then flicked back 45 px right
    {1, Act::down, {0, 300, 300}}, {1, Act::move, {200, 160, 300}}, {1, Act::move, {260, 160, 300}},
    {1, Act::move, {276, 175, 300}}, {1, Act::move, {292, 195, 300}}, {1, Act::up, {300, 205, 300}}};
const Stream kDragDownFar{  // 200 px down in 600 ms: past 25 % of 640
    {1, Act::down, {0, 180, 200}}, {1, Act::move, {100, 182, 240}}, {1, Act::move, {400, 184, 360}},
    {1, Act::move, {600, 185, 400}}, {1, Act::up, {800, 185, 400}}};
const Stream kFlickDownShort{  // 60 px in 60 ms
    {1, Act::down, {0, 180, 200}}, {1, Act::move, {20, 180, 220}}, {1, Act::move, {40, 180, 240}},
    {1, Act::move, {60, 180, 260}}, {1, Act::up, {60, 180, 260}}};
const Stream kDragDownALittle{  // 60 px over 600 ms
    {1, Act::down, {0, 180, 200}}, {1, Act::move, {300, 180, 230}}, {1, Act::move, {600, 180, 260}},
    {1, Act::up, {700, 180, 260}}};
const Stream kDragUp{{1, Act::down, {0, 180, 400}}, {1, Act::move, {50, 181, 380}},
                     {1, Act::move, {100, 182, 300}}, {1, Act::up, {150, 182, 300}}};
const Stream kZoomedPanFlick{  // diagonal flick of 1 px/ms on each axis
    {1, Act::down, {0, 200, 300}}, {1, Act::move, {20, 180, 280}}, {1, Act::move, {40, 160, 260}},
    {1, Act::move, {60, 140, 240}}, {1, Act::move, {80, 120, 220}}, {1, Act::up, {100, 100, 200}}};
const Stream kTwoFingerPinchOut{  // 100 px apart to 200 px, around (180, 320)
    {1, Act::down, {0, 130, 320}}, {2, Act::down, {5, 230, 320}}, {1, Act::move, {20, 105, 320}},
    {2, Act::move, {20, 255, 320}}, {1, Act::move, {40, 80, 320}}, {2, Act::move, {40, 280, 320}},
    {1, Act::up, {60, 80, 320}}, {2, Act::up, {70, 280, 320}}};
const Stream kSecondPointerMidSwipe{  // swiping left 60 px, then a second finger lands
    {1, Act::down, {0, 250, 300}}, {1, Act::move, {30, 220, 300}}, {1, Act::move, {60, 190, 300}},
    {2, Act::down, {80, 90, 300}}, {2, Act::move, {100, 70, 300}}, {2, Act::up, {130, 70, 300}},
    {1, Act::move, {150, 200, 310}}, {1, Act::up, {170, 210, 320}}};
const Stream kThreeFingers{{1, Act::down, {0, 100, 300}}, {2, Act::down, {0, 200, 300}},
                           {3, Act::down, {0, 300, 300}}, {3, Act::move, {20, 0, 0}}};
const Stream kBunchedTimestamps{  // coalesced events all stamped alike
    {1, Act::down, {0, 300, 300}}, {1, Act::move, {0, 250, 300}}, {1, Act::move, {0, 150, 300}},
    {1, Act::up, {0, 150, 300}}};

// The recogniser as a function of its state, so a test can branch from one.
struct Step {
  LightboxGestureState state;
  GestureOutput output;
};
Step down(LightboxGestureState state, int id, PointerSample sample, const GestureContext& c) {
  const GestureOutput output = gesture_down(state, id, sample, c);
  return {state, output};
}
Step move(LightboxGestureState state, int id, PointerSample sample, const GestureContext& c) {
  const GestureOutput output = gesture_move(state, id, sample, c);
  return {state, output};
}
Step up(LightboxGestureState state, int id, PointerSample sample, const GestureContext& c) {
  const GestureOutput output = gesture_up(state, id, sample, c);
  return {state, output};
}
Step cancel(LightboxGestureState state) {
  const GestureOutput output = gesture_cancel(state);
  return {state, output};
}
Step confirmed(LightboxGestureState state, double now_ms) {
  const GestureOutput output = tap_confirmed(state, now_ms);
  return {state, output};
}

struct Played {
  LightboxGestureState state;
  std::vector<GestureOutput> outputs;  // one per event
};

Played play(const Stream& stream, const GestureContext& context,
            LightboxGestureState state = {}) {
  Played played{state, {}};
  for (const Event& e : stream) {
    GestureOutput output;
    if (e.act == Act::down) output = gesture_down(played.state, e.id, e.sample, context);
    if (e.act == Act::move) output = gesture_move(played.state, e.id, e.sample, context);
    if (e.act == Act::up) output = gesture_up(played.state, e.id, e.sample, context);
    played.outputs.push_back(output);
  }
  return played;
}

GestureOutput last(const Played& played) { return played.outputs.back(); }

bool finite(const GestureOutput& o) {
  for (const double v : {o.dx, o.dy, o.scale, o.centre.x, o.centre.y, o.origin.x,
                         o.origin.y, o.velocity.x, o.velocity.y}) {
    if (!std::isfinite(v)) return false;
  }
  return true;
}

TEST(LightboxGesture, ATapWaitsForTheDoubleTapWindowBeforeCounting) {
  const Played tap = play(kTap, kPhoneAtFit);
  EXPECT_EQ(last(tap).kind, Kind::tap_pending);
  EXPECT_EQ(confirmed(tap.state, 300).output.kind, Kind::none);  // 220 ms after the up
  const Step tapped = confirmed(tap.state, 380);
  EXPECT_EQ(tapped.output.kind, Kind::tap);
  EXPECT_EQ(tapped.output.centre.x, 180);
  EXPECT_EQ(confirmed(tapped.state, 1000).output.kind, Kind::none);  // only once
}

TEST(LightboxGesture, TwoTapsCloseInTimeAndPlaceAreADoubleTap) {
  const Played twice = play(kSecondTapNearby, kPhoneAtFit, play(kTap, kPhoneAtFit).state);
  EXPECT_EQ(twice.outputs[0].kind, Kind::none);
  EXPECT_EQ(last(twice).kind, Kind::double_tap);
  EXPECT_EQ(last(twice).centre.x, 190);
  EXPECT_EQ(confirmed(twice.state, 2000).output.kind, Kind::none);  // the first is consumed
}

TEST(LightboxGesture, ALateOrDistantSecondTapConfirmsTheFirstAtOnce) {
  const Played late = play(kSecondTapTooLate, kPhoneAtFit, play(kTap, kPhoneAtFit).state);
  EXPECT_EQ(late.outputs[0].kind, Kind::tap);
  EXPECT_EQ(last(late).kind, Kind::tap_pending);
  const Played far = play(kSecondTapFarAway, kPhoneAtFit, play(kTap, kPhoneAtFit).state);
  EXPECT_EQ(far.outputs[0].kind, Kind::tap);
  EXPECT_EQ(far.outputs[0].centre.x, 180);
}

TEST(LightboxGesture, ALongPressIsNoTap) {
  EXPECT_EQ(last(play(kLongPress, kPhoneAtFit)).kind, Kind::none);
}

TEST(LightboxGesture, TheStripFollowsASwipeFromItsFirstSample) {
  const Played swipe = play(kSwipeLeftFar, kPhoneAtFit);
  EXPECT_EQ(swipe.outputs[1].kind, Kind::swipe_progress);
  EXPECT_EQ(swipe.outputs[1].dx, -20);
  EXPECT_EQ(swipe.outputs[3].dx, -100);
}

TEST(LightboxGesture, ASwipePastAFifthOfTheWidthChangesPhoto) {
  EXPECT_EQ(last(play(kSwipeLeftFar, kPhoneAtFit)).kind, Kind::swipe_commit_next);
  EXPECT_EQ(last(play(kSwipeRightFar, kPhoneAtFit)).kind, Kind::swipe_commit_previous);
}

TEST(LightboxGesture, AShortFastFlickChangesPhoto) {
  const GestureOutput flick = last(play(kShortFlickLeft, kPhoneAtFit));
  EXPECT_EQ(flick.kind, Kind::swipe_commit_next);
  EXPECT_DOUBLE_EQ(flick.velocity.x, -48.0 / 80);
}

TEST(LightboxGesture, AShortSlowDragSpringsBack) {
  const GestureOutput back = last(play(kShortSlowDragRight, kPhoneAtFit));
  EXPECT_EQ(back.kind, Kind::swipe_cancel);
  EXPECT_EQ(back.dx, 40);
}

TEST(LightboxGesture, AFlickBackAgainstTheDragCancelsIt) {
  const GestureOutput release = last(play(kFarThenFlickBack, kPhoneAtFit));
  EXPECT_EQ(release.kind, Kind::swipe_cancel);  // still 95 px out, past a fifth
  EXPECT_DOUBLE_EQ(release.velocity.x, 0.45);
}

TEST(LightboxGesture, DraggingDownFadesTheBackgroundAndClosesPastAQuarter) {
  const Played drag = play(kDragDownFar, kPhoneAtFit);
  EXPECT_EQ(drag.outputs[1].kind, Kind::close_progress);
  EXPECT_EQ(drag.outputs[1].dy, 40);
  EXPECT_EQ(last(drag).kind, Kind::close);
  EXPECT_EQ(last(drag).dy, 200);
}

TEST(LightboxGesture, AFastFlickDownClosesEvenIfShort) {
  EXPECT_EQ(last(play(kFlickDownShort, kPhoneAtFit)).kind, Kind::close);
}

TEST(LightboxGesture, AShortSlowDragDownSpringsBack) {
  EXPECT_EQ(last(play(kDragDownALittle, kPhoneAtFit)).kind, Kind::close_cancel);
}

TEST(LightboxGesture, DraggingUpDoesNothing) {
  for (const GestureOutput& o : play(kDragUp, kPhoneAtFit).outputs) EXPECT_EQ(o.kind, Kind::none);
}

TEST(LightboxGesture, ZoomedInEveryDragPansByDeltasAndAFlickGivesInertia) {
  const Played pan = play(kZoomedPanFlick, kPhoneZoomedIn);
  EXPECT_EQ(pan.outputs[1].kind, Kind::pan);
  EXPECT_EQ(pan.outputs[1].dx, -20);  // counted from the down: nothing jumps at the slop
  EXPECT_EQ(pan.outputs[2].dx, -20);
  EXPECT_EQ(pan.outputs[2].dy, -20);
  const GestureOutput release = last(pan);
  EXPECT_EQ(release.kind, Kind::pan_release);
  EXPECT_EQ(release.dx, -20);  // the up's own movement
  EXPECT_DOUBLE_EQ(release.velocity.x, -1);
  EXPECT_DOUBLE_EQ(release.velocity.y, -1);
  // A swipe stream pans too when zoomed.
  EXPECT_EQ(last(play(kSwipeLeftFar, kPhoneZoomedIn)).kind, Kind::pan_release);
}

TEST(LightboxGesture, APinchReportsScaleAndCentreFromItsStart) {
  const Played pinch = play(kTwoFingerPinchOut, kPhoneAtFit);
  EXPECT_EQ(pinch.outputs[1].kind, Kind::pinch_start);
  EXPECT_EQ(pinch.outputs[1].scale, 1);
  EXPECT_EQ(pinch.outputs[1].origin.x, 180);
  EXPECT_EQ(pinch.outputs[3].kind, Kind::pinch);
  EXPECT_DOUBLE_EQ(pinch.outputs[3].scale, 1.5);
  EXPECT_DOUBLE_EQ(pinch.outputs[5].scale, 2);
  EXPECT_EQ(pinch.outputs[5].centre.x, 180);
  EXPECT_EQ(pinch.outputs[5].centre.y, 320);
  EXPECT_EQ(pinch.outputs[6].kind, Kind::none);  // one finger lifted: no settling yet
  EXPECT_EQ(last(pinch).kind, Kind::pinch_end);
  EXPECT_EQ(last(pinch).centre.x, 180);
  EXPECT_EQ(confirmed(pinch.state, 5000).output.kind, Kind::none);
}

TEST(LightboxGesture, ASecondPointerMidSwipeBecomesAPinchWithoutAJump) {
  const Played played = play(kSecondPointerMidSwipe, kPhoneAtFit);
  EXPECT_EQ(played.outputs[2].kind, Kind::swipe_progress);
  const GestureOutput start = played.outputs[3];
  EXPECT_EQ(start.kind, Kind::pinch_start);
  EXPECT_EQ(start.scale, 1);            // the zoom stays where it is
  EXPECT_EQ(start.centre.x, 140);       // midway between 190 and 90
  EXPECT_EQ(played.outputs[4].kind, Kind::pinch);
  EXPECT_DOUBLE_EQ(played.outputs[4].scale, 1.2);
  // The second finger lifts: the first pans on by deltas from where it is.
  EXPECT_EQ(played.outputs[5].kind, Kind::none);
  EXPECT_EQ(played.outputs[6].kind, Kind::pan);
  EXPECT_EQ(played.outputs[6].dx, 10);
  EXPECT_EQ(played.outputs[6].dy, 10);
  const GestureOutput end = last(played);
  EXPECT_EQ(end.kind, Kind::pinch_end);  // never a photo change
  EXPECT_EQ(end.dx, 10);
}

TEST(LightboxGesture, AThirdPointerIsIgnored) {
  const Played played = play(kThreeFingers, kPhoneAtFit);
  EXPECT_EQ(played.outputs[2].kind, Kind::none);
  EXPECT_EQ(played.outputs[3].kind, Kind::none);
  EXPECT_EQ(played.state.pointer_count, 2);
  EXPECT_EQ(up(played.state, 3, {30, 0, 0}, kPhoneAtFit).output.kind, Kind::none);
}

TEST(LightboxGesture, CancellingEndsTheGestureWithoutMomentum) {
  const Played swipe = play({kSwipeLeftFar.begin(), kSwipeLeftFar.end() - 1}, kPhoneAtFit);
  const Step cancelled = cancel(swipe.state);
  EXPECT_EQ(cancelled.output.kind, Kind::swipe_cancel);
  EXPECT_EQ(cancelled.output.dx, -100);
  EXPECT_EQ(cancelled.state.pointer_count, 0);
  const Played pinch =
      play({kTwoFingerPinchOut.begin(), kTwoFingerPinchOut.begin() + 4}, kPhoneAtFit);
  EXPECT_EQ(cancel(pinch.state).output.kind, Kind::pinch_end);
  const Played pan = play({kZoomedPanFlick.begin(), kZoomedPanFlick.end() - 1}, kPhoneZoomedIn);
  const GestureOutput released = cancel(pan.state).output;
  EXPECT_EQ(released.kind, Kind::pan_release);
  EXPECT_EQ(released.velocity.x, 0);
  EXPECT_EQ(cancel(play(kTap, kPhoneAtFit).state).state.tap_pending, false);
}

TEST(LightboxGesture, BunchedTimestampsGiveNoVelocityAndNoNaN) {
  const GestureOutput release = last(play(kBunchedTimestamps, kPhoneAtFit));
  EXPECT_EQ(release.kind, Kind::swipe_commit_next);  // 150 px is past a fifth of 360
  EXPECT_EQ(release.velocity.x, 0);
  EXPECT_TRUE(finite(release));
}

TEST(LightboxGesture, AnEmptyViewportNeverGivesNaN) {
  for (const Stream* s : {&kSwipeLeftFar, &kDragDownFar, &kTwoFingerPinchOut, &kTap,
                          &kBunchedTimestamps, &kSecondPointerMidSwipe}) {
    for (const GestureOutput& o : play(*s, kEmptyViewport).outputs) EXPECT_TRUE(finite(o));
  }
  EXPECT_EQ(last(play(kDragDownFar, kEmptyViewport)).kind, Kind::close);
}

TEST(LightboxGesture, FingersOnTheSameSpotGiveAFiniteScale) {
  const Stream stacked{{1, Act::down, {0, 100, 100}}, {2, Act::down, {0, 100, 100}},
                       {2, Act::move, {16, 140, 100}}};
  const Played played = play(stacked, kPhoneAtFit);
  EXPECT_EQ(played.outputs[1].scale, 1);
  EXPECT_DOUBLE_EQ(played.outputs[2].scale, 40 / kMinPinchSpanPx);
}

TEST(LightboxGesture, UnreadableSamplesAndUnknownPointersChangeNothing) {
  const Played swipe = play({kSwipeLeftFar.begin(), kSwipeLeftFar.begin() + 3}, kPhoneAtFit);
  for (const PointerSample bad : {PointerSample{NAN, 0, 0}, PointerSample{400, INFINITY, 0},
                                  PointerSample{400, 1e300, 0}, PointerSample{1e300, 0, 0}}) {
    const Step step = move(swipe.state, 1, bad, kPhoneAtFit);
    EXPECT_EQ(step.output.kind, Kind::none);
    EXPECT_EQ(step.state.pointers[0].last.x, 240);
    EXPECT_EQ(down({}, 1, bad, kPhoneAtFit).state.pointer_count, 0);
  }
  EXPECT_EQ(move(swipe.state, 9, {400, 0, 0}, kPhoneAtFit).output.kind, Kind::none);
  EXPECT_EQ(up({}, 1, {0, 0, 0}, kPhoneAtFit).output.kind, Kind::none);
  EXPECT_EQ(confirmed(play(kTap, kPhoneAtFit).state, NAN).output.kind, Kind::none);
}

TEST(LightboxGesture, ATimeGoingBackCountsAsSimultaneous) {
  const Stream back{{1, Act::down, {100, 300, 300}}, {1, Act::move, {120, 260, 300}},
                    {1, Act::move, {90, 220, 300}}, {1, Act::up, {140, 200, 300}}};
  const GestureOutput release = last(play(back, kPhoneAtFit));
  EXPECT_DOUBLE_EQ(release.velocity.x, -100.0 / 40);
}

TEST(Inertia, DecaysExponentiallyAndStopsWhenHalfAPixelRemains) {
  const Point flick{1, -0.5};
  const double end = inertia_duration_ms(flick);
  EXPECT_NEAR(end, kInertiaTimeConstantMs * std::log(std::hypot(1, 0.5) * 325 / 0.5), 1e-9);
  EXPECT_EQ(inertia_offset(flick, 0).x, 0);
  const Pan early = inertia_offset(flick, 100);
  EXPECT_NEAR(early.x, 325 * (1 - std::exp(-100.0 / 325)), 1e-9);
  EXPECT_DOUBLE_EQ(early.y, -early.x / 2);
  const Pan done = inertia_offset(flick, end);
  EXPECT_NEAR(done.x, 325, 0.5);
  EXPECT_EQ(inertia_offset(flick, end + 1000).x, done.x);  // nothing moves after the end
}

TEST(Inertia, NoVelocityNoGlideAndUnreadableInputsStayFinite) {
  EXPECT_EQ(inertia_duration_ms({0, 0}), 0);
  EXPECT_EQ(inertia_offset({0, 0}, 100).x, 0);
  EXPECT_EQ(inertia_duration_ms({NAN, INFINITY}), 0);
  const Pan capped = inertia_offset({1e300, 0}, NAN);
  EXPECT_TRUE(std::isfinite(capped.x));
  EXPECT_LE(capped.x, kMaxDragVelocity * kInertiaTimeConstantMs);
  EXPECT_EQ(inertia_offset({1, 1}, -50).x, 0);
}

}  // namespace pw
