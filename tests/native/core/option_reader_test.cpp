#include "core/option_reader.h"

#include <gtest/gtest.h>

#include "core/json_parse.h"

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

TEST(OptionReader, ANumberOutOfRangeTakesTheNearestBoundAndSaysSo) {
  std::vector<std::string> warnings;
  const JsonValue options = parse_json(R"({"low": -2.5, "big": 1e300, "edge": 10})").value;
  OptionReader reader(options, warnings);
  double low = 1, big = 2, edge = 3;
  reader.read_number("low", low, 0, 10);
  reader.read_number("big", big, 0, 10, "seconds");
  reader.read_number("edge", edge, 0, 10);
  EXPECT_EQ(low, 0);
  EXPECT_EQ(big, 10);
  EXPECT_EQ(edge, 10);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0], "option \"low\" is -2.5, below the minimum of 0; 0 is used");
  EXPECT_EQ(warnings[1], "option \"big\" is ∞, above the maximum of 10 seconds; 10 is used");
}

TEST(OptionReader, ATextThatIsNoNumberKeepsTheDefaultAndQuotesTheText) {
  std::vector<std::string> warnings;
  const JsonValue options = parse_json(R"({"interval": "abc", "count": [5], "given": "2.5"})").value;
  OptionReader reader(options, warnings);
  double interval = 30, count = 4, given = 0;
  reader.read_seconds("interval", interval, 10, 3600);
  reader.read_number("count", count, 0, 10);
  reader.read_number("given", given, 0, 10);
  EXPECT_EQ(interval, 30);
  EXPECT_EQ(count, 4);
  EXPECT_EQ(given, 2.5);  // a decimal text, as an attribute gives it
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0], "option \"interval\" \"abc\" is not a number; the default, 30 seconds, is used");
  EXPECT_EQ(warnings[1], "option \"count\" must be a number; the default, 4, is used");
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

