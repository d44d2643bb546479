#include "core/decimal_text.h"

#include <gtest/gtest.h>

namespace pw {

TEST(DecimalText, DropsTrailingZerosAndAWholeNumbersPoint) {
  EXPECT_EQ(decimal_text(0.875, 5), "0.875");
  EXPECT_EQ(decimal_text(1.0, 5), "1");
  EXPECT_EQ(decimal_text(0, 5), "0");
  EXPECT_EQ(decimal_text(125, 1), "125");
  EXPECT_EQ(decimal_text(1280, 0), "1280");
  EXPECT_EQ(decimal_text(100.5, 6), "100.5");
}

TEST(DecimalText, RoundsToTheDecimalsAsked) {
  EXPECT_EQ(decimal_text(2.0 / 3.0, 5), "0.66667");
  EXPECT_EQ(decimal_text(0.00001, 5), "0.00001");
  EXPECT_EQ(decimal_text(0.000004, 5), "0");
  EXPECT_EQ(decimal_text(1.5, 0), "2");
  EXPECT_EQ(decimal_text(112.46, 1), "112.5");
  EXPECT_EQ(decimal_text(1.9999999, 6), "2");
}

TEST(DecimalText, WritesTheGivenPointAndASign) {
  EXPECT_EQ(decimal_text(112.5, 1, ','), "112,5");
  EXPECT_EQ(decimal_text(-0.5, 1), "-0.5");
  EXPECT_EQ(decimal_text(-2.25, 2, ','), "-2,25");
  EXPECT_EQ(decimal_text(-0.00001, 2), "0");
}

}  // namespace pw
