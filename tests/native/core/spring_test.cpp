#include "core/spring.h"

#include <gtest/gtest.h>

#include <cmath>

namespace pw {

constexpr double kStripWidth = 360;    // a photo's slot on a phone
constexpr double kFlickToNext = -1.5;  // px/ms, as a swipe leaves the finger

TEST(Spring, StartsAtFromAndSettlesExactlyAtTo) {
  const double settle = spring_settle_ms(0, kStripWidth, 0);
  EXPECT_GT(settle, 300);
  EXPECT_LT(settle, 700);
  EXPECT_EQ(spring_value(0, kStripWidth, 0, 0), 0);
  EXPECT_EQ(spring_value(0, kStripWidth, 0, settle), kStripWidth);
  EXPECT_EQ(spring_value(0, kStripWidth, 0, settle + 1000), kStripWidth);
}

TEST(Spring, FollowsTheCriticallyDampedSolution) {
  // x(t) = to + e^(−ωt)·(x0 + (v0 + ω·x0)·t), in seconds: 100 ms after a
  // release from rest 360 px short, e^(−2)·(−360 − 7200 · 0.1) from the target.
  EXPECT_NEAR(spring_value(0, kStripWidth, 0, 100), kStripWidth - 1080 * std::exp(-2.0), 1e-9);
  // With the finger's speed: v0 = −1.5 px/ms = −1500 px/s towards −360.
  EXPECT_NEAR(spring_value(0, -kStripWidth, kFlickToNext, 50),
              -kStripWidth + std::exp(-1.0) * (kStripWidth + (-1500 + 20 * kStripWidth) * 0.05), 1e-9);
}

TEST(Spring, NeverOvershootsFromRest) {
  double previous = 0;
  const double settle = spring_settle_ms(0, kStripWidth, 0);
  for (double t = 0; t <= settle + 16; t += 4) {
    const double v = spring_value(0, kStripWidth, 0, t);
    EXPECT_GE(v, previous);
    EXPECT_LE(v, kStripWidth);
    previous = v;
  }
}

TEST(Spring, TheJumpAtTheSettleTimeIsUnderHalfAPixel) {
  for (const double velocity : {0.0, 2.0, -2.0, kFlickToNext}) {
    const double settle = spring_settle_ms(0, kStripWidth, velocity);
    EXPECT_NEAR(spring_value(0, kStripWidth, velocity, settle - 0.01), kStripWidth,
                kSpringPrecision * 1.001);
    EXPECT_GT(settle, 0);
    EXPECT_LE(settle, kSpringMaxSettleMs);
  }
}

TEST(Spring, TheFingersSpeedCarriesIntoTheMotion) {
  // Released moving towards the target: it gets there sooner.
  EXPECT_GT(spring_value(0, -kStripWidth, kFlickToNext, 50), -kStripWidth);
  EXPECT_LT(spring_value(0, -kStripWidth, kFlickToNext, 50), spring_value(0, -kStripWidth, 0, 50));
  // It leaves at the finger's speed: 1.5 px in the first millisecond.
  EXPECT_NEAR(spring_value(0, -kStripWidth, kFlickToNext, 0.001) / 0.001, kFlickToNext, 0.01);
  // Released moving away: it first goes on a little, then turns back.
  EXPECT_GT(spring_value(0, -kStripWidth, 3, 10), 0);
}

TEST(Spring, AZoomProgressUsesAFinerPrecision) {
  const double coarse = spring_settle_ms(0, 1, 0);
  const double fine = spring_settle_ms(0, 1, 0, 0.001);
  EXPECT_LT(coarse, fine);
  EXPECT_EQ(spring_value(0, 1, 0, fine, 0.001), 1);
  EXPECT_NE(spring_value(0, 1, 0, coarse, 0.001), 1);
}

TEST(Spring, AtRestOnTheTargetThereIsNothingToAnimate) {
  EXPECT_EQ(spring_settle_ms(100, 100, 0), 0);
  EXPECT_EQ(spring_value(100, 100, 0, 0), 100);
  EXPECT_GT(spring_settle_ms(100, 100, 1), 0);  // but a moving one still swings
}

TEST(Spring, UnreadableInputsNeverGiveNaN) {
  EXPECT_EQ(spring_value(5, NAN, 0, 10), 5);
  EXPECT_EQ(spring_value(NAN, NAN, 0, 10), 0);
  EXPECT_EQ(spring_value(INFINITY, 7, 0, 10), 7);
  EXPECT_EQ(spring_value(0, 7, 0, NAN), 7);
  EXPECT_EQ(spring_value(0, 7, 0, -50), 0);
  EXPECT_TRUE(std::isfinite(spring_value(0, 7, NAN, 10)));
  EXPECT_TRUE(std::isfinite(spring_value(0, 7, 1e300, 10)));
  EXPECT_TRUE(std::isfinite(spring_value(-1e308, 1e308, 0, 10)));
  EXPECT_EQ(spring_settle_ms(0, 7, 0, NAN), spring_settle_ms(0, 7, 0));  // the default precision
  EXPECT_EQ(spring_settle_ms(0, 7, 0, -1), spring_settle_ms(0, 7, 0));
  EXPECT_LE(spring_settle_ms(0, 1e300, 0), kSpringMaxSettleMs);
}

}  // namespace pw
