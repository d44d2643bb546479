#include "json_reader.h"

#include <cstdint>
#include <limits>
#include <string>

#include <gtest/gtest.h>

namespace pw {
namespace {

const char* const kCounterV1 = R"({"online": 8, "today": 2451, "total": 1234567, "pollSeconds": 30})";
const char* const kEscapedStrings =
    R"({"plain":"Tin m\u1edbi","pair":"\ud83d\udcf0","nul":"a\u0000b","simple":"\"\\\/\b\f\n\r\t"})";
const char* const kRepeatedKeys = R"({"a":1,"b":2,"a":3})";

JsonValue parsed(const std::string& text) {
  const JsonParseResult result = parse_json(text);
  EXPECT_TRUE(result.ok) << text << "\nerror " << static_cast<int>(result.error) << " at " << result.error_offset;
  return result.value;
}

bool accepts(const std::string& text) { return parse_json(text).ok; }

std::string nested(std::size_t depth, const char* open, const char* inner, const char* close) {
  std::string text;
  for (std::size_t i = 0; i < depth; ++i) text += open;
  text += inner;
  for (std::size_t i = 0; i < depth; ++i) text += close;
  return text;
}

}  // namespace

TEST(ParseJson, ReadsACounterResponseInDocumentOrder) {
  const JsonValue value = parsed(kCounterV1);
  ASSERT_TRUE(value.is_object());
  ASSERT_EQ(value.members.size(), 4u);
  EXPECT_EQ(value.members[0].key, "online");
  EXPECT_EQ(value.members[3].key, "pollSeconds");
  EXPECT_EQ(value.find("today")->integer, 2451u);
  EXPECT_EQ(value.find("total")->number, 1234567);
}

TEST(ParseJson, ReadsEveryKindOfValue) {
  const JsonValue value = parsed(R"([null, true, false, "s", [], {}, [1, [2]], {"k": {"k": null}}])");
  ASSERT_TRUE(value.is_array());
  ASSERT_EQ(value.elements.size(), 8u);
  EXPECT_TRUE(value.elements[0].is_null());
  EXPECT_TRUE(value.elements[1].is_boolean() && value.elements[1].boolean);
  EXPECT_TRUE(value.elements[2].is_boolean() && !value.elements[2].boolean);
  EXPECT_EQ(value.elements[3].text, "s");
  EXPECT_TRUE(value.elements[4].is_array() && value.elements[4].elements.empty());
  EXPECT_TRUE(value.elements[5].is_object() && value.elements[5].members.empty());
  EXPECT_EQ(value.elements[6].elements[1].elements[0].number, 2);
  EXPECT_TRUE(value.elements[7].find("k")->find("k")->is_null());
}

TEST(ParseJson, DecodesEscapesToUtf8) {
  const JsonValue value = parsed(kEscapedStrings);
  EXPECT_EQ(value.find("plain")->text, "Tin m\xE1\xBB\x9Bi");
  EXPECT_EQ(value.find("pair")->text, "\xF0\x9F\x93\xB0");
  EXPECT_EQ(value.find("nul")->text, std::string("a\0b", 3));
  EXPECT_EQ(value.find("simple")->text, "\"\\/\b\f\n\r\t");
  EXPECT_EQ(parsed(R"("\u00E9\u00e9")").text, "\xC3\xA9\xC3\xA9");
}

TEST(ParseJson, KeepsRawUtf8AsWritten) {
  EXPECT_EQ(parsed("\"Ch\xE1\xBB\xAF to h\xC6\xA1n \xF0\x9F\x93\xB0\"").text,
            "Ch\xE1\xBB\xAF to h\xC6\xA1n \xF0\x9F\x93\xB0");
}

TEST(ParseJson, RefusesUnpairedSurrogateEscapes) {
  for (const char* text : {R"("\ud83d")", R"("\ud83dx")", R"("\ud83d\n")", R"("\ud83d\u0041")",
                           R"("\ud83d\ud83d")", R"("\udcf0")", R"("\udcf0\ud83d")", R"("\ud83d\u")",
                           R"("\u12")", R"("\u12G4")", R"("\x41")", R"("\U00e9")"}) {
    EXPECT_FALSE(accepts(text)) << text;
  }
}

TEST(ParseJson, RefusesInvalidUtf8AndRawControlCharacters) {
  for (const char* text : {"\"\xC3\"", "\"\xC0\xAF\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"",
                           "\"\xFF\"", "\"\x80\"", "\"a\nb\"", "\"tab\there\"", "\"\x1F\""}) {
    EXPECT_FALSE(accepts(text)) << testing::PrintToString(std::string(text));
  }
  EXPECT_FALSE(accepts(std::string("\"a\0b\"", 5)));
}

