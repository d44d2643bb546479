#include "gallery/options.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <utility>

namespace pw {

OptionLayers data_options(std::string json, std::string page_lang = "vi") {
  return {std::move(json), "", "", std::move(page_lang)};
}

bool mentions(const std::vector<std::string>& warnings, const std::string& text) {
  for (const auto& warning : warnings) {
    if (warning.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST(GalleryOptions, DefaultsAreVietnameseNoLoopDeepLinksAndPreload) {
  const auto parsed = parse_gallery_options({});
  EXPECT_TRUE(parsed.warnings.empty());
  const GalleryOptions& o = parsed.options;
  EXPECT_EQ(o.language, Language::vi);
  EXPECT_FALSE(o.loop);
  EXPECT_EQ(o.zoom_max, 0);
  EXPECT_TRUE(o.deep_link);
  EXPECT_TRUE(o.preload);
  EXPECT_EQ(o.strings.close, "Đóng");
  EXPECT_EQ(o.strings.counter, "{n} / {count}");
}

TEST(GalleryOptions, TheLanguageComesFromThePageUnlessLangIsGiven) {
  EXPECT_EQ(parse_gallery_options(data_options("", "en-GB")).options.strings.close, "Close");
  const auto chosen = parse_gallery_options(data_options(R"({"lang":"vi"})", "en"));
  EXPECT_EQ(chosen.options.language, Language::vi);
  EXPECT_EQ(chosen.options.strings.next, "Ảnh tiếp theo");
}

TEST(GalleryOptions, AnUnknownLanguageIsReportedAndThePageLanguageUsed) {
  const auto parsed = parse_gallery_options(data_options(R"({"lang":"fr"})", "en"));
  EXPECT_EQ(parsed.options.language, Language::en);
  EXPECT_EQ(parsed.warnings.size(), 1u);
}

TEST(GalleryOptions, JsonValuesAreRead) {
  const auto parsed = parse_gallery_options(
      data_options(R"({"loop":true,"zoomMax":3,"deepLink":false,"preload":false})"));
  EXPECT_TRUE(parsed.warnings.empty());
  EXPECT_TRUE(parsed.options.loop);
  EXPECT_EQ(parsed.options.zoom_max, 3);
  EXPECT_FALSE(parsed.options.deep_link);
  EXPECT_FALSE(parsed.options.preload);
}

TEST(GalleryOptions, NamedAttributesArriveAsTexts) {
  const auto parsed =
      parse_gallery_options({"", R"({"loop":"","zoomMax":"2.5","deepLink":"false"})", "", ""});
  EXPECT_TRUE(parsed.warnings.empty());
  EXPECT_TRUE(parsed.options.loop);  // data-pw-loop without a value
  EXPECT_EQ(parsed.options.zoom_max, 2.5);
  EXPECT_FALSE(parsed.options.deep_link);
}

TEST(GalleryOptions, LaterLayersWin) {
  const auto parsed =
      parse_gallery_options({R"({"loop":true,"zoomMax":8})", R"({"loop":"false"})", R"({"zoomMax":2})", ""});
  EXPECT_FALSE(parsed.options.loop);
  EXPECT_EQ(parsed.options.zoom_max, 2);
}

TEST(GalleryOptions, AZoomMaxOutOfRangeTakesTheNearestBound) {
  for (const auto& [json, zoom] : std::initializer_list<std::pair<const char*, double>>{
           {R"({"zoomMax":0.5})", 1}, {R"({"zoomMax":100})", 32}, {R"({"zoomMax":"-3"})", 1}}) {
    const auto parsed = parse_gallery_options(data_options(json));
    EXPECT_EQ(parsed.options.zoom_max, zoom) << json;
    EXPECT_EQ(parsed.warnings.size(), 1u) << json;
  }
}

TEST(GalleryOptions, AZoomMaxThatIsNoNumberKeepsTheDefaultWithOneWarning) {
  for (const char* json : {R"({"zoomMax":"abc"})", R"({"zoomMax":"4x"})", R"({"zoomMax":true})",
                           R"({"zoomMax":null})", R"({"zoomMax":""})", R"({"zoomMax":"nan"})",
                           R"({"zoomMax":-1e999})"}) {
    const auto parsed = parse_gallery_options(data_options(json));
    EXPECT_EQ(parsed.options.zoom_max, 0) << json;
    EXPECT_EQ(parsed.warnings.size(), 1u) << json;
  }
}

TEST(GalleryOptions, BadSwitchesKeepTheirDefaults) {
  const auto parsed =
      parse_gallery_options(data_options(R"({"loop":"yes","deepLink":0,"preload":"off"})"));
  EXPECT_FALSE(parsed.options.loop);
  EXPECT_TRUE(parsed.options.deep_link);
  EXPECT_TRUE(parsed.options.preload);
  EXPECT_EQ(parsed.warnings.size(), 3u);
}

TEST(GalleryOptions, EveryStringCanBeReplaced) {
  const auto parsed = parse_gallery_options(data_options(R"({"strings":{
      "dialog":"D","previous":"P","next":"N","zoomIn":"ZI","zoomOut":"ZO","close":"C",
      "counter":"{n}/{count}","announcement":"Hình {n}: {caption}",
      "announcementWithoutCaption":"Hình {n}","error":"E","loading":"L"}})"));
  EXPECT_TRUE(parsed.warnings.empty());
  const GalleryStrings& s = parsed.options.strings;
  EXPECT_EQ(s.dialog, "D");
  EXPECT_EQ(s.previous, "P");
  EXPECT_EQ(s.next, "N");
  EXPECT_EQ(s.zoom_in, "ZI");
  EXPECT_EQ(s.zoom_out, "ZO");
  EXPECT_EQ(s.close, "C");
  EXPECT_EQ(s.counter, "{n}/{count}");
  EXPECT_EQ(s.announcement, "Hình {n}: {caption}");
  EXPECT_EQ(s.announcement_without_caption, "Hình {n}");
  EXPECT_EQ(s.error, "E");
  EXPECT_EQ(s.loading, "L");
}

TEST(GalleryOptions, APartialStringsObjectKeepsTheOtherDefaultsInTheChosenLanguage) {
  const auto parsed =
      parse_gallery_options(data_options(R"({"lang":"en","strings":{"close":"Done"}})"));
  EXPECT_EQ(parsed.options.strings.close, "Done");
  EXPECT_EQ(parsed.options.strings.next, "Next photo");
}

TEST(GalleryOptions, BadStringsAreReportedOneByOne) {
  const auto parsed = parse_gallery_options(
      data_options(R"({"strings":{"close":5,"next":"Tiếp","shout":"!"}})"));
  EXPECT_EQ(parsed.options.strings.close, "Đóng");
  EXPECT_EQ(parsed.options.strings.next, "Tiếp");
  EXPECT_EQ(parsed.warnings.size(), 2u);
  EXPECT_TRUE(mentions(parsed.warnings, "\"shout\""));
  const auto not_object = parse_gallery_options(data_options(R"({"strings":"Đóng"})"));
  EXPECT_EQ(not_object.warnings.size(), 1u);
}

TEST(GalleryOptions, AnOverlongStringIsRefused) {
  const auto parsed =
      parse_gallery_options(data_options(R"({"strings":{"close":")" + std::string(300, 'x') + "\"}}"));
  EXPECT_EQ(parsed.options.strings.close, "Đóng");
  EXPECT_EQ(parsed.warnings.size(), 1u);
}

TEST(GalleryOptions, UnknownKeysAreReportedNotFatal) {
  const auto parsed = parse_gallery_options(data_options(R"({"loop":true,"autoplay":true})"));
  EXPECT_TRUE(parsed.options.loop);
  ASSERT_EQ(parsed.warnings.size(), 1u);
  EXPECT_TRUE(mentions(parsed.warnings, "\"autoplay\""));
}

TEST(GalleryOptions, ALayerThatIsNotAnObjectIsSkipped) {
  const auto parsed = parse_gallery_options({"{oops", R"({"loop":"true"})", "[1]", ""});
  EXPECT_TRUE(parsed.options.loop);
  EXPECT_EQ(parsed.warnings.size(), 2u);
}

}  // namespace pw
