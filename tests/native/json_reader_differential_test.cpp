// Our reader against nlohmann/json (the reader it replaced, kept for the
// native tests only): same accept/reject and same values on tricky input.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "json_reader.h"

namespace pw {
namespace {

// Valid and invalid documents, each probing one corner of RFC 8259.
const std::vector<std::string> kTrickyDocuments = {
    // values and whitespace
    "null", "true", "false", "0", "\"\"", "[]", "{}", " \t\r\n{ \"a\" : [ 1 , 2 ] } \n", "[[[[]]]]",
    R"({"a":{"b":{"c":[{"d":null}]}}})", "\xEF\xBB\xBF{}", "\xEF\xBB\xBF", "\xEF\xBB", "\xEF{}",
    "\f1", "\v1", "\xC2\xA0" "1", "1 ", " 1", "", " ", "\n",
    // strings, escapes and surrogates
    R"("\"\\\/\b\f\n\r\t")", R"("\u0000")", R"("\u001f")", R"("\u00e9\u00E9")", R"("\u20ac")",
    R"("\ud83d\udcf0")", R"("\uD83D\uDCF0")", R"("\ud83d")", R"("\udcf0")", R"("\udcf0\ud83d")",
    R"("\ud83d\ud83d")", R"("\ud83d\u0041")", R"("\ud83dx")", R"("\ud83d\")", R"("\u12")",
    R"("\u12g4")", R"("\x41")", R"("\U00e9")", R"("\a")", R"("\'")", "\"\\", "\"abc", "\"a\tb\"",
    "\"a\nb\"", "\"\x1f\"", "\"\x7f\"", std::string("\"a\0b\"", 5), std::string("[1]\0", 4),
    // raw UTF-8, good and bad
    "\"Tin m\xE1\xBB\x9Bi \xF0\x9F\x93\xB0\"", "\"\xC3\"", "\"\xC3\x28\"", "\"\xC0\xAF\"",
    "\"\xC1\xBF\"", "\"\xE0\x80\xAF\"", "\"\xE0\x9F\xBF\"", "\"\xE0\xA0\x80\"", "\"\xED\x9F\xBF\"",
    "\"\xED\xA0\x80\"", "\"\xED\xBF\xBF\"", "\"\xEE\x80\x80\"", "\"\xF0\x8F\xBF\xBF\"",
    "\"\xF0\x90\x80\x80\"", "\"\xF4\x8F\xBF\xBF\"", "\"\xF4\x90\x80\x80\"", "\"\xF5\x80\x80\x80\"",
    "\"\xFE\"", "\"\xFF\"", "\"\x80\"", "\"\xE1\xBB\"", "\"\xF0\x9F\x93\"", "\xC3\xA9",
    // numbers
    "-0", "-0.0", "0.0", "0e0", "0E+0", "0e-0", "1e1", "1E-1", "1.5e+3", "01", "-01", "00", "1.",
    ".5", "+1", "-", "1e", "1e+", "1.e3", "--1", "1.5.5", "0x10", "NaN", "Infinity", "-Infinity",
    "18446744073709551615", "18446744073709551616", "-9223372036854775808", "-9223372036854775809",
    "9007199254740993", "123456789012345678901234567890", "1e22", "1e23", "8.41e21", "1e308",
    "1.7976931348623157e308", "1.7976931348623159e308", "1e309", "-1e309", "1e400", "1e-400",
    "2.2250738585072011e-308", "4.9406564584124654e-324", "2.4703282292062328e-324", "5e-324",
    "1e0000000000000000000001", "0.1", "0.30000000000000004", "3.141592653589793238462643383279",
    std::string(400, '9'), "0." + std::string(400, '0') + "1", "1" + std::string(330, '0') + "e-330",
    // containers, commas and duplicate keys
    "[1,]", "[,1]", "[1 2]", "[1,,2]", "{\"a\":1,}", "{,}", "{\"a\" 1}", "{\"a\":}", "{a:1}",
    "{'a':1}", "{\"a\":1 \"b\":2}", "{\"a\":1,\"a\":2}", "{\"a\":{\"x\":1},\"a\":{\"y\":2}}",
    "{\"b\":1,\"a\":2,\"b\":3}", "{\"\":0}", "{1:1}", "[", "]", "{", "}", "[}", "{]", "[1]]",
    "{}}", "{} {}", "[1] x", "tru", "nul", "nulll", "True", "NULL", "[true false]",
    // comments are not JSON
    "// c\n{}", "{} // c", "/* c */ 1", "[1] /**/", "# c\n1",
    // a counter response and option layers as pages write them
    R"({"online":8,"today":2451,"total":1234567,"pollSeconds":30})",
    R"({"d":{"UsersOnline":8},"stats":[{"online":8},{"today":"2451"}]})",
    R"({"lang":"vi","steps":[87.5,100,112.5],"strings":{"larger":"Ch\u1eef to h\u01a1n"}})",
};

std::int64_t ulps_apart(double a, double b) {
  std::int64_t x = 0, y = 0;
  std::memcpy(&x, &a, sizeof a);
  std::memcpy(&y, &b, sizeof b);
  return x > y ? x - y : y - x;
}

testing::AssertionResult same_value(const JsonValue& ours, const nlohmann::json& theirs) {
  using testing::AssertionFailure;
  using testing::AssertionSuccess;
  if (theirs.is_null()) return ours.is_null() ? AssertionSuccess() : AssertionFailure() << "not null";
  if (theirs.is_boolean()) {
    if (ours.is_boolean() && ours.boolean == theirs.get<bool>()) return AssertionSuccess();
    return AssertionFailure() << "boolean differs from " << theirs;
  }
  if (theirs.is_string()) {
    if (ours.is_string() && ours.text == theirs.get<std::string>()) return AssertionSuccess();
    return AssertionFailure() << "string differs from " << theirs;
  }
  if (theirs.is_number_unsigned()) {
    if (ours.is_number() && ours.number_form == JsonNumberForm::unsigned_integer &&
        ours.integer == theirs.get<std::uint64_t>() && ours.number == theirs.get<double>()) {
      return AssertionSuccess();
    }
    return AssertionFailure() << "unsigned integer differs from " << theirs;
  }
  if (theirs.is_number_integer()) {
    const auto magnitude = 0 - static_cast<std::uint64_t>(theirs.get<std::int64_t>());
    if (ours.is_number() && ours.number_form == JsonNumberForm::negative_integer &&
        ours.integer == magnitude && ours.number == theirs.get<double>()) {
      return AssertionSuccess();
    }
    return AssertionFailure() << "negative integer differs from " << theirs;
  }
  if (theirs.is_number_float()) {
    const double expected = theirs.get<double>();
    if (ours.is_number() && ours.number_form == JsonNumberForm::decimal &&
        std::signbit(ours.number) == std::signbit(expected) &&
        ulps_apart(std::fabs(ours.number), std::fabs(expected)) <= 1) {
      return AssertionSuccess();
    }
    return AssertionFailure() << "decimal " << ours.number << " differs from " << theirs;
  }
  if (theirs.is_array()) {
    if (!ours.is_array() || ours.elements.size() != theirs.size()) {
      return AssertionFailure() << "array differs from " << theirs;
    }
    for (std::size_t i = 0; i < theirs.size(); ++i) {
      auto same = same_value(ours.elements[i], theirs[i]);
      if (!same) return same << " at [" << i << "]";
    }
    return AssertionSuccess();
  }
  if (!ours.is_object() || ours.members.size() != theirs.size()) {
    return AssertionFailure() << "object differs from " << theirs;
  }
  for (const auto& item : theirs.items()) {
    const JsonValue* member = ours.find(item.key());
    if (!member) return AssertionFailure() << "no member \"" << item.key() << '"';
    auto same = same_value(*member, item.value());
    if (!same) return same << " at \"" << item.key() << '"';
  }
  return AssertionSuccess();
}

// nlohmann takes a NUL byte where a token may start for the end of the text
// (for C strings), so it accepts "{}\0anything"; we refuse bytes after the value.
bool nlohmann_stopped_at_nul(const std::string& text, const JsonParseResult& ours) {
  return !ours.ok && ours.error_offset < text.size() && text[ours.error_offset] == '\0' &&
         parse_json(text.substr(0, ours.error_offset)).ok;
}

testing::AssertionResult readers_agree(const std::string& text) {
  const JsonParseResult ours = parse_json(text);
  const nlohmann::json theirs = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  const auto shown = testing::PrintToString(text.size() > 80 ? text.substr(0, 80) + "…" : text);
  if (!theirs.is_discarded() && nlohmann_stopped_at_nul(text, ours)) return testing::AssertionSuccess();
  if (ours.ok == theirs.is_discarded()) {
    return testing::AssertionFailure() << shown << (ours.ok ? " accepted" : " refused: error ")
                                       << static_cast<int>(ours.error)
                                       << (ours.ok ? "" : ", nlohmann accepts it");
  }
  if (!ours.ok) return testing::AssertionSuccess();
  auto same = same_value(ours.value, theirs);
  if (!same) same << " in " << shown;
  return same;
}

// One random edit: a byte replaced by, or inserted from, the bytes JSON
// grammar turns on; or a byte deleted.
std::string mutated(std::string text, std::mt19937& random) {
  static const std::string kPivotal =
      std::string("{}[]\",:\\/ \t\n0123456789-+.eEtfnulrsaxu\x7f\x80\xBF\xC3\xED\xF0\xF4\xFF") +
      std::string(1, '\0');
  const std::size_t at = text.empty() ? 0 : random() % (text.size() + 1);
  const char pick = kPivotal[random() % kPivotal.size()];
  switch (random() % 3) {
    case 0:
      if (at < text.size()) text[at] = pick;
      break;
    case 1:
      text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), pick);
      break;
    default:
      if (at < text.size()) text.erase(at, 1);
  }
  return text;
}

}  // namespace

