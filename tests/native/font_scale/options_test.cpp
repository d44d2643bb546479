#include "font_scale/options.h"

#include <gtest/gtest.h>

namespace pw {

OptionLayers data_options(std::string json) { return {std::move(json), "", "", ""}; }

TEST(FontScaleOptions, DefaultsAreVietnameseSevenStepsPersisted) {
  const auto parsed = parse_font_scale_options({});
  EXPECT_TRUE(parsed.warnings.empty());
  EXPECT_EQ(parsed.options.steps, default_font_scale_steps());
  EXPECT_EQ(parsed.options.default_percent, 100);
  EXPECT_EQ(parsed.options.language, Language::vi);
  EXPECT_EQ(parsed.options.strings.larger, "Tăng cỡ chữ");
  EXPECT_TRUE(parsed.options.persist);
}

TEST(FontScaleOptions, TargetComesFromTheNamedAttribute) {
  const auto parsed = parse_font_scale_options({"", R"({"target":"#noi-dung"})", "", ""});
  EXPECT_EQ(parsed.options.target, "#noi-dung");
}

TEST(FontScaleOptions, PageLanguagePicksEnglishAndOptionOverridesIt) {
  EXPECT_EQ(parse_font_scale_options({"", "", "", "en-GB"}).options.strings.larger,
            "Increase text size");
  const auto chosen = parse_font_scale_options({R"({"lang":"vi"})", "", "", "en"});
  EXPECT_EQ(chosen.options.language, Language::vi);
}

TEST(FontScaleOptions, CustomStepsAndDefault) {
  const auto parsed = parse_font_scale_options(data_options(R"({"steps":[100,150,200,300],"default":150})"));
  EXPECT_TRUE(parsed.warnings.empty());
  EXPECT_EQ(parsed.options.steps, (std::vector<double>{100, 150, 200, 300}));
  EXPECT_EQ(parsed.options.default_percent, 150);
}

// Found by font_scale_options_fuzz: with steps 100 and 100.004 the level
// 100.004 was stored as "100" and came back as the level 100. Steps are now
// kept to the hundredths they are stored with.
TEST(FontScaleOptions, StepsAreKeptToTheHundredthsTheyAreStoredWith) {
  const auto thirds = parse_font_scale_options(
      data_options(R"({"steps":[87.5,133.333,166.6667],"default":133.3333})"));
  EXPECT_TRUE(thirds.warnings.empty());
  EXPECT_EQ(thirds.options.steps, (std::vector<double>{87.5, 133.33, 166.67}));
  EXPECT_EQ(thirds.options.default_percent, 133.33);
  const auto alike = parse_font_scale_options(data_options(R"({"steps":[100,100.004,100.01]})"));
  EXPECT_EQ(alike.options.steps, default_font_scale_steps());
  ASSERT_EQ(alike.warnings.size(), 1u);
  EXPECT_NE(alike.warnings[0].find("strictly increasing"), std::string::npos);
}

TEST(FontScaleOptions, DefaultNotAmongStepsSnapsToNearestWithWarning) {
  const auto parsed = parse_font_scale_options(data_options(R"({"default":130})"));
  EXPECT_EQ(parsed.options.default_percent, 125);
  EXPECT_EQ(parsed.warnings.size(), 1u);
}

TEST(FontScaleOptions, WrongTypesKeepDefaultsWithOneWarningEach) {
  const auto parsed = parse_font_scale_options(
      data_options(R"({"steps":"big","default":"large","persist":"no","lang":42})"));
  EXPECT_EQ(parsed.options.steps, default_font_scale_steps());
  EXPECT_EQ(parsed.options.default_percent, 100);
  EXPECT_TRUE(parsed.options.persist);
  EXPECT_EQ(parsed.warnings.size(), 4u);
}

TEST(FontScaleOptions, ADefaultOutOfRangeTakesTheNearestBoundThenTheNearestStep) {
  const auto parsed = parse_font_scale_options(data_options(R"({"default":1000})"));
  EXPECT_EQ(parsed.options.default_percent, 200);  // 400, then the largest step
  ASSERT_EQ(parsed.warnings.size(), 2u);
  EXPECT_EQ(parsed.warnings[0], "option \"default\" in data-pw-options is 1000, above the maximum of 400 percent; 400 is used");
}

TEST(FontScaleOptions, InvalidStepListsFallBackToDefaults) {
  for (const char* json : {R"({"steps":[200,100]})", R"({"steps":[100,"x"]})",
                           R"({"steps":[100,9000]})", R"({"steps":[]})"}) {
    const auto parsed = parse_font_scale_options(data_options(json));
    EXPECT_EQ(parsed.options.steps, default_font_scale_steps()) << json;
    EXPECT_EQ(parsed.warnings.size(), 1u) << json;
  }
}

TEST(FontScaleOptions, MalformedJsonKeepsEveryDefault) {
  const auto parsed = parse_font_scale_options(data_options("{\"steps\": [100, 150"));
  EXPECT_EQ(parsed.options.steps, default_font_scale_steps());
  EXPECT_EQ(parsed.warnings.size(), 1u);
}

TEST(FontScaleOptions, UnknownKeysAreReportedNotFatal) {
  const auto parsed = parse_font_scale_options(
      data_options(R"({"default":125,"colour":"red","strings":{"larger":"To","bogus":"x"}})"));
  EXPECT_EQ(parsed.options.default_percent, 125);
  EXPECT_EQ(parsed.options.strings.larger, "To");
  EXPECT_EQ(parsed.options.strings.smaller, "Giảm cỡ chữ");
  EXPECT_EQ(parsed.warnings.size(), 2u);
}

TEST(FontScaleOptions, CreatedButtonTextsAreOverridable) {
  const auto parsed = parse_font_scale_options(data_options(R"({"strings":{"largerText":"A＋","smallerText":"a"}})"));
  EXPECT_TRUE(parsed.warnings.empty());
  EXPECT_EQ(parsed.options.strings.larger_text, "A＋");
  EXPECT_EQ(parsed.options.strings.smaller_text, "a");
  EXPECT_EQ(parsed.options.strings.reset_text, "A");
}

TEST(FontScaleOptions, UnknownLanguageWarnsAndKeepsPageLanguage) {
  const auto parsed = parse_font_scale_options({R"({"lang":"fr"})", "", "", "en"});
  EXPECT_EQ(parsed.options.language, Language::en);
  EXPECT_EQ(parsed.warnings.size(), 1u);
}

TEST(FontScaleOptions, ATargetProblemSaysWhetherTheSelectorWasMissingOrMatchedNothing) {
  EXPECT_EQ(font_scale_target_problem(""), "data-pw-target is missing; the widget is not mounted");
  EXPECT_EQ(font_scale_target_problem("#noi-dung"),
            "data-pw-target \"#noi-dung\" matches no element; the widget is not mounted");
}

}  // namespace pw
