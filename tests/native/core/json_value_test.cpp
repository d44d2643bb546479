#include "core/json_value.h"

#include <gtest/gtest.h>

namespace pw {
namespace {

JsonValue text(const char* value) {
  JsonValue v;
  v.type = JsonType::string;
  v.text = value;
  return v;
}

JsonMember member(const char* key, JsonValue value) {
  value.key = key;
  return value;
}

}  // namespace

TEST(JsonValue, FindsMembersOfObjectsOnly) {
  JsonValue object = json_object();
  object.members.push_back(member("k", text("v")));
  ASSERT_NE(object.find("k"), nullptr);
  EXPECT_EQ(object.find("k")->text, "v");
  EXPECT_EQ(object.find("K"), nullptr);
  EXPECT_EQ(text("k").find("k"), nullptr);
  EXPECT_EQ(JsonValue{}.find(""), nullptr);
}

TEST(MembersByKey, OrdersByKeyWithEqualKeysInDocumentOrder) {
  std::vector<JsonMember> members;
  for (const char* key : {"b", "a", "c", "a", "", "b"}) members.push_back(member(key, JsonValue{}));
  EXPECT_EQ(members_by_key(members), (std::vector<std::uint32_t>{4, 1, 3, 0, 5, 2}));
  EXPECT_TRUE(members_by_key({}).empty());
}

TEST(JsonValue, FindGivesAValueThatCanBeChanged) {
  JsonValue object = json_object();
  object.members.push_back(member("k", text("before")));
  object.find("k")->text = "after";
  EXPECT_EQ(object.members[0].text, "after");
}

}  // namespace pw
