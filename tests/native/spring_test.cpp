#include "spring.h"

#include <gtest/gtest.h>

#include <cmath>

namespace pw {

constexpr double kStripWidth = 360;       // a photo's slot on a phone
constexpr double kFlickToNext = -1.5;     // px/ms, as a swipe leaves the finger
constexpr double kWobblyStiffness = 170;  // react-spring's "wobbly": ζ ≈ 0.46
constexpr double kWobblyDamping = 12;
constexpr double kSluggishDamping = 80;   // ζ = 2 at the default stiffness

TEST(Spring, StartsAtFromAndSettlesExactlyAtTo) {
  const double settle = spring_settle_ms(0, kStripWidth, 0);
  EXPECT_GT(settle, 300);
  EXPECT_LT(settle, 700);
  EXPECT_EQ(spring_value(0, kStripWidth, 0, 0), 0);
  EXPECT_EQ(spring_value(0, kStripWidth, 0, settle), kStripWidth);
  EXPECT_EQ(spring_value(0, kStripWidth, 0, settle + 1000), kStripWidth);
  EXPECT_EQ(spring_velocity(0, kStripWidth, 0, settle), 0);
}

TEST(Spring, CriticallyDampedNeverOvershoots) {
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
  for (const double damping : {kWobblyDamping, kSpringDamping, kSluggishDamping}) {
    const double stiffness = damping == kWobblyDamping ? kWobblyStiffness : kSpringStiffness;
    const double settle = spring_settle_ms(0, kStripWidth, 2, stiffness, damping);
    EXPECT_NEAR(spring_value(0, kStripWidth, 2, settle - 0.01, stiffness, damping), kStripWidth,
                kSpringPrecision * 1.001);
    EXPECT_GT(settle, 0);
    EXPECT_LE(settle, kSpringMaxSettleMs);
  }
}

TEST(Spring, TheFingersSpeedCarriesIntoTheMotion) {
  // Released moving towards the target: it gets there sooner.
  EXPECT_GT(spring_value(0, -kStripWidth, kFlickToNext, 50), -kStripWidth);
  EXPECT_LT(spring_value(0, -kStripWidth, kFlickToNext, 50), spring_value(0, -kStripWidth, 0, 50));
  EXPECT_NEAR(spring_velocity(0, -kStripWidth, kFlickToNext, 0), kFlickToNext, 1e-9);
  // Released moving away: it first goes on a little, then turns back.
  EXPECT_GT(spring_value(0, -kStripWidth, 3, 10), 0);
}

TEST(Spring, AnUnderdampedSpringOvershootsAndStillSettles) {
  const double settle = spring_settle_ms(0, kStripWidth, 0, kWobblyStiffness, kWobblyDamping);
  double highest = 0;
  for (double t = 0; t < settle; t += 2) {
    highest =
        std::max(highest, spring_value(0, kStripWidth, 0, t, kWobblyStiffness, kWobblyDamping));
  }
  EXPECT_GT(highest, kStripWidth + 10);
  EXPECT_EQ(spring_value(0, kStripWidth, 0, settle, kWobblyStiffness, kWobblyDamping), kStripWidth);
}

TEST(Spring, AnOverdampedSpringCreepsWithoutOvershoot) {
  const double settle = spring_settle_ms(0, kStripWidth, 0, kSpringStiffness, kSluggishDamping);
  EXPECT_GT(settle, spring_settle_ms(0, kStripWidth, 0));
  for (double t = 0; t < settle; t += 10) {
    EXPECT_LE(spring_value(0, kStripWidth, 0, t, kSpringStiffness, kSluggishDamping), kStripWidth);
  }
}

TEST(Spring, AZoomProgressUsesAFinerPrecision) {
  const double coarse = spring_settle_ms(0, 1, 0);
  const double fine = spring_settle_ms(0, 1, 0, kSpringStiffness, kSpringDamping, 0.001);
  EXPECT_LT(coarse, fine);
  EXPECT_EQ(spring_value(0, 1, 0, fine, kSpringStiffness, kSpringDamping, 0.001), 1);
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
  EXPECT_TRUE(std::isfinite(spring_value(0, 7, 0, 10, NAN, -1, 0)));
  EXPECT_TRUE(std::isfinite(spring_velocity(0, 7, INFINITY, 10, 0, 0, NAN)));
  EXPECT_LE(spring_settle_ms(0, 1e300, 0), kSpringMaxSettleMs);
  EXPECT_TRUE(std::isfinite(spring_settle_ms(0, 7, 0, 1e-300, 1e-300)));
}

}  // namespace pw
