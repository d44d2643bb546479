#include "core/ui_strings.h"

#include <gtest/gtest.h>

namespace pw {

TEST(UiStrings, VietnameseButtonNamesAreDistinct) {
  const auto& vi = default_font_scale_strings(Language::vi);
  EXPECT_EQ(vi.smaller, "Giảm cỡ chữ");
  EXPECT_EQ(vi.reset, "Cỡ chữ mặc định");
  EXPECT_EQ(vi.larger, "Tăng cỡ chữ");
}

TEST(UiStrings, EnglishTableIsComplete) {
  const auto& en = default_font_scale_strings(Language::en);
  for (const auto* text : {&en.group, &en.smaller, &en.reset, &en.larger, &en.changed,
                           &en.at_smallest, &en.at_largest, &en.smaller_text, &en.reset_text,
                           &en.larger_text}) {
    EXPECT_FALSE(text->empty());
  }
  EXPECT_EQ(en.larger, "Increase text size");
}

TEST(UiStrings, FillsEveryPercentPlaceholder) {
  EXPECT_EQ(fill_percent("Cỡ chữ {percent}", "125%"), "Cỡ chữ 125%");
  EXPECT_EQ(fill_percent("{percent}/{percent}", "90%"), "90%/90%");
  EXPECT_EQ(fill_percent("no placeholder", "90%"), "no placeholder");
  EXPECT_EQ(fill_percent("{percent", "90%"), "{percent");
}

TEST(UiStrings, AnUnknownWidgetIsNamedAsWrittenAndLeftAlone) {
  EXPECT_EQ(unknown_widget_problem("galery"), "unknown data-pw value \"galery\"; the element is left as it is");
  EXPECT_EQ(unknown_widget_problem(""), "unknown data-pw value \"\"; the element is left as it is");
}

}  // namespace pw
