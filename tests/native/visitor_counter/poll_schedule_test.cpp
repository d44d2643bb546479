#include "visitor_counter/poll_schedule.h"

#include <gtest/gtest.h>

#include <cmath>

namespace pw {

const PollPolicy kDefaultPolicy{};

TEST(PollSchedule, IntervalsAreClampedToSaneBounds) {
  EXPECT_EQ(clamp_interval_ms(30), 30'000);
  EXPECT_EQ(clamp_interval_ms(1), 10'000);
  EXPECT_EQ(clamp_interval_ms(86'400), 3'600'000);
  EXPECT_EQ(clamp_interval_ms(NAN), 30'000);
}

TEST(PollSchedule, SteadyDelaysSpreadOverPlusMinusTwentyPercent) {
  EXPECT_DOUBLE_EQ(steady_delay_ms(kDefaultPolicy, 0.0), 24'000);
  EXPECT_DOUBLE_EQ(steady_delay_ms(kDefaultPolicy, 0.5), 30'000);
  EXPECT_DOUBLE_EQ(steady_delay_ms(kDefaultPolicy, 1.0), 36'000);
}

TEST(PollSchedule, BacksOffWithFullJitterAfterServerErrors) {
  // The ceiling doubles per failure: 60 s, 120 s, 240 s, … capped at 15 minutes.
  EXPECT_DOUBLE_EQ(backoff_delay_ms(kDefaultPolicy, 1, 0.999999), 60'000 * 0.999999);
  EXPECT_DOUBLE_EQ(backoff_delay_ms(kDefaultPolicy, 2, 0.5), 60'000);
  EXPECT_DOUBLE_EQ(backoff_delay_ms(kDefaultPolicy, 3, 0.5), 120'000);
  EXPECT_DOUBLE_EQ(backoff_delay_ms(kDefaultPolicy, 20, 1.0), 15 * 60'000);
  EXPECT_DOUBLE_EQ(backoff_delay_ms(kDefaultPolicy, 1000, 1.0), 15 * 60'000);
}

TEST(PollSchedule, FullJitterNeverRetriesFasterThanTheFloor) {
  EXPECT_DOUBLE_EQ(backoff_delay_ms(kDefaultPolicy, 1, 0.0), kDefaultPolicy.min_retry_ms);
}

TEST(PollSchedule, RetryAfterIsAMinimumAndSixHoursAMaximum) {
  EXPECT_DOUBLE_EQ(rate_limited_delay_ms(kDefaultPolicy, 1, 0.1, 120'000, true), 120'000);
  EXPECT_DOUBLE_EQ(rate_limited_delay_ms(kDefaultPolicy, 1, 0.9, 1'000, true), 54'000);
  EXPECT_DOUBLE_EQ(rate_limited_delay_ms(kDefaultPolicy, 1, 0.5, 0, false), 30'000);
  EXPECT_DOUBLE_EQ(rate_limited_delay_ms(kDefaultPolicy, 1, 0.5, 1e12, true), 6 * 3'600'000);
}

TEST(PollSchedule, ResumingRefreshesStaleDataAtOnceAndOtherwiseKeepsTheRhythm) {
  EXPECT_DOUBLE_EQ(resume_delay_ms(kDefaultPolicy, 100'000, 40'000), 0);
  EXPECT_DOUBLE_EQ(resume_delay_ms(kDefaultPolicy, 100'000, 90'000), 20'000);
  EXPECT_DOUBLE_EQ(resume_delay_ms(kDefaultPolicy, 100'000, 200'000), 0);  // clock went back
}

}  // namespace pw