namespace pw {
namespace {

// Reads as a widget does: the three layers of a page, weakest first.
struct Layered {
  ParsedOptionLayers parsed;
  OptionReader reader;
  explicit Layered(OptionLayers layers)
      : parsed(parse_option_layers(layers)), reader(parsed.layers, parsed.warnings) {}
};

}  // namespace

TEST(LayeredOptions, TheStrongestLayerWinsKeyByKey) {
  Layered options({R"({"a":1,"b":1,"c":1})", R"({"b":2,"c":"2"})", R"({"c":3})", ""});
  double a = 0, b = 0, c = 0;
  options.reader.read_number("a", a, 0, 9);
  options.reader.read_number("b", b, 0, 9);
  options.reader.read_number("c", c, 0, 9, "seconds");
  EXPECT_EQ(a, 1);
  EXPECT_EQ(b, 2);
  EXPECT_EQ(c, 3);
  EXPECT_TRUE(options.parsed.warnings.empty());
}

// A mistake in mount() options used to hide a good named attribute.
TEST(LayeredOptions, AValueThatIsNoNumberFallsBackToTheNextLayersGoodOneAndSaysSo) {
  Layered options({R"({"interval":20})", R"({"interval":"60","zoomMax":"4"})",
                   R"({"interval":"soon","zoomMax":true})", ""});
  double interval = 30, zoom = 2;
  options.reader.read_seconds("interval", interval, 10, 3600);
  options.reader.read_number("zoomMax", zoom, 1, 32, "times the fitted size");
  EXPECT_EQ(interval, 60);
  EXPECT_EQ(zoom, 4);
  ASSERT_EQ(options.parsed.warnings.size(), 2u);
  EXPECT_EQ(options.parsed.warnings[0],
            "mount() option \"interval\" \"soon\" is not a number; data-pw-interval is used");
  EXPECT_EQ(options.parsed.warnings[1], "mount() option \"zoomMax\" must be a number; data-pw-zoom-max is used");
}

// An integrator who asks for 5 s wants the nearest allowed interval, not the default.
TEST(LayeredOptions, AnOutOfRangeNumberIsUsedAtTheNearestBoundAndHidesWeakerLayers) {
  Layered options({R"({"interval":20})", R"({"interval":"5"})", R"({"interval":"soon"})", ""});
  double interval = 30;
  options.reader.read_seconds("interval", interval, 10, 3600);
  EXPECT_EQ(interval, 10);
  ASSERT_EQ(options.parsed.warnings.size(), 2u);
  EXPECT_EQ(options.parsed.warnings[0],
            "mount() option \"interval\" \"soon\" is not a number; data-pw-interval is used");
  EXPECT_EQ(options.parsed.warnings[1],
            "data-pw-interval is 5, below the minimum of 10 seconds; 10 is used");
}

TEST(LayeredOptions, WhenNoLayerIsGoodTheDefaultStaysAndEachBadValueIsNamed) {
  Layered options({R"({"loop":"often"})", "", R"({"loop":7})", ""});
  bool loop = true;
  options.reader.read_flag("loop", loop);
  EXPECT_TRUE(loop);
  ASSERT_EQ(options.parsed.warnings.size(), 2u);
  EXPECT_EQ(options.parsed.warnings[0], "mount() option \"loop\" 7 must be true or false; the default is used");
  EXPECT_EQ(options.parsed.warnings[1],
            "option \"loop\" in data-pw-options \"often\" must be true or false; the default is used");
}

TEST(LayeredOptions, NestedTextsComeKeyByKeyFromEveryLayer) {
  Layered options({R"({"strings":{"next":"Sau","close":"Đóng"}})", "",
                   R"({"strings":{"next":"Tiếp","close":5}})", ""});
  OptionReader texts = options.reader.nested("strings");
  std::string next, close;
  texts.read_string("next", next);
  texts.read_string("close", close);
  EXPECT_EQ(next, "Tiếp");
  EXPECT_EQ(close, "Đóng");
  ASSERT_EQ(options.parsed.warnings.size(), 1u);
  EXPECT_EQ(options.parsed.warnings[0],
            "mount() option \"strings.close\" 5 must be a string; "
            "option \"strings.close\" in data-pw-options is used");
}

TEST(LayeredOptions, ANestedValueThatIsNotAnObjectIsIgnoredForTheOthers) {
  Layered options({R"({"strings":{"next":"Sau"}})", "", R"({"strings":"oops"})", ""});
  OptionReader texts = options.reader.nested("strings");
  std::string next;
  texts.read_string("next", next);
  EXPECT_EQ(next, "Sau");
  ASSERT_EQ(options.parsed.warnings.size(), 1u);
  EXPECT_EQ(options.parsed.warnings[0], "mount() option \"strings\" must be an object; it is ignored");
}

TEST(LayeredOptions, UnknownKeysOfAnyLayerAreReportedOnceInKeyOrder) {
  Layered options({R"({"zeta":1,"alpha":1})", R"({"alpha":"1"})", R"({"mid":1,"n":1})", ""});
  options.reader.report_unknown_keys({"n"}, "option");
  EXPECT_EQ(options.parsed.warnings,
            (std::vector<std::string>{"unknown option \"alpha\" is ignored", "unknown option \"mid\" is ignored",
                                      "unknown option \"zeta\" is ignored"}));
}

TEST(LayeredOptions, LayersWithThousandsOfKeysReadAndReportQuickly) {
  std::string first = "{", second = "{";
  for (int i = 0; i < 3000; ++i) {
    first += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":1";
    second += (i ? ",\"k" : "\"k") + std::to_string(i * 2) + "\":2";
  }
  Layered options({first + "}", "", second + "}", ""});
  double k1 = 0, k2 = 0, k5998 = 0;
  options.reader.read_number("k1", k1, 0, 9);
  options.reader.read_number("k2", k2, 0, 9);
  options.reader.read_number("k5998", k5998, 0, 9);
  EXPECT_EQ(k1, 1);
  EXPECT_EQ(k2, 2);
  EXPECT_EQ(k5998, 2);
  options.reader.report_unknown_keys({}, "option");
  EXPECT_EQ(options.parsed.warnings.size(), 4500u);  // k0..k2999 and the even k3000..k5998, once each
  EXPECT_EQ(options.parsed.warnings[0], "unknown option \"k0\" is ignored");
}

}  // namespace pw
