#include "font_scale/inline_font_size.h"

#include <gtest/gtest.h>

#include <cmath>

namespace pw {

TEST(InlineFontSize, ReadsPxAndConvertsPtAtFourThirds) {
  EXPECT_DOUBLE_EQ(*parse_absolute_font_size_px("14px"), 14.0);
  EXPECT_DOUBLE_EQ(*parse_absolute_font_size_px("12pt"), 16.0);
  EXPECT_DOUBLE_EQ(*parse_absolute_font_size_px(" 10.5PT "), 14.0);
  EXPECT_DOUBLE_EQ(*parse_absolute_font_size_px("13.5 px"), 13.5);
}

TEST(InlineFontSize, LeavesRelativeKeywordAndOddValuesAlone) {
  for (const char* value : {"1.2em", "120%", "larger", "medium", "calc(12px + 1vw)", "-12px",
                            "px", "12", "1e3px", "12ppx", "1.2.3px", "99999px", "var(--x)"}) {
    EXPECT_EQ(parse_absolute_font_size_px(value), std::nullopt) << value;
  }
}

TEST(InlineFontSize, EmPreservesTheCurrentRenderingAtDefaultScale) {
  EXPECT_DOUBLE_EQ(*relative_font_size_em(16, 16, 1), 1.0);
  EXPECT_DOUBLE_EQ(*relative_font_size_em(14, 16, 1), 0.875);
}

TEST(InlineFontSize, EmAccountsForAnArticleAlreadyScaledByTheBootScript) {
  // At 150% the parent renders at 24 px while the inline 16 px did not scale:
  // by design the span was the parent's size, so it becomes 1em.
  EXPECT_DOUBLE_EQ(*relative_font_size_em(16, 24, 1.5), 1.0);
}

TEST(InlineFontSize, RejectsDegenerateMeasurements) {
  EXPECT_EQ(relative_font_size_em(16, 0, 1), std::nullopt);
  EXPECT_EQ(relative_font_size_em(16, 16, 0), std::nullopt);
  EXPECT_EQ(relative_font_size_em(NAN, 16, 1), std::nullopt);
  EXPECT_EQ(relative_font_size_em(16, INFINITY, 1), std::nullopt);
  EXPECT_EQ(relative_font_size_em(16, 1e-300, 1), std::nullopt);
}

TEST(InlineFontSize, FormatsEmWithAtMostFiveDecimals) {
  EXPECT_EQ(format_em(1.0), "1em");
  EXPECT_EQ(format_em(0.875), "0.875em");
  EXPECT_EQ(format_em(2.0 / 3.0), "0.66667em");
  EXPECT_EQ(format_em(0.05), "0.05em");
  EXPECT_EQ(format_em(0.00001), "0.00001em");
  EXPECT_EQ(format_em(0), "0em");
}

TEST(InlineFontSize, RewritesWordPastedSizesNestedInsideEachOther) {
  // A 12pt paragraph inside a 16 px article, and a 10.5pt span inside it.
  EXPECT_EQ(relative_font_size("12pt", 16, 1), "1em");
  EXPECT_EQ(relative_font_size("10.5pt", 16, 1), "0.875em");
  EXPECT_EQ(relative_font_size("14px", 16, 1), "0.875em");
  EXPECT_EQ(relative_font_size("1.5em", 16, 1), "");
}

}  // namespace pw
