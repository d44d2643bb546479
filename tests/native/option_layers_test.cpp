#include "option_layers.h"

#include <gtest/gtest.h>

namespace pw {

TEST(OptionLayers, LaterLayersWinKeyByKey) {
  const auto merged = merge_option_layers(
      {R"({"default":125,"persist":false})", R"({"default":150})", R"({"persist":true})", ""});
  EXPECT_TRUE(merged.warnings.empty());
  EXPECT_EQ(merged.object.at("default"), 150);
  EXPECT_EQ(merged.object.at("persist"), true);
}

TEST(OptionLayers, NestedObjectsMergeInsteadOfReplacing) {
  const auto merged = merge_option_layers(
      {R"({"strings":{"larger":"To hơn"}})", "", R"({"strings":{"smaller":"Nhỏ hơn"}})", ""});
  EXPECT_EQ(merged.object.at("strings").at("larger"), "To hơn");
  EXPECT_EQ(merged.object.at("strings").at("smaller"), "Nhỏ hơn");
}

TEST(OptionLayers, MalformedLayerIsReportedAndSkipped) {
  const auto merged = merge_option_layers({"{default: 125", R"({"default":150})", "", ""});
  ASSERT_EQ(merged.warnings.size(), 1u);
  EXPECT_NE(merged.warnings[0].find("data-pw-options is not valid JSON"), std::string::npos);
  EXPECT_EQ(merged.object.at("default"), 150);
}

TEST(OptionLayers, NonObjectLayerIsReportedAndSkipped) {
  const auto merged = merge_option_layers({"[1,2]", "", "42", ""});
  EXPECT_EQ(merged.warnings.size(), 2u);
  EXPECT_TRUE(merged.object.empty());
}

TEST(OptionLayers, EmptyLayersAreAbsentNotErrors) {
  const auto merged = merge_option_layers({});
  EXPECT_TRUE(merged.warnings.empty());
  EXPECT_TRUE(merged.object.is_object());
}

}  // namespace pw
