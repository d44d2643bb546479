#include "gallery/motion.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace pw {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kStart = 1000;

TEST(GalleryMotion, AtRestItStaysPutAndAnUnreadableValueIsZero) {
  const GalleryMotion still = motion_at_rest(42);
  EXPECT_EQ(motion_value(still, 0), 42);
  EXPECT_EQ(motion_value(still, 1e9), 42);
  EXPECT_FALSE(motion_running(still, 0));
  EXPECT_EQ(motion_value(motion_at_rest(kNaN), 5), 0);
  EXPECT_EQ(motion_value(motion_at_rest(-kInf), 5), 0);
}

TEST(GalleryMotion, AnEasedMoveStartsAtFromAndLandsExactlyOnTo) {
  const GalleryMotion move = eased_motion(376, 0, kStart, 388, false);
  EXPECT_EQ(motion_value(move, kStart - 10), 376);  // not started yet
  EXPECT_EQ(motion_value(move, kStart), 376);
  const double middle = motion_value(move, kStart + 194);
  EXPECT_GT(middle, 0);
  EXPECT_LT(middle, 376 / 2.0);  // ease-out: more than half the way at half the time
  EXPECT_TRUE(motion_running(move, kStart + 387));
  EXPECT_EQ(motion_value(move, kStart + 388), 0);
  EXPECT_FALSE(motion_running(move, kStart + 388));
}

TEST(GalleryMotion, ReducedMotionOrNothingToCoverIsAtRestOnTheTarget) {
  EXPECT_EQ(eased_motion(376, 0, kStart, 388, true).curve, GalleryCurve::rest);
  EXPECT_EQ(motion_value(eased_motion(376, 0, kStart, 388, true), kStart), 0);
  EXPECT_EQ(eased_motion(5, 5, kStart, 388, false).curve, GalleryCurve::rest);
  EXPECT_EQ(eased_motion(5, 9, kStart, 0, false).curve, GalleryCurve::rest);
  EXPECT_EQ(spring_motion(176, 0, -0.4, kStart, true).curve, GalleryCurve::rest);
  EXPECT_EQ(motion_value(spring_motion(176, 0, -0.4, kStart, true), kStart), 0);
}

TEST(GalleryMotion, ASpringFromAFlickArrivesAndThenStopsExactly) {
  const GalleryMotion spring = spring_motion(176, 0, -0.4, kStart, false);
  ASSERT_EQ(spring.curve, GalleryCurve::spring);
  EXPECT_EQ(motion_value(spring, kStart), 176);
  EXPECT_LT(motion_value(spring, kStart + 50), 176);  // moving with the finger's speed
  EXPECT_GT(spring.duration_ms, 0);
  EXPECT_LE(spring.duration_ms, kSpringMaxSettleMs);
  EXPECT_TRUE(motion_running(spring, kStart + spring.duration_ms - 1));
  EXPECT_EQ(motion_value(spring, kStart + spring.duration_ms), 0);
  EXPECT_FALSE(motion_running(spring, kStart + spring.duration_ms));
}

TEST(GalleryMotion, AProgressSpringUsesAFinePrecision) {
  const GalleryMotion coarse = spring_motion(0, 1, 0, kStart, false);
  const GalleryMotion fine = spring_motion(0, 1, 0, kStart, false, kProgressPrecision);
  ASSERT_EQ(fine.curve, GalleryCurve::spring);
  EXPECT_GT(fine.duration_ms, coarse.duration_ms);  // half a unit would stop a zoom half-way
  EXPECT_LT(motion_value(fine, kStart + fine.duration_ms / 2), 1);
  EXPECT_GT(motion_value(fine, kStart + fine.duration_ms / 2), 0.9);
  EXPECT_EQ(motion_value(fine, kStart + fine.duration_ms), 1);
}

TEST(GalleryMotion, CaughtItStopsWhereItIs) {
  const GalleryMotion move = eased_motion(0, 100, kStart, 250, false);
  const double there = motion_value(move, kStart + 100);
  const GalleryMotion caught = motion_caught(move, kStart + 100);
  EXPECT_EQ(caught.curve, GalleryCurve::rest);
  EXPECT_EQ(motion_value(caught, kStart + 1000), there);
}

TEST(GalleryMotion, UnreadableEndsAndTimesNeverGiveNaN) {
  EXPECT_EQ(motion_value(eased_motion(kNaN, 10, kStart, 250, false), kStart), 10);
  EXPECT_EQ(motion_value(eased_motion(10, kNaN, kStart, 250, false), kStart + 100), 10);
  EXPECT_EQ(motion_value(eased_motion(kNaN, kInf, kStart, 250, false), kStart), 0);
  EXPECT_EQ(eased_motion(0, 10, kNaN, 250, false).curve, GalleryCurve::rest);
  EXPECT_EQ(eased_motion(0, 10, kStart, kNaN, false).curve, GalleryCurve::rest);
  const GalleryMotion move = eased_motion(0, 10, kStart, 250, false);
  EXPECT_EQ(motion_value(move, kNaN), 10);  // an unreadable moment counts as finished
  EXPECT_FALSE(motion_running(move, kNaN));
  const GalleryMotion spring = spring_motion(0, 10, kNaN, kStart, false);
  EXPECT_TRUE(std::isfinite(motion_value(spring, kStart + 30)));
  EXPECT_EQ(motion_value(spring, kNaN), 10);
}

}  // namespace pw
