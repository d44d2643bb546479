#include "font_scale/stored.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace pw {

TEST(StoredFontScale, ReadsCanonicalPercents) {
  EXPECT_EQ(parse_stored_percent("150"), 150.0);
  EXPECT_EQ(parse_stored_percent("87.5"), 87.5);
  EXPECT_EQ(parse_stored_percent("112.25"), 112.25);
}

TEST(StoredFontScale, RejectsGarbageFromOtherScriptsOrTampering) {
  for (const char* garbage : {"", "abc", "1e309", "-5", "+150", " 150", "150 ", "150%", "1.5.0",
                              "150.", ".5", "150.125", "0x96", "NaN", "Infinity", "1,5"}) {
    EXPECT_EQ(parse_stored_percent(garbage), std::nullopt) << garbage;
  }
}

TEST(StoredFontScale, RejectsHugeInputWithoutReadingIt) {
  EXPECT_EQ(parse_stored_percent(std::string(10 * 1024, '1')), std::nullopt);
}

TEST(StoredFontScale, RejectsValuesOutsideSaneRange) {
  EXPECT_EQ(parse_stored_percent("0"), std::nullopt);
  EXPECT_EQ(parse_stored_percent("49.99"), std::nullopt);
  EXPECT_EQ(parse_stored_percent("401"), std::nullopt);
  EXPECT_EQ(parse_stored_percent("999"), std::nullopt);
  EXPECT_EQ(parse_stored_percent("50"), 50.0);
  EXPECT_EQ(parse_stored_percent("400"), 400.0);
}

TEST(StoredFontScale, FormatsStepsCanonicallyAndRoundTrips) {
  EXPECT_EQ(format_stored_percent(150), "150");
  EXPECT_EQ(format_stored_percent(87.5), "87.5");
  EXPECT_EQ(format_stored_percent(112.25), "112.25");
  for (double step : {87.5, 100.0, 112.5, 125.0, 150.0, 175.0, 200.0}) {
    EXPECT_EQ(parse_stored_percent(format_stored_percent(step)), step);
  }
}

TEST(StoredFontScale, LevelsAreKeptToHundredthsAndReadBackAsThemselves) {
  EXPECT_EQ(stored_precision(133.333), 133.33);
  EXPECT_EQ(stored_precision(87.5), 87.5);
  EXPECT_TRUE(std::isnan(stored_precision(NAN)));
  // Every storable level, exactly: the nearest double to its text.
  for (int hundredths = 5000; hundredths <= 40000; ++hundredths) {
    const double level = hundredths / 100.0;
    ASSERT_EQ(stored_precision(level), level);
    ASSERT_EQ(parse_stored_percent(format_stored_percent(level)), level) << level;
  }
}

}  // namespace pw
