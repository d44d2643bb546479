#include "core/ascii.h"

#include <gtest/gtest.h>

#include <cctype>

namespace pw {

TEST(Ascii, FoldsAndTestsEveryByteAsTheCLocaleDoes) {
  for (int byte = 0; byte < 256; ++byte) {
    const char c = static_cast<char>(byte);
    EXPECT_EQ(ascii_lower(c), static_cast<char>(std::tolower(byte))) << byte;
    EXPECT_EQ(is_ascii_space(c), std::isspace(byte) != 0) << byte;
  }
}

TEST(Ascii, ComparesIgnoringTheTextsCase) {
  EXPECT_TRUE(starts_with_ignoring_case("HTTPS://a", "https:"));
  EXPECT_TRUE(starts_with_ignoring_case("vi-VN", "vi"));
  EXPECT_FALSE(starts_with_ignoring_case("v", "vi"));
  EXPECT_FALSE(starts_with_ignoring_case("\xC3\xA9n", "en"));
  EXPECT_TRUE(equals_ignoring_case("JPG", "jpg"));
  EXPECT_FALSE(equals_ignoring_case("jpgx", "jpg"));
  EXPECT_TRUE(equals_ignoring_case("", ""));
}

TEST(Ascii, TrimsSpacesAtBothEndsOnly) {
  EXPECT_EQ(trim_ascii_space(" \t12 px\n\f\v\r"), "12 px");
  EXPECT_EQ(trim_ascii_space("   "), "");
  EXPECT_EQ(trim_ascii_space("\xC2\xA0x"), "\xC2\xA0x");  // a no-break space is not ASCII
}

}  // namespace pw
