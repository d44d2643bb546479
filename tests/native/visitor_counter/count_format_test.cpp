#include "visitor_counter/count_format.h"

#include <gtest/gtest.h>

namespace pw {

TEST(CountFormat, GroupsWithDotsFromFiveDigitsLikeTheSeedPage) {
  const CountFormat vietnamese;
  EXPECT_EQ(format_count(8, vietnamese), "8");
  EXPECT_EQ(format_count(2451, vietnamese), "2451");
  EXPECT_EQ(format_count(12451, vietnamese), "12.451");
  EXPECT_EQ(format_count(1121895, vietnamese), "1.121.895");
  EXPECT_EQ(format_count(9007199254740991, vietnamese), "9.007.199.254.740.991");
}

TEST(CountFormat, ThresholdAndSeparatorAreConfigurable) {
  EXPECT_EQ(format_count(2451, {4, ","}), "2,451");
  EXPECT_EQ(format_count(1121895, {1, "\u202f"}), "1\u202f121\u202f895");
  EXPECT_EQ(format_count(-4, {}), "0");
}

}  // namespace pw
