#include "core/easing.h"

#include <gtest/gtest.h>

#include <cmath>

namespace pw {

constexpr double kItemMoveMs = 340;  // one 280 px phone item

TEST(Easing, EaseOutCubicRunsFromZeroToOneAndLandsGently) {
  EXPECT_EQ(ease_out_cubic(0), 0);
  EXPECT_EQ(ease_out_cubic(1), 1);
  EXPECT_DOUBLE_EQ(ease_out_cubic(0.5), 0.875);
  double previous = 0;
  for (double t = 0.05; t <= 1.0; t += 0.05) {
    EXPECT_GT(ease_out_cubic(t), previous);
    previous = ease_out_cubic(t);
  }
}

TEST(Easing, EaseOutCubicClampsOutOfRangeAndTreatsNaNAsFinished) {
  EXPECT_EQ(ease_out_cubic(-3), 0);
  EXPECT_EQ(ease_out_cubic(7), 1);
  EXPECT_EQ(ease_out_cubic(NAN), 1);
}

TEST(ScrollAt, StartsAtFromAndEndsExactlyAtTo) {
  EXPECT_EQ(scroll_at(0.1, 0.3, 0, kItemMoveMs), 0.1);
  EXPECT_EQ(scroll_at(0.1, 0.3, kItemMoveMs, kItemMoveMs), 0.3);
  EXPECT_EQ(scroll_at(280, 560, kItemMoveMs, kItemMoveMs), 560);
  EXPECT_EQ(scroll_at(280, 560, 10 * kItemMoveMs, kItemMoveMs), 560);
  EXPECT_EQ(scroll_at(280, 560, -16, kItemMoveMs), 280);
}

TEST(ScrollAt, MovesMonotonicallyWithinBoundsEitherWay) {
  double forward = 280, backward = 560;
  for (double t = 0; t <= kItemMoveMs + 16; t += 16.7) {
    const double f = scroll_at(280, 560, t, kItemMoveMs);
    const double b = scroll_at(560, 280, t, kItemMoveMs);
    EXPECT_GE(f, forward);
    EXPECT_LE(f, 560);
    EXPECT_LE(b, backward);
    EXPECT_GE(b, 280);
    forward = f;
    backward = b;
  }
  EXPECT_DOUBLE_EQ(scroll_at(280, 560, kItemMoveMs / 2, kItemMoveMs), 280 + 280 * 0.875);
}

TEST(ScrollAt, DegenerateDurationsAndTimesJumpToTheEnd) {
  EXPECT_EQ(scroll_at(0, 280, 0, 0), 280);
  EXPECT_EQ(scroll_at(0, 280, 100, -5), 280);
  EXPECT_EQ(scroll_at(0, 280, 100, NAN), 280);
  EXPECT_EQ(scroll_at(0, 280, NAN, 300), 280);
}

TEST(ScrollAt, NonFiniteEndpointsNeverProduceNaN) {
  EXPECT_EQ(scroll_at(280, NAN, 100, 300), 280);  // nowhere to go: stay
  EXPECT_EQ(scroll_at(NAN, 560, 100, 300), 560);
  EXPECT_EQ(scroll_at(NAN, INFINITY, 100, 300), 0);
}

TEST(ScrollDuration, GrowsWithDistanceFromABaseUpToACap) {
  EXPECT_EQ(scroll_duration_ms(280, false), kItemMoveMs);
  EXPECT_EQ(scroll_duration_ms(-280, false), kItemMoveMs);  // backwards takes as long
  EXPECT_EQ(scroll_duration_ms(2, false), 201);
  EXPECT_EQ(scroll_duration_ms(800, false), kScrollMaxMs);
  EXPECT_EQ(scroll_duration_ms(20'000, false), kScrollMaxMs);
}

TEST(ScrollDuration, ReducedMotionJumps) {
  EXPECT_EQ(scroll_duration_ms(280, true), 0);
  EXPECT_EQ(scroll_duration_ms(20'000, true), 0);
}

TEST(ScrollDuration, NothingToAnimateOrAnUnreadableDistanceJumps) {
  EXPECT_EQ(scroll_duration_ms(0, false), 0);
  EXPECT_EQ(scroll_duration_ms(0.4, false), 0);
  EXPECT_EQ(scroll_duration_ms(NAN, false), 0);
  EXPECT_EQ(scroll_duration_ms(INFINITY, false), 0);
}

}  // namespace pw