TEST(ParseJson, ClassifiesNumbersByHowTheyWereWritten) {
  const JsonValue value = parsed(
      "[8, -8, -0, 8.0, 8e0, 18446744073709551615, 18446744073709551616, -9223372036854775808,"
      " -9223372036854775809]");
  const auto& n = value.elements;
  EXPECT_EQ(n[0].number_form, JsonNumberForm::unsigned_integer);
  EXPECT_EQ(n[0].integer, 8u);
  EXPECT_EQ(n[1].number_form, JsonNumberForm::negative_integer);
  EXPECT_EQ(n[1].integer, 8u);
  EXPECT_EQ(n[1].number, -8);
  EXPECT_EQ(n[2].number_form, JsonNumberForm::negative_integer);
  EXPECT_EQ(n[3].number_form, JsonNumberForm::decimal);
  EXPECT_EQ(n[3].number, 8);
  EXPECT_EQ(n[4].number_form, JsonNumberForm::decimal);
  EXPECT_EQ(n[5].number_form, JsonNumberForm::unsigned_integer);
  EXPECT_EQ(n[5].integer, std::numeric_limits<std::uint64_t>::max());
  EXPECT_EQ(n[6].number_form, JsonNumberForm::decimal);  // past 64 bits
  EXPECT_EQ(n[6].number, 18446744073709551616.0);
  EXPECT_EQ(n[7].number_form, JsonNumberForm::negative_integer);
  EXPECT_EQ(n[7].integer, std::uint64_t{1} << 63);
  EXPECT_EQ(n[8].number_form, JsonNumberForm::decimal);
}

TEST(ParseJson, ReadsDecimalsToTheNearestDouble) {
  EXPECT_EQ(parsed("2.5").number, 2.5);
  EXPECT_EQ(parsed("-0.1").number, -0.1);
  EXPECT_EQ(parsed("1E3").number, 1000);
  EXPECT_EQ(parsed("1e+3").number, 1000);
  EXPECT_EQ(parsed("25e-1").number, 2.5);
  EXPECT_EQ(parsed("1e0000000000000000000001").number, 10);
}

TEST(ParseJson, RefusesNumbersTooLargeForADoubleAndFlushesTinyOnesToZero) {
  EXPECT_FALSE(accepts("1e400"));
  EXPECT_FALSE(accepts("-1e400"));
  EXPECT_FALSE(accepts(std::string(400, '9')));
  EXPECT_FALSE(accepts(R"({"interval": 1e309})"));
  EXPECT_EQ(parsed("1e-400").number, 0.0);
  EXPECT_EQ(parsed("1.7976931348623157e308").number, std::numeric_limits<double>::max());
}

TEST(ParseJson, RefusesWhatIsNotAJsonNumber) {
  for (const char* text : {"01", "-01", "00", "-", "1.", ".5", "+1", "1e", "1e+", "1.e3", "NaN",
                           "Infinity", "-Infinity", "0x10", "1_000", "--1", "1.5.5", "- 1"}) {
    EXPECT_FALSE(accepts(text)) << text;
  }
}

TEST(ParseJson, RefusesTrailingTextCommentsAndCommas) {
  for (const char* text : {"{} {}", "[1] x", "{\"a\":1,}", "[1,]", "[,1]", "{,}", "[1 2]",
                           "{\"a\" 1}", "{\"a\":}", "{a:1}", "{'a':1}", "// c\n{}", "{} // c",
                           "/* c */ 1", "[1] /**/", "tru", "nulll", "True", "", " ", "{\"a\":1",
                           "[", "\"open"}) {
    EXPECT_FALSE(accepts(text)) << '"' << text << '"';
  }
}

TEST(ParseJson, AllowsOnlyJsonWhitespace) {
  EXPECT_EQ(parsed(" \t\r\n[ 1 ,\t2 ]\n ").elements.size(), 2u);
  EXPECT_FALSE(accepts("\f1"));
  EXPECT_FALSE(accepts("\v1"));
  EXPECT_FALSE(accepts("\xC2\xA0" "1"));  // no-break space
}

TEST(ParseJson, ARepeatedKeyKeepsItsLastValue) {
  const JsonValue value = parsed(kRepeatedKeys);
  ASSERT_EQ(value.members.size(), 2u);
  EXPECT_EQ(value.find("a")->number, 3);
  EXPECT_EQ(value.members[0].key, "a");
}

TEST(ParseJson, SkipsAByteOrderMarkAtTheStartOnly) {
  EXPECT_EQ(parsed("\xEF\xBB\xBF{\"a\":1}").find("a")->number, 1);
  EXPECT_FALSE(accepts("\xEF\xBB{}"));
  EXPECT_FALSE(accepts(" \xEF\xBB\xBF{}"));
}

TEST(ParseJson, AcceptsNestingUpToTheLimit) {
  EXPECT_TRUE(accepts(nested(kMaxJsonDepth, "[", "1", "]")));
  EXPECT_TRUE(accepts(nested(kMaxJsonDepth - 1, "{\"k\":", "[]", "}")));
}

TEST(ParseJson, RefusesNestingBeyondTheLimitWhereItStarts) {
  const JsonParseResult arrays = parse_json(nested(kMaxJsonDepth + 1, "[", "", "]"));
  EXPECT_FALSE(arrays.ok);
  EXPECT_EQ(arrays.error_offset, kMaxJsonDepth);
  EXPECT_EQ(arrays.error, JsonError::too_deep);
  EXPECT_FALSE(accepts(nested(kMaxJsonDepth, "{\"k\":", "[]", "}")));
  EXPECT_FALSE(accepts(std::string(1'000'000, '[')));
}

TEST(ParseJson, SaysWhereAndWhyItStopped) {
  const JsonParseResult result = parse_json(R"({"a": tru})");
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.error_offset, 6u);
  EXPECT_EQ(result.error, JsonError::invalid_literal);
  EXPECT_TRUE(result.value.is_null());
  EXPECT_EQ(parse_json("[1,]").error, JsonError::unexpected_character);
  EXPECT_EQ(parse_json("{}x").error, JsonError::text_after_value);
}

}  // namespace pw
