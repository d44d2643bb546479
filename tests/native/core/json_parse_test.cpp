#include "core/json_parse.h"

#include <cstdint>
#include <limits>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace pw {
namespace {

const char* const kCounterV1 = R"({"online": 8, "today": 2451, "total": 1234567, "pollSeconds": 30})";
const char* const kEscapedStrings =
    R"({"plain":"Tin m\u1edbi","pair":"\ud83d\udcf0","nul":"a\u0000b","simple":"\"\\\/\b\f\n\r\t"})";
const char* const kRepeatedKeys = R"({"a":1,"b":2,"a":3})";

JsonValue parsed(const std::string& text) {
  const JsonParseResult result = parse_json(text);
  EXPECT_TRUE(result.ok) << testing::PrintToString(text);
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
  for (const JsonValue& element : value.elements) EXPECT_EQ(element.key, "");
}

TEST(ParseJson, GivesEachMemberItsOwnKeyAtEveryDepth) {
  const JsonValue value = parsed(R"({"outer": {"inner": [{"deep": 1}], "after": 2}, "last": 3})");
  EXPECT_EQ(value.members[0].key, "outer");
  EXPECT_EQ(value.members[1].key, "last");
  const JsonValue& outer = *value.find("outer");
  EXPECT_EQ(outer.members[0].key, "inner");
  EXPECT_EQ(outer.members[1].key, "after");
  EXPECT_EQ(outer.find("inner")->elements[0].find("deep")->number, 1);
}

TEST(ParseJson, DecodesEscapesToUtf8) {
  const JsonValue value = parsed(kEscapedStrings);
  EXPECT_EQ(value.find("plain")->text, "Tin m\xE1\xBB\x9Bi");
  EXPECT_EQ(value.find("pair")->text, "\xF0\x9F\x93\xB0");
  EXPECT_EQ(value.find("nul")->text, std::string("a\0b", 3));
  EXPECT_EQ(value.find("simple")->text, "\"\\/\b\f\n\r\t");
  // One escape of each UTF-8 length, up to the last code point.
  EXPECT_EQ(parsed(R"("\u0041\u00E9\u1ec7\ud83d\udcf0\udbff\udfff")").text,
            "A\xC3\xA9\xE1\xBB\x87\xF0\x9F\x93\xB0\xF4\x8F\xBF\xBF");
}

TEST(ParseJson, KeepsRawUtf8AsWritten) {
  EXPECT_EQ(parsed("\"Ch\xE1\xBB\xAF to h\xC6\xA1n \xF0\x9F\x93\xB0\"").text,
            "Ch\xE1\xBB\xAF to h\xC6\xA1n \xF0\x9F\x93\xB0");
  // The edges RFC 3629 allows: just below the surrogates, and U+10FFFF.
  EXPECT_EQ(parsed("\"\xED\x9F\xBF\xF4\x8F\xBF\xBF\"").text, "\xED\x9F\xBF\xF4\x8F\xBF\xBF");
}

TEST(ParseJson, RefusesUnpairedSurrogateEscapes) {
  for (const char* text : {R"("\ud83d")", R"("\ud83dx")", R"("\ud83d\n")", R"("\ud83d\u0041")",
                           R"("\ud83d\ud83d")", R"("\udcf0")", R"("\udcf0\ud83d")", R"("\ud83d\u")",
                           R"("\u12")", R"("\u12G4")", R"("\x41")", R"("\U00e9")"}) {
    EXPECT_FALSE(accepts(text)) << text;
  }
}

TEST(ParseJson, RefusesInvalidUtf8AndRawControlCharacters) {
  // Overlong forms, encoded surrogates, code points past U+10FFFF, stray and
  // cut-off bytes.
  for (const char* bad : {"\x80", "\xBF", "\xC0\x80", "\xC0\xAF", "\xC1\xBF", "\xE0\x80\x80", "\xE0\x9F\xBF",
                          "\xED\xA0\x80", "\xED\xBF\xBF", "\xF0\x80\x80\x80", "\xF0\x8F\xBF\xBF",
                          "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\xC3", "\xE1\xBB",
                          "\xF0\x9F\x93", "\xC3\x28", "\xE1\x28\x87"}) {
    EXPECT_FALSE(accepts("\"" + std::string(bad) + "\"")) << testing::PrintToString(std::string(bad));
  }
  for (const char* text : {"\"a\nb\"", "\"tab\there\"", "\"\x1F\""}) {
    EXPECT_FALSE(accepts(text)) << testing::PrintToString(std::string(text));
  }
  EXPECT_FALSE(accepts(std::string("\"a\0b\"", 5)));
}

