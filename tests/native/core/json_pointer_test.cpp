#include "core/json_pointer.h"

#include <gtest/gtest.h>

#include "core/json_parse.h"

namespace pw {

const JsonValue kDnnShape =
    parse_json(R"({"d":{"UsersOnline":8,"a/b":1,"m~n":2},"stats":[{"online":8},{"today":2451}]})").value;

namespace {

// The number at `pointer`, or -1 when nothing (or no number) is there.
double number_at(std::string_view pointer) {
  const JsonValue* value = resolve_json_pointer(kDnnShape, pointer);
  return value && value->is_number() ? value->number : -1;
}

}  // namespace

TEST(JsonPointer, ResolvesObjectsArraysAndEscapes) {
  EXPECT_EQ(number_at("/d/UsersOnline"), 8);
  EXPECT_EQ(number_at("/stats/1/today"), 2451);
  EXPECT_EQ(number_at("/d/a~1b"), 1);
  EXPECT_EQ(number_at("/d/m~0n"), 2);
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
