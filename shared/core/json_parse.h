#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "core/json_value.h"

namespace pw {

// Containers nested deeper than this are refused: hostile input cannot make
// the reader, or code that walks the value afterwards, use unbounded memory
// or stack.
inline constexpr std::size_t kMaxJsonDepth = 64;

struct JsonParseResult {
  bool ok = false;
  JsonValue value;  // null unless ok
};

// Strict RFC 8259 for untrusted text, read by nlohmann/json's SAX parser into
// a JsonValue: one value with optional whitespace around it and nothing else;
// a leading UTF-8 byte order mark is skipped. Strings must be valid UTF-8 and
// \u escapes must pair their surrogates. A number too large for a double
// (1e400) is an error; one too small becomes 0. No comments, trailing commas,
// NaN or leading zeros. A repeated key keeps its first place and last value.
JsonParseResult parse_json(std::string_view text);

// A token as nlohmann's lexer shows it in its error messages: control
// characters as "<U+001F>", every other byte as it is.
std::string printable_json_token(std::string_view token);

}  // namespace pw
