#include "json_member_order.h"

#include <map>
#include <random>
#include <string>

#include <gtest/gtest.h>

namespace pw {
namespace {

JsonMember numbered(std::string key, double n) {
  JsonValue value;
  value.type = JsonType::number;
  value.number = n;
  value.key = std::move(key);
  return value;
}

std::vector<JsonMember> members_of(std::initializer_list<std::pair<const char*, double>> pairs) {
  std::vector<JsonMember> members;
  for (const auto& [key, n] : pairs) members.push_back(numbered(key, n));
  return members;
}

}  // namespace

TEST(MembersByKey, OrdersByKeyWithEqualKeysInDocumentOrder) {
  const auto members = members_of({{"b", 0}, {"a", 1}, {"c", 2}, {"a", 3}, {"", 4}, {"b", 5}});
  EXPECT_EQ(members_by_key(members), (std::vector<std::uint32_t>{4, 1, 3, 0, 5, 2}));
  EXPECT_TRUE(members_by_key({}).empty());
}

TEST(KeepLastOfRepeatedKeys, KeepsTheFirstPlaceAndTheLastValue) {
  auto members = members_of({{"a", 1}, {"b", 2}, {"a", 3}, {"c", 4}, {"b", 5}, {"a", 6}});
  keep_last_of_repeated_keys(members);
  ASSERT_EQ(members.size(), 3u);
  EXPECT_EQ(members[0].key, "a");
  EXPECT_EQ(members[0].number, 6);
  EXPECT_EQ(members[1].key, "b");
  EXPECT_EQ(members[1].number, 5);
  EXPECT_EQ(members[2].key, "c");
  EXPECT_EQ(members[2].number, 4);
}

TEST(KeepLastOfRepeatedKeys, AgreesWithAMapOnThousandsOfKeys) {
  std::mt19937 random(6901);
  std::vector<JsonMember> members;
  std::map<std::string, double> last;
  std::vector<std::string> first_seen;
  for (int i = 0; i < 20000; ++i) {
    const std::string key = "k" + std::to_string(random() % 5000);
    if (!last.count(key)) first_seen.push_back(key);
    last[key] = i;
    members.push_back(numbered(key, i));
  }
  keep_last_of_repeated_keys(members);
  ASSERT_EQ(members.size(), first_seen.size());
  for (std::size_t i = 0; i < members.size(); ++i) {
    ASSERT_EQ(members[i].key, first_seen[i]);
    ASSERT_EQ(members[i].number, last[first_seen[i]]);
  }
}

}  // namespace pw
