#include "utf8.h"

#include <gtest/gtest.h>

namespace pw {

TEST(Utf8SequenceLength, MeasuresWellFormedCharacters) {
  EXPECT_EQ(utf8_sequence_length("a"), 1u);
  EXPECT_EQ(utf8_sequence_length("\xC3\xA9"), 2u);          // é
  EXPECT_EQ(utf8_sequence_length("\xE1\xBB\x87 rest"), 3u);  // ệ
  EXPECT_EQ(utf8_sequence_length("\xED\x9F\xBF"), 3u);      // U+D7FF, just below the surrogates
  EXPECT_EQ(utf8_sequence_length("\xF0\x9F\x93\xB0"), 4u);  // 📰
  EXPECT_EQ(utf8_sequence_length("\xF4\x8F\xBF\xBF"), 4u);  // U+10FFFF
}

TEST(Utf8SequenceLength, RefusesWhatRfc3629Forbids) {
  for (const char* bad : {"\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xE0\x9F\xBF",
                          "\xED\xA0\x80", "\xED\xBF\xBF", "\xF0\x80\x80\x80", "\xF0\x8F\xBF\xBF",
                          "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\xC3", "\xE1\xBB",
                          "\xF0\x9F\x93", "\xC3\x28", "\xE1\x28\x87"}) {
    EXPECT_EQ(utf8_sequence_length(bad), 0u) << testing::PrintToString(std::string(bad));
  }
  EXPECT_EQ(utf8_sequence_length(""), 0u);
}

TEST(AppendUtf8, EncodesEachLength) {
  std::string out;
  for (char32_t code : {U'A', U'\u00E9', U'\u1EC7', U'\U0001F4F0', U'\U0010FFFF'}) append_utf8(out, code);
  EXPECT_EQ(out, "A\xC3\xA9\xE1\xBB\x87\xF0\x9F\x93\xB0\xF4\x8F\xBF\xBF");
}

}  // namespace pw