TEST(ParseJson, RefusesTextAfterANulByte) {
  EXPECT_FALSE(accepts(std::string("{}\0{\"anything\"", 15)));
  EXPECT_FALSE(accepts(std::string("[1]\0", 4)));
  EXPECT_FALSE(accepts(std::string("\0", 1)));
}

TEST(ParseJson, ClassifiesNumbersByHowTheyWereWritten) {
  const JsonValue value = parsed(
      "[8, -8, -0, 8.0, 8e0, 18446744073709551615, 18446744073709551616, -9223372036854775808,"
      " -9223372036854775809, 0]");
  const auto& n = value.elements;
  EXPECT_EQ(n[0].number_form, JsonNumberForm::unsigned_integer);
  EXPECT_EQ(n[0].integer, 8u);
  EXPECT_EQ(n[1].number_form, JsonNumberForm::negative_integer);
  EXPECT_EQ(n[1].integer, 8u);
  EXPECT_EQ(n[1].number, -8);
  EXPECT_EQ(n[2].number_form, JsonNumberForm::negative_integer);
  EXPECT_EQ(n[2].integer, 0u);
  EXPECT_EQ(n[2].number, 0);
  EXPECT_EQ(n[3].number_form, JsonNumberForm::decimal);
  EXPECT_EQ(n[3].number, 8);
  EXPECT_EQ(n[4].number_form, JsonNumberForm::decimal);
  EXPECT_EQ(n[5].number_form, JsonNumberForm::unsigned_integer);
  EXPECT_EQ(n[5].integer, std::numeric_limits<std::uint64_t>::max());
  EXPECT_EQ(n[6].number_form, JsonNumberForm::decimal);  // past 64 bits
  EXPECT_EQ(n[6].number, 18446744073709551616.0);
  EXPECT_EQ(n[7].number_form, JsonNumberForm::negative_integer);
  EXPECT_EQ(n[7].integer, std::uint64_t{1} << 63);
  EXPECT_EQ(n[7].number, -9223372036854775808.0);
  EXPECT_EQ(n[8].number_form, JsonNumberForm::decimal);
  EXPECT_EQ(n[9].number_form, JsonNumberForm::unsigned_integer);
}

TEST(ParseJson, ReadsDecimalsToTheNearestDouble) {
  EXPECT_EQ(parsed("2.5").number, 2.5);
  EXPECT_EQ(parsed("-0.1").number, -0.1);
  EXPECT_EQ(parsed("1E3").number, 1000);
  EXPECT_EQ(parsed("1e+3").number, 1000);
  EXPECT_EQ(parsed("25e-1").number, 2.5);
  EXPECT_EQ(parsed("1e0000000000000000000001").number, 10);
  EXPECT_EQ(parsed("0.30000000000000004").number, 0.1 + 0.2);
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
                           "[", "\"open", "{\"a\": tru}"}) {
    EXPECT_FALSE(accepts(text)) << '"' << text << '"';
  }
  EXPECT_TRUE(parse_json("[1,]").value.is_null());
}

TEST(ParseJson, AllowsOnlyJsonWhitespace) {
  EXPECT_EQ(parsed(" \t\r\n[ 1 ,\t2 ]\n ").elements.size(), 2u);
  EXPECT_FALSE(accepts("\f1"));
  EXPECT_FALSE(accepts("\v1"));
  EXPECT_FALSE(accepts("\xC2\xA0" "1"));  // no-break space
}

