#include "core/accessible_name.h"

#include <gtest/gtest.h>

namespace pw {

TEST(AccessibleName, AddsTheVisibleSymbolSoSpeechInputCanUseIt) {
  EXPECT_EQ(name_with_visible_text("Tăng cỡ chữ", "A+"), "Tăng cỡ chữ A+");
  EXPECT_EQ(name_with_visible_text("Giảm cỡ chữ", "A-"), "Giảm cỡ chữ A-");
}

TEST(AccessibleName, CollapsesWhitespaceOfTheVisibleText) {
  EXPECT_EQ(name_with_visible_text("Tăng cỡ chữ", "\n   A+  "), "Tăng cỡ chữ A+");
  EXPECT_EQ(name_with_visible_text("Larger", " A \t + "), "Larger A +");
}

TEST(AccessibleName, LabelAlreadyHoldingTheTextIsKept) {
  EXPECT_EQ(name_with_visible_text("Cỡ chữ mặc định", ""), "Cỡ chữ mặc định");
  EXPECT_EQ(name_with_visible_text("Text size A+", "a+"), "Text size A+");
  EXPECT_EQ(name_with_visible_text("Default text size", "A"), "Default text size");
}

}  // namespace pw
