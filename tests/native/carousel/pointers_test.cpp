#include "carousel/pointers.h"

#include <gtest/gtest.h>

namespace pw {
namespace {

// Nine 300 px cards with 20 px gaps in a 960 px view (snaps every 320 px).
class TwoFingers : public ::testing::Test {
 protected:
  void SetUp() override {
    state = start_carousel(CarouselOptions{}, false);
    carousel_measure(state, {960, std::vector<double>(9, 300), 20}, -1);
  }
  // A slow horizontal drag by `id` from x 500 to x 340 (half a card).
  void drag_half_a_card(int id) {
    carousel_press(state, pointers, id, {0, 500, 100}, true, 0);
    for (int t = 1; t <= 8; ++t) {
      carousel_pointer_moved(state, pointers, id, {t * 16.0, 500 - 20.0 * t, 100});
    }
  }
  double rest() { return carousel_frame(state, 10'000).position; }

  CarouselState state;
  CarouselPointers pointers;
};

TEST_F(TwoFingers, ASecondFingerEndsTheDragOnACard) {
  drag_half_a_card(1);
  EXPECT_EQ(carousel_frame(state, 130).position, 160);  // between two cards
  carousel_press(state, pointers, 2, {140, 200, 100}, true, 140);
  EXPECT_TRUE(carousel_frame(state, 150).moving);  // settling from where the drag was
  const double at_rest = rest();
  EXPECT_TRUE(at_rest == 0 || at_rest == 320) << at_rest;
}

TEST_F(TwoFingers, NeitherFingerMovesTheTrackUntilTheFirstIsUp) {
  drag_half_a_card(1);
  carousel_press(state, pointers, 2, {140, 200, 100}, true, 140);
  const double at_rest = rest();
  EXPECT_EQ(carousel_pointer_moved(state, pointers, 1, {10'016, 100, 100}), DragAxis::undecided);
  EXPECT_EQ(carousel_pointer_moved(state, pointers, 2, {10'016, 0, 100}), DragAxis::undecided);
  EXPECT_FALSE(carousel_lift(state, pointers, 2, {10'032, 0, 100}, 10'032).move.moved);
  // A new press while the first finger is still down is not taken either.
  carousel_press(state, pointers, 3, {10'040, 500, 100}, true, 10'040);
  EXPECT_EQ(carousel_pointer_moved(state, pointers, 3, {10'056, 300, 100}), DragAxis::undecided);
  EXPECT_EQ(rest(), at_rest);
  // The first finger up: the next press drags again.
  EXPECT_FALSE(carousel_lift(state, pointers, 1, {10'064, 100, 100}, 10'064).move.moved);
  carousel_press(state, pointers, 4, {20'000, 500, 100}, true, 20'000);
  EXPECT_EQ(carousel_pointer_moved(state, pointers, 4, {20'016, 400, 102}), DragAxis::horizontal);
}

TEST_F(TwoFingers, TheFirstFingerTakenByTheBrowserAlsoEndsTheWait) {
  drag_half_a_card(1);
  carousel_press(state, pointers, 2, {140, 200, 100}, true, 140);
  carousel_pointer_lost(state, pointers, 1, 150);
  carousel_press(state, pointers, 3, {20'000, 500, 100}, true, 20'000);
  EXPECT_EQ(carousel_pointer_moved(state, pointers, 3, {20'016, 400, 102}), DragAxis::horizontal);
}

TEST_F(TwoFingers, APressThatIsNotPrimaryOrNotTheMainButtonDragsNothing) {
  carousel_press(state, pointers, 1, {0, 500, 100}, false, 0);  // a right click, say
  EXPECT_EQ(carousel_pointer_moved(state, pointers, 1, {16, 300, 100}), DragAxis::undecided);
  EXPECT_FALSE(carousel_lift(state, pointers, 1, {32, 300, 100}, 32).suppress_click);
  EXPECT_EQ(rest(), 0);
}

TEST_F(TwoFingers, AnotherPointersEventsAreNotTheDrags) {
  drag_half_a_card(1);
  EXPECT_FALSE(carousel_lift(state, pointers, 7, {140, 340, 100}, 140).suppress_click);
  EXPECT_FALSE(carousel_pointer_lost(state, pointers, 7, 140).move.moved);
  // The drag goes on, and its own up ends it as a drag.
  EXPECT_EQ(carousel_pointer_moved(state, pointers, 1, {150, 320, 100}), DragAxis::horizontal);
  EXPECT_TRUE(carousel_lift(state, pointers, 1, {600, 320, 100}, 600).suppress_click);
}

TEST_F(TwoFingers, APressByTheDraggingPointerStartsAfresh) {
  drag_half_a_card(1);  // its up never came (released outside the window)
  carousel_press(state, pointers, 1, {200, 500, 100}, true, 200);
  EXPECT_EQ(carousel_pointer_moved(state, pointers, 1, {216, 400, 102}), DragAxis::horizontal);
  const CarouselRelease release = carousel_lift(state, pointers, 1, {600, 400, 102}, 600);
  EXPECT_TRUE(release.suppress_click);
  const double at_rest = rest();
  EXPECT_EQ(static_cast<int>(at_rest) % 320, 0) << at_rest;
}

}  // namespace
}  // namespace pw