TEST(ParseJson, ARepeatedKeyKeepsItsFirstPlaceAndLastValue) {
  const JsonValue value = parsed(kRepeatedKeys);
  ASSERT_EQ(value.members.size(), 2u);
  EXPECT_EQ(value.find("a")->number, 3);
  EXPECT_EQ(value.members[0].key, "a");
  const JsonValue objects = parsed(R"({"a":{"x":1},"b":0,"a":{"y":2},"b":[],"c":4,"a":6})");
  ASSERT_EQ(objects.members.size(), 3u);
  EXPECT_EQ(objects.members[0].key, "a");
  EXPECT_EQ(objects.members[0].number, 6);
  EXPECT_TRUE(objects.members[1].is_array());
  EXPECT_EQ(objects.members[2].number, 4);
}

TEST(ParseJson, RepeatedKeysAgreeWithAMapOnThousandsOfKeys) {
  std::mt19937 random(6901);
  std::map<std::string, int> last;
  std::vector<std::string> first_seen;
  std::string text = "{";
  for (int i = 0; i < 20000; ++i) {
    const std::string key = "k" + std::to_string(random() % 5000);
    if (!last.count(key)) first_seen.push_back(key);
    last[key] = i;
    text += (i ? ",\"" : "\"") + key + "\":" + std::to_string(i);
  }
  const JsonValue value = parsed(text + "}");
  ASSERT_EQ(value.members.size(), first_seen.size());
  for (std::size_t i = 0; i < value.members.size(); ++i) {
    ASSERT_EQ(value.members[i].key, first_seen[i]);
    ASSERT_EQ(value.members[i].number, last[first_seen[i]]);
  }
}

TEST(ParseJson, SkipsAByteOrderMarkAtTheStartOnly) {
  EXPECT_EQ(parsed("\xEF\xBB\xBF{\"a\":1}").find("a")->number, 1);
  EXPECT_FALSE(accepts("\xEF\xBB{}"));
  EXPECT_FALSE(accepts("\xEF{}"));
  EXPECT_FALSE(accepts("\xEF\xBB\xBF"));
  EXPECT_FALSE(accepts(" \xEF\xBB\xBF{}"));
  EXPECT_FALSE(accepts("\xEF\xBB\xBF\xEF\xBB\xBF{}"));
}

TEST(ParseJson, AcceptsNestingUpToTheLimit) {
  EXPECT_TRUE(accepts(nested(kMaxJsonDepth, "[", "1", "]")));
  EXPECT_TRUE(accepts(nested(kMaxJsonDepth - 1, "{\"k\":", "[]", "}")));
}

TEST(ParseJson, RefusesNestingBeyondTheLimit) {
  EXPECT_FALSE(accepts(nested(kMaxJsonDepth + 1, "[", "", "]")));
  EXPECT_FALSE(accepts(nested(kMaxJsonDepth, "{\"k\":", "[]", "}")));
  EXPECT_FALSE(accepts(std::string(1'000'000, '[')));
  EXPECT_FALSE(accepts(nested(100'000, "[", "", "]")));
}

// Our printf-free get_token_string() (see json_parse.cpp) against
// nlohmann's own, on a lexer of another input type.
TEST(PrintableJsonToken, WritesTokensAsNlohmannsLexerDoes) {
  using StringLexer = nlohmann::detail::lexer<
      nlohmann::json, nlohmann::detail::iterator_input_adapter<std::string::const_iterator>>;
  for (int byte = 0; byte < 256; ++byte) {
    // A string that stops at the byte if it is a control character, or
    // else at the missing closing quote: either way the token is all of it.
    const std::string text = "\"x" + std::string(1, static_cast<char>(byte));
    if (byte == '"' || byte == '\\') continue;
    StringLexer lexer({text.begin(), text.end()}, false);
    ASSERT_EQ(lexer.scan(), StringLexer::token_type::parse_error) << byte;
    EXPECT_EQ(printable_json_token(text), lexer.get_token_string()) << byte;
  }
  EXPECT_EQ(printable_json_token("\"a\x1F"), "\"a<U+001F>");
  EXPECT_EQ(printable_json_token(std::string("\0\n", 2)), "<U+0000><U+000A>");
}

}  // namespace pw
