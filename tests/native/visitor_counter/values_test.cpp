#include "visitor_counter/values.h"

#include <gtest/gtest.h>

namespace pw {

TEST(CounterValues, ReadsServerRenderedCountsInLocalStyles) {
  EXPECT_EQ(parse_displayed_count("1.121.895"), 1121895);
  EXPECT_EQ(parse_displayed_count("2451"), 2451);
  EXPECT_EQ(parse_displayed_count(" 8 "), 8);
  EXPECT_EQ(parse_displayed_count("1,121,895"), 1121895);
  EXPECT_EQ(parse_displayed_count("1\u00a0121\u00a0895"), 1121895);
}

TEST(CounterValues, RejectsTextThatIsNotACount) {
  for (const char* text : {"", "—", "n/a", "-5", "12a", "99999999999999999"}) {
    EXPECT_EQ(parse_displayed_count(text), std::nullopt) << text;
  }
}

}  // namespace pw
