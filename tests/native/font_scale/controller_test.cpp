#include "font_scale/controller.h"

#include <gtest/gtest.h>

#include <string>

namespace pw {

const FontScaleOptions kDefaults{};

FontScaleOptions english() {
  FontScaleOptions options;
  options.language = Language::en;
  options.strings = default_font_scale_strings(Language::en);
  return options;
}

TEST(FontScale, StartsAtDefaultWhenNothingIsStored) {
  std::vector<std::string> warnings;
  const auto view = start_font_scale(kDefaults, "", warnings);
  EXPECT_EQ(view.percent, 100);
  EXPECT_EQ(view.scale, 1.0);
  EXPECT_EQ(view.level_text, "100%");
  EXPECT_TRUE(view.can_smaller);
  EXPECT_TRUE(view.can_larger);
  EXPECT_EQ(view.announcement, "");
  EXPECT_EQ(view.stored, "");
  EXPECT_TRUE(warnings.empty());
}

TEST(FontScale, RestoresAValidStoredChoiceSilently) {
  std::vector<std::string> warnings;
  const auto view = start_font_scale(kDefaults, "150", warnings);
  EXPECT_EQ(view.percent, 150);
  EXPECT_EQ(view.scale, 1.5);
  EXPECT_EQ(view.announcement, "");
  EXPECT_TRUE(warnings.empty());
}

TEST(FontScale, StoredValueBetweenStepsSnapsToNearest) {
  std::vector<std::string> warnings;
  EXPECT_EQ(start_font_scale(kDefaults, "140", warnings).percent, 150);
  EXPECT_EQ(start_font_scale(kDefaults, "300", warnings).percent, 200);
  EXPECT_TRUE(warnings.empty());
}

TEST(FontScale, GarbageStoredValueUsesDefaultWithOneWarning) {
  for (const std::string& garbage : {std::string("abc"), std::string("1e309"), std::string("-5"),
                                    std::string(10 * 1024, 'x')}) {
    std::vector<std::string> warnings;
    const auto view = start_font_scale(kDefaults, garbage, warnings);
    EXPECT_EQ(view.percent, 100);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_LT(warnings[0].size(), 120u) << "a 10 KB value must not be echoed whole";
  }
}

TEST(FontScale, LargerWalksUpTheStepsAndAnnouncesEachLevel) {
  auto view = step_font_scale(kDefaults, 100, FontScaleAction::larger);
  EXPECT_EQ(view.percent, 112.5);
  EXPECT_EQ(view.level_text, "112,5%");
  EXPECT_EQ(view.announcement, "Cỡ chữ 112,5%");
  EXPECT_EQ(view.stored, "112.5");
  view = step_font_scale(kDefaults, view.percent, FontScaleAction::larger);
  EXPECT_EQ(view.percent, 125);
  EXPECT_EQ(view.announcement, "Cỡ chữ 125%");
}

TEST(FontScale, LimitsDisableTheButtonAndSayWhyWhenPressedAgain) {
  auto top = step_font_scale(kDefaults, 175, FontScaleAction::larger);
  EXPECT_EQ(top.percent, 200);
  EXPECT_FALSE(top.can_larger);
  EXPECT_TRUE(top.can_smaller);
  top = step_font_scale(kDefaults, 200, FontScaleAction::larger);
  EXPECT_EQ(top.percent, 200);
  EXPECT_EQ(top.announcement, "Đã ở cỡ chữ lớn nhất, 200%");

  const auto bottom = step_font_scale(kDefaults, 87.5, FontScaleAction::smaller);
  EXPECT_EQ(bottom.percent, 87.5);
  EXPECT_FALSE(bottom.can_smaller);
  EXPECT_EQ(bottom.announcement, "Đã ở cỡ chữ nhỏ nhất, 87,5%");
}

TEST(FontScale, ResetReturnsToTheConfiguredDefault) {
  FontScaleOptions options;
  options.default_percent = 125;
  const auto view = step_font_scale(options, 200, FontScaleAction::reset);
  EXPECT_EQ(view.percent, 125);
  EXPECT_EQ(view.announcement, "Cỡ chữ 125%");
  EXPECT_EQ(view.stored, "125");
}

TEST(FontScale, NothingIsStoredWhenPersistenceIsOff) {
  FontScaleOptions options;
  options.persist = false;
  EXPECT_EQ(step_font_scale(options, 100, FontScaleAction::larger).stored, "");
}

TEST(FontScale, EnglishAnnouncements) {
  const auto view = step_font_scale(english(), 100, FontScaleAction::larger);
  EXPECT_EQ(view.level_text, "112.5%");
  EXPECT_EQ(view.announcement, "Text size 112.5%");
}

TEST(FontScale, CustomTemplatesAreFilled) {
  FontScaleOptions options;
  options.strings.changed = "Chữ: {percent}";
  EXPECT_EQ(step_font_scale(options, 100, FontScaleAction::larger).announcement, "Chữ: 112,5%");
}

TEST(FontScale, FollowsAnotherTabQuietly) {
  const auto view = follow_stored_font_scale(kDefaults, 100, "175");
  EXPECT_EQ(view.percent, 175);
  EXPECT_EQ(view.announcement, "");
  EXPECT_EQ(view.stored, "");
}

TEST(FontScale, IgnoresGarbageWrittenByAnotherTab) {
  EXPECT_EQ(follow_stored_font_scale(kDefaults, 125, "abc").percent, 125);
  EXPECT_EQ(follow_stored_font_scale(kDefaults, 125, "").percent, 125);
}

TEST(FontScale, ParsesTheMarkupActionNames) {
  EXPECT_EQ(parse_font_scale_action("smaller"), FontScaleAction::smaller);
  EXPECT_EQ(parse_font_scale_action("reset"), FontScaleAction::reset);
  EXPECT_EQ(parse_font_scale_action("larger"), FontScaleAction::larger);
  EXPECT_EQ(parse_font_scale_action("bigger"), std::nullopt);
}

}  // namespace pw
