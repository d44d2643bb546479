#include "core/percent_format.h"

#include <gtest/gtest.h>

namespace pw {

TEST(PercentFormat, VietnameseUsesDecimalComma) {
  EXPECT_EQ(format_percent(112.5, Language::vi), "112,5%");
  EXPECT_EQ(format_percent(87.5, Language::vi), "87,5%");
}

TEST(PercentFormat, EnglishUsesDecimalPoint) {
  EXPECT_EQ(format_percent(112.5, Language::en), "112.5%");
}

TEST(PercentFormat, WholeValuesHaveNoDecimals) {
  EXPECT_EQ(format_percent(125, Language::vi), "125%");
  EXPECT_EQ(format_percent(200.0001, Language::vi), "200%");
}

}  // namespace pw
