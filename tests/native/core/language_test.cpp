#include "core/language.h"

#include <gtest/gtest.h>

namespace pw {

TEST(Language, ReadsPrimarySubtagCaseInsensitively) {
  EXPECT_EQ(parse_language("vi"), Language::vi);
  EXPECT_EQ(parse_language("vi-VN"), Language::vi);
  EXPECT_EQ(parse_language("EN-gb"), Language::en);
  EXPECT_EQ(parse_language("en_US"), Language::en);
}

TEST(Language, RejectsOtherLanguagesAndLookalikes) {
  EXPECT_EQ(parse_language(""), std::nullopt);
  EXPECT_EQ(parse_language("fr"), std::nullopt);
  EXPECT_EQ(parse_language("vie"), std::nullopt);
  EXPECT_EQ(parse_language("eng"), std::nullopt);
  EXPECT_EQ(parse_language("v"), std::nullopt);
}

TEST(Language, PageWithoutKnownLanguageDefaultsToVietnamese) {
  EXPECT_EQ(language_for_page(""), Language::vi);
  EXPECT_EQ(language_for_page("fr-FR"), Language::vi);
  EXPECT_EQ(language_for_page("en"), Language::en);
}

}  // namespace pw
