#include "compact_libc.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <vector>

namespace pw {
namespace {

TEST(CopyBytes, CopiesEveryLengthAtEveryAlignment) {
  std::vector<unsigned char> source(80);
  for (std::size_t i = 0; i < source.size(); ++i) source[i] = static_cast<unsigned char>(i * 7 + 1);
  for (std::size_t from = 0; from < 4; ++from) {
    for (std::size_t to = 0; to < 4; ++to) {
      for (std::size_t bytes = 0; bytes <= 40; ++bytes) {
        std::vector<unsigned char> target(80, 0xEE);
        EXPECT_EQ(copy_bytes(target.data() + to, source.data() + from, bytes), target.data() + to);
        EXPECT_EQ(std::memcmp(target.data() + to, source.data() + from, bytes), 0);
        for (std::size_t i = 0; i < to; ++i) EXPECT_EQ(target[i], 0xEE);  // nothing before
        for (std::size_t i = to + bytes; i < target.size(); ++i) {
          EXPECT_EQ(target[i], 0xEE);  // or after
        }
      }
    }
  }
}

TEST(TextLength, CountsBytesUpToTheNul) {
  EXPECT_EQ(text_length(""), 0u);
  EXPECT_EQ(text_length("a"), 1u);
  EXPECT_EQ(text_length("Thống kê"), std::strlen("Thống kê"));  // UTF-8 bytes
  const char embedded[] = {'a', 'b', '\0', 'c', '\0'};
  EXPECT_EQ(text_length(embedded), 2u);
}

TEST(RoundHalfAway, MatchesTheCLibrary) {
  const double inf = std::numeric_limits<double>::infinity();
  for (double x : {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994,
                   -0.49999999999999994, 1e15 + 0.5, 4503599627370495.5, 4503599627370497.0,
                   9007199254740993.0, 1e300, -1e300, inf, -inf, 5e-324, 0.7, -0.7, 99.5}) {
    EXPECT_EQ(round_half_away(x), std::round(x)) << x;
    EXPECT_EQ(std::signbit(round_half_away(x)), std::signbit(std::round(x))) << x;
  }
  EXPECT_TRUE(std::isnan(round_half_away(std::nan(""))));
  std::mt19937_64 random(6);
  std::uniform_real_distribution<double> spread(-1e6, 1e6);
  for (int i = 0; i < 100000; ++i) {
    const double x = spread(random);
    ASSERT_EQ(round_half_away(x), std::round(x)) << x;
  }
}

}  // namespace
}  // namespace pw
