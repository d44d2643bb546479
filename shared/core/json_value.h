#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pw {

enum class JsonType : unsigned char { null, boolean, number, string, array, object };

// How a number was written. Counts tell "8" from "-8" from "8.0" and "8e0".
enum class JsonNumberForm : unsigned char { unsigned_integer, negative_integer, decimal };

// One value of a JSON document, as plain data. Objects keep their members in
// document order, each key once (see parse_json). A member is
// a value with its key: one vector type for arrays and objects, so the wasm
// holds one copy of its code.
struct JsonValue {
  JsonType type = JsonType::null;
  bool boolean = false;
  JsonNumberForm number_form = JsonNumberForm::unsigned_integer;
  std::uint64_t integer = 0;  // |value| of an integer form, exact up to 2^64 − 1
  double number = 0;          // every number, rounded to a double
  std::string text;           // a string's value, decoded to UTF-8
  std::vector<JsonValue> elements;
  std::vector<JsonValue> members;  // each with its key
  std::string key;                 // a member's name in its object; "" otherwise

  bool is_null() const { return type == JsonType::null; }
  bool is_boolean() const { return type == JsonType::boolean; }
  bool is_number() const { return type == JsonType::number; }
  bool is_string() const { return type == JsonType::string; }
  bool is_array() const { return type == JsonType::array; }
  bool is_object() const { return type == JsonType::object; }

  // The member called `name` of an object; null if absent or not an object.
  const JsonValue* find(std::string_view name) const;
  JsonValue* find(std::string_view name);
};

using JsonMember = JsonValue;  // a member of an object: `key` is its name

JsonValue json_object();

// Member positions ordered by key; equal keys stay in document order. Sorting
// finds repeated keys among thousands of members in O(n log n).
std::vector<std::uint32_t> members_by_key(const std::vector<JsonMember>& members);

}  // namespace pw
