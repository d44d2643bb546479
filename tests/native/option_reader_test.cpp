#include "option_reader.h"

#include <gtest/gtest.h>

#include "json_reader.h"

namespace pw {

const JsonValue kMixedOptions =
    parse_json(R"({"n": 5, "big": 1e300, "s": "text", "b": true, "wrong": "5", "extra": 1})").value;

TEST(OptionReader, ReadsValuesOfTheRightType) {
  std::vector<std::string> warnings;
  OptionReader reader(kMixedOptions, warnings);
  double n = 0;
  std::string s;
  bool b = false;
  reader.read_number("n", n, 0, 10);
  reader.read_string("s", s);
  reader.read_bool("b", b);
  EXPECT_EQ(n, 5);
  EXPECT_EQ(s, "text");
  EXPECT_TRUE(b);
  EXPECT_TRUE(warnings.empty());
}

TEST(OptionReader, WrongTypeOrRangeKeepsTheDefaultAndWarnsOnce) {
  std::vector<std::string> warnings;
  OptionReader reader(kMixedOptions, warnings);
  double wrong = 1;
  double big = 2;
  reader.read_number("wrong", wrong, 0, 10);
  reader.read_number("big", big, 0, 10);
  EXPECT_EQ(wrong, 1);
  EXPECT_EQ(big, 2);
  EXPECT_EQ(warnings.size(), 2u);
}

TEST(OptionReader, AbsentKeysAreSilent) {
  std::vector<std::string> warnings;
  OptionReader reader(kMixedOptions, warnings);
  double missing = 3;
  reader.read_number("missing", missing, 0, 10);
  EXPECT_EQ(missing, 3);
  EXPECT_TRUE(warnings.empty());
}

TEST(OptionReader, ReportsEachUnknownKey) {
  std::vector<std::string> warnings;
  OptionReader reader(kMixedOptions, warnings);
  reader.report_unknown_keys({"n", "big", "s", "b"}, "option");
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_NE(warnings[0].find("\"extra\""), std::string::npos);
  EXPECT_NE(warnings[1].find("\"wrong\""), std::string::npos);
}

TEST(OptionReader, OverlongStringIsRejected) {
  std::vector<std::string> warnings;
  const JsonValue options = parse_json(R"({"key":")" + std::string(300, 'x') + R"("})").value;
  OptionReader reader(options, warnings);
  std::string key = "default";
  reader.read_string("key", key, 100);
  EXPECT_EQ(key, "default");
  EXPECT_EQ(warnings.size(), 1u);
}

TEST(OptionReader, AHugeUnknownKeyIsQuotedShortenedBetweenCharacters) {
  // 39 ASCII bytes, then "ả" (3 bytes) straddling the 40-byte cut, then 100 KB more.
  const std::string key = std::string(39, 'k') + "\xE1\xBA\xA3" + std::string(100 * 1024, 'x');
  const JsonValue options = parse_json("{\"" + key + "\": 1}").value;
  std::vector<std::string> warnings;
  OptionReader reader(options, warnings);
  reader.report_unknown_keys({"known"}, "option");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], "unknown option \"" + std::string(39, 'k') + "…\" is ignored");
}

}  // namespace pw
