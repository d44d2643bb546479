#pragma once
#include <string_view>

namespace pw {

// Character tests and case folding for text that is ASCII by definition: CSS
// units, language tags, URL schemes, file extensions. No locale and no C
// library tables, so the wasm carries a compare or two instead.

inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// What the C locale's isspace accepts: space, \t, \n, \v, \f and \r.
inline bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// `lowercase` is written in lower case; `text` may be in any case.
bool starts_with_ignoring_case(std::string_view text, std::string_view lowercase);
bool equals_ignoring_case(std::string_view text, std::string_view lowercase);

// `text` without the spaces (as above) at either end.
std::string_view trim_ascii_space(std::string_view text);

}  // namespace pw
