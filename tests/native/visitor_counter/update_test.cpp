#include "visitor_counter/update.h"

#include <gtest/gtest.h>

namespace pw {

constexpr double kHanoi0930 = 1645151400000;        // 2022-02-18 09:30 +07:00
constexpr double kHanoi2359 = 1645203540000;        // 2022-02-18 23:59 +07:00
constexpr double kHanoiNextDay0001 = 1645203660000;  // 2022-02-19 00:01 +07:00
const CounterValues kSeed{8, 2451, 1121895};

TEST(CounterUpdate, VietnamDayTurnsAtLocalMidnight) {
  EXPECT_EQ(vietnam_day(kHanoi0930), vietnam_day(kHanoi2359));
  EXPECT_EQ(vietnam_day(kHanoi2359) + 1, vietnam_day(kHanoiNextDay0001));
}

TEST(CounterUpdate, GrowingNumbersCountUpOnlyWhenMotionIsWelcome) {
  const CounterValues next{9, 2452, 1121896};
  EXPECT_EQ(judge_counter_update(kSeed, true, kHanoi0930, next, kHanoi0930 + 30000, true), CounterUpdate::animate);
  EXPECT_EQ(judge_counter_update(kSeed, true, kHanoi0930, next, kHanoi0930 + 30000, false), CounterUpdate::snap);
}

TEST(CounterUpdate, SameNumbersAreLeftAlone) {
  EXPECT_EQ(judge_counter_update(kSeed, true, kHanoi0930, kSeed, kHanoi0930, true), CounterUpdate::unchanged);
}

TEST(CounterUpdate, OnlineMayFall) {
  EXPECT_EQ(judge_counter_update(kSeed, true, kHanoi0930, {3, 2451, 1121895}, kHanoi0930, false), CounterUpdate::snap);
}

TEST(CounterUpdate, TotalNeverGoesBackwardsOnScreen) {
  EXPECT_EQ(judge_counter_update(kSeed, true, kHanoi0930, {8, 2452, 1121894}, kHanoi0930, true),
            CounterUpdate::total_went_back);
}

TEST(CounterUpdate, TodayDropsOnlyAcrossLocalMidnightAndThenSnaps) {
  const CounterValues after_midnight{5, 3, 1122001};
  EXPECT_EQ(judge_counter_update(kSeed, true, kHanoi0930, after_midnight, kHanoi2359, true),
            CounterUpdate::today_went_back);
  EXPECT_EQ(judge_counter_update(kSeed, true, kHanoi2359, after_midnight, kHanoiNextDay0001, true),
            CounterUpdate::snap);
}

TEST(CounterUpdate, UnreadablePageNumbersAreReplacedAtOnce) {
  EXPECT_EQ(judge_counter_update({}, false, kHanoi0930, kSeed, kHanoi0930, true), CounterUpdate::snap);
}

}  // namespace pw
