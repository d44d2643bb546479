#include "carousel/options.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <utility>

namespace pw {
namespace {

OptionLayers attributes(std::string json) { return {"", std::move(json), "", ""}; }

TEST(CarouselOptions, DefaultsAreStillVietnameseAndNotLooping) {
  const auto parsed = parse_carousel_options({});
  EXPECT_TRUE(parsed.warnings.empty());
  EXPECT_FALSE(parsed.options.loop);
  EXPECT_FALSE(parsed.options.autoplay);
  EXPECT_EQ(parsed.options.interval_seconds, 5);
  EXPECT_EQ(parsed.options.strings.region, "Các tin khác");
  EXPECT_EQ(parsed.options.strings.next, "Tin tiếp theo");
}

TEST(CarouselOptions, AttributeSwitchesAcceptPresenceTrueAndFalse) {
  EXPECT_TRUE(parse_carousel_options(attributes(R"({"loop":""})")).options.loop);
  EXPECT_TRUE(parse_carousel_options(attributes(R"({"loop":"true"})")).options.loop);
  EXPECT_TRUE(parse_carousel_options(attributes(R"({"autoplay":"autoplay"})")).options.autoplay);
  EXPECT_FALSE(parse_carousel_options(attributes(R"({"loop":"false"})")).options.loop);
  EXPECT_TRUE(parse_carousel_options({R"({"loop":true})", "", "", ""}).options.loop);
}

TEST(CarouselOptions, IntervalInSecondsWithinTwoToSixty) {
  EXPECT_EQ(parse_carousel_options(attributes(R"({"interval":"6"})")).options.interval_seconds, 6);
  // Out of range: the nearest bound; not a number: the default, 5.
  for (const auto& [json, seconds] : std::initializer_list<std::pair<const char*, double>>{
           {R"({"interval":"1"})", 2}, {R"({"interval":90})", 60}, {R"({"interval":"soon"})", 5}}) {
    const auto parsed = parse_carousel_options(attributes(json));
    EXPECT_EQ(parsed.options.interval_seconds, seconds) << json;
    EXPECT_EQ(parsed.warnings.size(), 1u) << json;
  }
}

TEST(CarouselOptions, BadSwitchKeepsDefaultWithOneWarning) {
  const auto parsed = parse_carousel_options(attributes(R"({"loop":"yes please"})"));
  EXPECT_FALSE(parsed.options.loop);
  ASSERT_EQ(parsed.warnings.size(), 1u);
  EXPECT_EQ(parsed.warnings[0], "data-pw-loop \"yes please\" must be true or false; the default is used");
}

TEST(CarouselOptions, PageLanguageAndStringOverrides) {
  const auto english = parse_carousel_options({"", "", "", "en-GB"});
  EXPECT_EQ(english.options.strings.next, "Next");
  const auto custom = parse_carousel_options(
      {R"({"strings":{"region":"Tin liên quan","pageButton":"Trang {page}","bogus":"x"}})", "", "", ""});
  EXPECT_EQ(custom.options.strings.region, "Tin liên quan");
  EXPECT_EQ(custom.options.strings.page_button, "Trang {page}");
  EXPECT_EQ(custom.warnings.size(), 1u);  // "bogus"
}

TEST(CarouselOptions, UnknownOptionIsReported) {
  const auto parsed = parse_carousel_options(attributes(R"({"speed":"fast"})"));
  ASSERT_EQ(parsed.warnings.size(), 1u);
  EXPECT_NE(parsed.warnings[0].find("speed"), std::string::npos);
}

}  // namespace
}  // namespace pw
