#include "compact_math.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

namespace pw {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Distance in units in the last place between two finite doubles.
double ulps_apart(double a, double b) {
  if (a == b) return 0;
  const double unit = std::ldexp(1.0, std::ilogb(std::max(std::abs(a), std::abs(b))) - 52);
  return std::abs(a - b) / unit;
}

// Samples spread over `from`..`to` uniformly, with the same seed every run.
template <typename Check>
void for_samples(double from, double to, int count, Check check) {
  std::mt19937_64 random(20261126);
  std::uniform_real_distribution<double> pick(from, to);
  for (int i = 0; i < count; ++i) check(pick(random));
}

TEST(CompactExp, WithinFourUlpOfTheLibraryAcrossItsWholeRange) {
  double worst = 0;
  for_samples(-708, 709, 200000, [&](double x) { worst = std::max(worst, ulps_apart(compact_exp(x), std::exp(x))); });
  for_samples(-1, 1, 200000, [&](double x) { worst = std::max(worst, ulps_apart(compact_exp(x), std::exp(x))); });
  EXPECT_LE(worst, 4);
}

TEST(CompactExp, ExactWhereTheAnswerIsKnown) {
  EXPECT_EQ(compact_exp(0), 1);
  EXPECT_NEAR(compact_exp(1), 2.718281828459045, 1e-15);
  EXPECT_EQ(compact_exp(std::log(2.0) * 10), std::exp(std::log(2.0) * 10));
}

TEST(CompactExp, OverflowUnderflowAndNaNAsTheLibraryDoes) {
  EXPECT_EQ(compact_exp(710), kInf);
  EXPECT_EQ(compact_exp(kInf), kInf);
  EXPECT_EQ(compact_exp(-746), 0);
  EXPECT_EQ(compact_exp(-kInf), 0);
  EXPECT_TRUE(std::isnan(compact_exp(kNaN)));
  // Into the subnormals, still close.
  EXPECT_NEAR(compact_exp(-740) / std::exp(-740), 1, 1e-6);
}

TEST(CompactLog, WithinFourUlpOfTheLibraryFromTinyToHuge) {
  double worst = 0;
  for_samples(-300, 300, 200000, [&](double p) {
    const double x = std::pow(10.0, p);
    worst = std::max(worst, ulps_apart(compact_log(x), std::log(x)));
  });
  for_samples(0.5, 2, 200000, [&](double x) {
    // Near 1 the answer is tiny, so compare in absolute terms there.
    EXPECT_NEAR(compact_log(x), std::log(x), 2e-16 * std::max(1.0, std::abs(std::log(x)) * 4));
  });
  EXPECT_LE(worst, 4);
}

TEST(CompactLog, SpecialValuesAsTheLibraryDoes) {
  EXPECT_EQ(compact_log(1), 0);
  EXPECT_EQ(compact_log(0), -kInf);
  EXPECT_EQ(compact_log(kInf), kInf);
  EXPECT_TRUE(std::isnan(compact_log(-1)));
  EXPECT_TRUE(std::isnan(compact_log(kNaN)));
  EXPECT_NEAR(compact_log(std::numeric_limits<double>::denorm_min()), std::log(std::numeric_limits<double>::denorm_min()), 1e-12);
}

}  // namespace
}  // namespace pw
