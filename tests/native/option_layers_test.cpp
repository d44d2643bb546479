#include "option_layers.h"

#include <gtest/gtest.h>

namespace pw {
namespace {

// The value under `path` (keys, outermost first); null when absent.
const JsonValue& member(const JsonValue& object, std::initializer_list<const char*> path) {
  static const JsonValue kAbsent;
  const JsonValue* value = &object;
  for (const char* key : path) {
    value = value->find(key);
    if (!value) return kAbsent;
  }
  return *value;
}

}  // namespace

TEST(OptionLayers, LaterLayersWinKeyByKey) {
  const auto merged = merge_option_layers(
      {R"({"default":125,"persist":false})", R"({"default":150})", R"({"persist":true})", ""});
  EXPECT_TRUE(merged.warnings.empty());
  EXPECT_EQ(member(merged.object, {"default"}).type, JsonType::number);
  EXPECT_EQ(member(merged.object, {"default"}).number, 150);
  EXPECT_EQ(member(merged.object, {"persist"}).type, JsonType::boolean);
  EXPECT_EQ(member(merged.object, {"persist"}).boolean, true);
}

TEST(OptionLayers, NestedObjectsMergeInsteadOfReplacing) {
  const auto merged = merge_option_layers(
      {R"({"strings":{"larger":"To hơn"}})", "", R"({"strings":{"smaller":"Nhỏ hơn"}})", ""});
  EXPECT_EQ(member(merged.object, {"strings", "larger"}).text, "To hơn");
  EXPECT_EQ(member(merged.object, {"strings", "smaller"}).text, "Nhỏ hơn");
}

TEST(OptionLayers, MalformedLayerIsReportedAndSkipped) {
  const auto merged = merge_option_layers({"{default: 125", R"({"default":150})", "", ""});
  ASSERT_EQ(merged.warnings.size(), 1u);
  EXPECT_NE(merged.warnings[0].find("data-pw-options is not valid JSON"), std::string::npos);
  EXPECT_EQ(member(merged.object, {"default"}).number, 150);
}

TEST(OptionLayers, NonObjectLayerIsReportedAndSkipped) {
  const auto merged = merge_option_layers({"[1,2]", "", "42", ""});
  EXPECT_EQ(merged.warnings.size(), 2u);
  EXPECT_TRUE(merged.object.members.empty());
}

TEST(OptionLayers, EmptyLayersAreAbsentNotErrors) {
  const auto merged = merge_option_layers({});
  EXPECT_TRUE(merged.warnings.empty());
  EXPECT_TRUE(merged.object.is_object());
}

// nlohmann's update() threw here (and aborted the no-exception wasm build).
TEST(OptionLayers, AnObjectReplacesAnEarlierValueOfAnotherType) {
  const auto merged =
      merge_option_layers({R"({"strings":"oops"})", "", R"({"strings":{"next":"Sau"}})", ""});
  EXPECT_TRUE(merged.warnings.empty());
  EXPECT_EQ(member(merged.object, {"strings", "next"}).text, "Sau");
}

TEST(OptionLayers, AValueReplacesAnEarlierObject) {
  const auto merged = merge_option_layers({R"({"strings":{"next":"Sau"}})", "", R"({"strings":7})", ""});
  EXPECT_EQ(member(merged.object, {"strings"}).number, 7);
}

TEST(OptionLayers, LayersWithThousandsOfKeysMergeKeyByKey) {
  std::string first = "{", second = "{";
  for (int i = 0; i < 3000; ++i) {
    first += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":1";
    second += (i ? ",\"k" : "\"k") + std::to_string(i * 2) + "\":2";
  }
  const auto merged = merge_option_layers({first + "}", "", second + "}", ""});
  EXPECT_EQ(merged.object.members.size(), 4500u);  // k0..k2999 and the even k3000..k5998
  EXPECT_EQ(member(merged.object, {"k1"}).number, 1);
  EXPECT_EQ(member(merged.object, {"k2"}).number, 2);
  EXPECT_EQ(member(merged.object, {"k5998"}).number, 2);
  EXPECT_EQ(merged.object.members[0].key, "k0");
}

TEST(OptionLayers, ANumberTooLargeForADoubleMakesTheLayerInvalid) {
  const auto merged = merge_option_layers({R"({"default":1e400})", "", "", ""});
  ASSERT_EQ(merged.warnings.size(), 1u);
  EXPECT_NE(merged.warnings[0].find("is not valid JSON"), std::string::npos);
  EXPECT_TRUE(merged.object.members.empty());
}

}  // namespace pw