TEST(JsonReaderDifferential, AgreesWithNlohmannOnTrickyDocuments) {
  for (const std::string& text : kTrickyDocuments) EXPECT_TRUE(readers_agree(text));
}

TEST(JsonReaderDifferential, AgreesWithNlohmannOnEditedDocuments) {
  std::mt19937 random(8259);
  int refused = 0, accepted = 0;
  for (const std::string& seed : kTrickyDocuments) {
    for (int i = 0; i < 200; ++i) {
      std::string text = mutated(seed, random);
      if (i % 2) text = mutated(text, random);
      ASSERT_TRUE(readers_agree(text));
      (parse_json(text).ok ? accepted : refused) += 1;
    }
  }
  // Both outcomes must be well represented, or the corpus tests little.
  EXPECT_GT(accepted, 2000);
  EXPECT_GT(refused, 2000);
}

TEST(JsonReaderDifferential, AgreesOnRandomNumberLiterals) {
  std::mt19937 random(1);
  for (int i = 0; i < 20000; ++i) {
    std::string text = random() % 2 ? "-" : "";
    const int digits = 1 + static_cast<int>(random() % 24);
    for (int d = 0; d < digits; ++d) text += static_cast<char>('0' + random() % 10);
    if (random() % 2) text += "." + std::to_string(random());
    if (random() % 2) text += "e" + std::to_string(static_cast<int>(random() % 700) - 350);
    ASSERT_TRUE(readers_agree(text));
  }
}

