#include "core/motion_math.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace pw {
namespace {

// Natively these are the C library's; the wasm's come from the browser's Math
// (wasm/browser_math.cpp). The motion code relies on the same edge cases.
TEST(MotionMath, AgreesWithTheCLibraryOnOrdinaryValues) {
  EXPECT_DOUBLE_EQ(motion_exp(0), 1);
  EXPECT_DOUBLE_EQ(motion_exp(-2.5), std::exp(-2.5));
  EXPECT_DOUBLE_EQ(motion_log(1), 0);
  EXPECT_DOUBLE_EQ(motion_log(8.0 / 60.0), std::log(8.0 / 60.0));
  EXPECT_DOUBLE_EQ(motion_hypot(3, 4), 5);
  EXPECT_DOUBLE_EQ(motion_fmod(7.5, 2), 1.5);
  EXPECT_DOUBLE_EQ(motion_fmod(-7.5, 2), -1.5);  // the sign of the dividend, as JS's %
}

TEST(MotionMath, EdgeCasesTheSpringsAndTheStripMeet) {
  const double inf = std::numeric_limits<double>::infinity();
  EXPECT_EQ(motion_exp(-inf), 0);             // a spring long settled
  EXPECT_EQ(motion_exp(-1000), 0);            // underflows to 0, never NaN
  EXPECT_EQ(motion_log(0), -inf);
  EXPECT_TRUE(std::isnan(motion_log(-1)));
  EXPECT_EQ(motion_hypot(inf, std::nan("")), inf);
  EXPECT_TRUE(std::isnan(motion_fmod(1, 0)));
  EXPECT_TRUE(std::isnan(motion_fmod(inf, 2)));
}

}  // namespace
}  // namespace pw
