#include "core/option_layers.h"

#include <gtest/gtest.h>

namespace pw {

TEST(OptionLayers, EachLayerIsKeptWeakestFirstWithWhereItCameFrom) {
  const auto parsed = parse_option_layers(
      {R"({"default":125})", R"({"default":"150"})", R"({"persist":true})", "vi"});
  EXPECT_TRUE(parsed.warnings.empty());
  ASSERT_EQ(parsed.layers.size(), 3u);
  EXPECT_EQ(parsed.layers[0].source, OptionSource::data_options);
  EXPECT_EQ(parsed.layers[0].object.find("default")->number, 125);
  EXPECT_EQ(parsed.layers[1].source, OptionSource::attributes);
  EXPECT_EQ(parsed.layers[1].object.find("default")->text, "150");
  EXPECT_EQ(parsed.layers[2].source, OptionSource::mount);
  EXPECT_TRUE(parsed.layers[2].object.find("persist")->boolean);
}

TEST(OptionLayers, MalformedLayerIsReportedAndSkipped) {
  const auto parsed = parse_option_layers({"{default: 125", R"({"default":150})", "", ""});
  ASSERT_EQ(parsed.warnings.size(), 1u);
  EXPECT_EQ(parsed.warnings[0], "data-pw-options is not valid JSON; it is ignored");
  ASSERT_EQ(parsed.layers.size(), 1u);
  EXPECT_EQ(parsed.layers[0].source, OptionSource::attributes);
}

TEST(OptionLayers, NonObjectLayersAreReportedWeakestFirstAndSkipped) {
  const auto parsed = parse_option_layers({"[1,2]", "", "42", ""});
  ASSERT_EQ(parsed.warnings.size(), 2u);
  EXPECT_EQ(parsed.warnings[0], "data-pw-options must be a JSON object; it is ignored");
  EXPECT_EQ(parsed.warnings[1], "mount() options must be a JSON object; it is ignored");
  EXPECT_TRUE(parsed.layers.empty());
}

TEST(OptionLayers, EmptyLayersAreAbsentNotErrors) {
  const auto parsed = parse_option_layers({});
  EXPECT_TRUE(parsed.warnings.empty());
  EXPECT_TRUE(parsed.layers.empty());
}

TEST(OptionLayers, ANumberTooLargeForADoubleMakesTheLayerInvalid) {
  const auto parsed = parse_option_layers({R"({"default":1e400})", "", "", ""});
  ASSERT_EQ(parsed.warnings.size(), 1u);
  EXPECT_NE(parsed.warnings[0].find("is not valid JSON"), std::string::npos);
  EXPECT_TRUE(parsed.layers.empty());
}

}  // namespace pw
