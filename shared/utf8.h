#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace pw {

// The length of the UTF-8 character `text` starts with, or 0 if it is not one
// by RFC 3629 (overlong forms, encoded surrogates, code points above U+10FFFF
// and cut-off sequences are all 0).
std::size_t utf8_sequence_length(std::string_view text);

// Appends the code point (at most U+10FFFF, not a surrogate) as UTF-8.
void append_utf8(std::string& out, char32_t code_point);

}  // namespace pw
