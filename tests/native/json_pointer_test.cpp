#include "json_pointer.h"

#include <gtest/gtest.h>

namespace pw {

const nlohmann::json kDnnShape = nlohmann::json::parse(
    R"({"d":{"UsersOnline":8,"a/b":1,"m~n":2},"stats":[{"online":8},{"today":2451}]})");

TEST(JsonPointer, ResolvesObjectsArraysAndEscapes) {
  EXPECT_EQ(*resolve_json_pointer(kDnnShape, "/d/UsersOnline"), 8);
  EXPECT_EQ(*resolve_json_pointer(kDnnShape, "/stats/1/today"), 2451);
  EXPECT_EQ(*resolve_json_pointer(kDnnShape, "/d/a~1b"), 1);
  EXPECT_EQ(*resolve_json_pointer(kDnnShape, "/d/m~0n"), 2);
  EXPECT_EQ(resolve_json_pointer(kDnnShape, ""), &kDnnShape);
}

TEST(JsonPointer, AbsentPathsAreNullNotErrors) {
  for (const char* pointer : {"/nope", "/d/UsersOnline/x", "/stats/2", "/stats/01", "/stats/-",
                              "/stats/1e0", "/stats/99999999999", "d/UsersOnline"}) {
    EXPECT_EQ(resolve_json_pointer(kDnnShape, pointer), nullptr) << pointer;
  }
}

TEST(JsonPointer, ValidatesSyntax) {
  EXPECT_TRUE(is_valid_json_pointer(""));
  EXPECT_TRUE(is_valid_json_pointer("/a/~0~1"));
  EXPECT_FALSE(is_valid_json_pointer("a"));
  EXPECT_FALSE(is_valid_json_pointer("/a~"));
  EXPECT_FALSE(is_valid_json_pointer("/a~2"));
}

}  // namespace pw
