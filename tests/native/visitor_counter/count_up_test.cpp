#include "visitor_counter/count_up.h"

#include <gtest/gtest.h>

#include <cmath>

namespace pw {

TEST(CountUp, StartsAtOldValueAndEndsExactlyAtNewOne) {
  EXPECT_EQ(count_up_value(2451, 2460, 0), 2451);
  EXPECT_EQ(count_up_value(2451, 2460, kCountUpMs), 2460);
  EXPECT_EQ(count_up_value(2451, 2460, 10 * kCountUpMs), 2460);
}

TEST(CountUp, EasesOutAndNeverGoesBackwards) {
  std::int64_t previous = 1121895;
  for (double t = 0; t <= kCountUpMs; t += 16) {
    const auto value = count_up_value(1121895, 1122895, t);
    EXPECT_GE(value, previous);
    EXPECT_LE(value, 1122895);
    previous = value;
  }
  EXPECT_GT(count_up_value(0, 1000, kCountUpMs / 2), 500);  // ease-out: more than half at half time
}

TEST(CountUp, DegenerateTimesSnapToTheEnd) {
  EXPECT_EQ(count_up_value(1, 9, 100, 0), 9);
  EXPECT_EQ(count_up_value(1, 9, NAN), 9);
}

}  // namespace pw
