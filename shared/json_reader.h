#pragma once
#include <cstddef>
#include <string_view>

#include "json_value.h"

namespace pw {

// Containers nested deeper than this are refused: hostile input cannot make
// the reader, or code that walks the value afterwards, use unbounded memory
// or stack.
inline constexpr std::size_t kMaxJsonDepth = 64;

// Why a text is not JSON. Codes, not sentences: no warning shows them, and
// the wasm would carry every sentence for nothing.
enum class JsonError : unsigned char {
  none,
  unexpected_end,
  unexpected_character,
  text_after_value,
  invalid_literal,
  too_deep,
  expected_member_name,
  expected_colon,
  expected_comma_or_brace,
  expected_comma_or_bracket,
  expected_digit,
  leading_zero,
  expected_fraction_digit,
  expected_exponent_digit,
  number_out_of_range,
  unterminated_string,
  control_character,
  invalid_escape,
  expected_hex_digits,
  lone_low_surrogate,
  lone_high_surrogate,
  invalid_utf8,
};

struct JsonParseResult {
  bool ok = false;
  JsonValue value;               // null unless ok
  std::size_t error_offset = 0;  // the byte where the text stopped being JSON
  JsonError error = JsonError::none;
};

// Strict RFC 8259 for untrusted text: one value with optional whitespace
// around it and nothing else; a leading UTF-8 byte order mark is skipped (as
// nlohmann did). Strings must be valid UTF-8 and \u escapes must pair their
// surrogates. A number too large for a double (1e400) is an error; one too
// small becomes 0. No comments, trailing commas, NaN or leading zeros.
JsonParseResult parse_json(std::string_view text);

}  // namespace pw