TEST(JsonReaderDifferential, AgreesOnObjectsWithThousandsOfRepeatedKeys) {
  std::mt19937 random(3);
  std::string text = "{";
  for (int i = 0; i < 6000; ++i) {
    if (i) text += ',';
    text += "\"k" + std::to_string(random() % 2000) + "\":" + std::to_string(i);
    if (i % 7 == 0) text += "0";  // some values are wider
  }
  text += "}";
  EXPECT_TRUE(readers_agree(text));
}

// The intended differences: nlohmann has no depth limit, and it reads a NUL
// byte as the end of the text.
TEST(JsonReaderDifferential, DisagreesOnlyPastTheDepthLimit) {
  const std::string at_limit = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
  const std::string past_limit = "[" + at_limit + "]";
  EXPECT_TRUE(readers_agree(at_limit));
  EXPECT_FALSE(parse_json(past_limit).ok);
  EXPECT_FALSE(nlohmann::json::parse(past_limit, nullptr, false).is_discarded());
}

TEST(JsonReaderDifferential, DisagreesOnTextAfterANulByte) {
  const std::string text("{}\0{\"anything\"", 15);
  EXPECT_FALSE(nlohmann::json::parse(text, nullptr, false).is_discarded());
  const JsonParseResult ours = parse_json(text);
  EXPECT_FALSE(ours.ok);
  EXPECT_EQ(ours.error_offset, 2u);
}

}  // namespace pw
