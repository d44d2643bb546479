#pragma once
#include <cstddef>
#include <string_view>

#include "json_value.h"

namespace pw {

// Containers nested deeper than this are refused: hostile input cannot make
// the reader, or code that walks the value afterwards, use unbounded memory
// or stack.
inline constexpr std::size_t kMaxJsonDepth = 64;

struct JsonParseResult {
  bool ok = false;
  JsonValue value;               // null unless ok
  std::size_t error_offset = 0;  // the byte where the text stopped being JSON
  const char* error = "";        // why, in a few words
};

// Strict RFC 8259 for untrusted text: one value with optional whitespace
// around it and nothing else; a leading UTF-8 byte order mark is skipped (as
// nlohmann did). Strings must be valid UTF-8 and \u escapes must pair their
// surrogates. A number too large for a double (1e400) is an error; one too
// small becomes 0. No comments, trailing commas, NaN or leading zeros.
JsonParseResult parse_json(std::string_view text);

}  // namespace pw
