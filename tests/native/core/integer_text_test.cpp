#include "core/integer_text.h"

#include <climits>

#include <gtest/gtest.h>

namespace pw {

TEST(IntegerText, WritesDigitsLikeToString) {
  for (long long value : {0LL, 7LL, -7LL, 10LL, 2451LL, -100LL, 9007199254740991LL, LLONG_MAX}) {
    EXPECT_EQ(integer_text(value), std::to_string(value)) << value;
  }
}

TEST(IntegerText, TheMostNegativeValueKeepsAllItsDigits) {
  EXPECT_EQ(integer_text(LLONG_MIN), "-9223372036854775808");
}

}  // namespace pw
