#include "core/velocity_tracker.h"

#include <gtest/gtest.h>

#include <cmath>

namespace pw {

VelocityTracker tracked(std::initializer_list<PointerSample> samples) {
  VelocityTracker tracker;
  for (const auto& sample : samples) track_sample(tracker, sample);
  return tracker;
}

TEST(VelocityTracker, MeanOverTheLastHundredMillisecondsOnBothAxes) {
  // 200 ms of steady motion: 1 px/ms right, 0.5 px/ms down.
  const auto tracker = tracked({{0, 0, 0}, {50, 50, 25}, {100, 100, 50}, {150, 150, 75}, {200, 200, 100}});
  const Velocity v = tracked_velocity(tracker);
  EXPECT_DOUBLE_EQ(v.x, 1.0);
  EXPECT_DOUBLE_EQ(v.y, 0.5);
}

TEST(VelocityTracker, InterpolatesAtTheWindowsEdge) {
  // At t = 130 the window starts at 30: x there is 30 on the 0→100 ms leg.
  const auto tracker = tracked({{0, 0, 0}, {100, 100, 0}, {130, 160, 0}});
  EXPECT_DOUBLE_EQ(tracked_velocity(tracker).x, (160.0 - 30.0) / 100.0);
}

TEST(VelocityTracker, PauseBeforeReleaseMeansNoVelocity) {
  const auto tracker = tracked({{0, 0, 0}, {40, 120, 0}, {400, 120, 0}});
  EXPECT_DOUBLE_EQ(tracked_velocity(tracker).x, 0);
}

TEST(VelocityTracker, DegenerateStreamsGiveZeroNotNaN) {
  EXPECT_DOUBLE_EQ(tracked_velocity(tracked({})).x, 0);
  EXPECT_DOUBLE_EQ(tracked_velocity(tracked({{5, 1, 1}})).x, 0);
  EXPECT_DOUBLE_EQ(tracked_velocity(tracked({{5, 1, 1}, {5, 90, 1}})).x, 0);
}

TEST(VelocityTracker, BunchedTimestampsAreCapped) {
  const Velocity v = tracked_velocity(tracked({{0, 0, 0}, {1, 500, -500}}));
  EXPECT_DOUBLE_EQ(v.x, kMaxDragVelocity);
  EXPECT_DOUBLE_EQ(v.y, -kMaxDragVelocity);
}

TEST(VelocityTracker, ManySamplesNeverOverflowTheFixedBuffer) {
  VelocityTracker tracker;
  for (int i = 0; i < 1000; ++i) track_sample(tracker, {i * 0.1, i * 0.1, 0});
  EXPECT_LE(tracker.count, kVelocitySampleCapacity);
  EXPECT_NEAR(tracked_velocity(tracker).x, 1.0, 1e-9);
}

TEST(VelocityTracker, RestartForgetsEarlierMotion) {
  auto tracker = tracked({{0, 0, 0}, {50, 200, 0}});
  restart_tracking(tracker, {60, 200, 0});
  EXPECT_DOUBLE_EQ(tracked_velocity(tracker).x, 0);
  track_sample(tracker, {80, 210, 0});
  EXPECT_DOUBLE_EQ(tracked_velocity(tracker).x, 0.5);
}

TEST(PointerSamples, ReadableOnlyWhenFiniteAndWithinTheLimits) {
  EXPECT_TRUE(readable_sample({1000, 200, 300}));
  EXPECT_TRUE(readable_sample({-kMaxSampleTimeMs, kMaxCoordinatePx, -kMaxCoordinatePx}));
  EXPECT_FALSE(readable_sample({NAN, 0, 0}));
  EXPECT_FALSE(readable_sample({0, INFINITY, 0}));
  EXPECT_FALSE(readable_sample({0, 0, kMaxCoordinatePx * 2}));
  EXPECT_FALSE(readable_sample({kMaxSampleTimeMs * 2, 0, 0}));
}

}  // namespace pw
