#pragma once
#include <string_view>

#include <nlohmann/json.hpp>

namespace pw {

// RFC 6901 JSON Pointers over untrusted documents, without exceptions (the
// wasm build has none, and nlohmann's json_pointer throws on bad input).

// "" or "/a/b~1c/0"; "~" must be followed by 0 or 1.
bool is_valid_json_pointer(std::string_view pointer);

// The value `pointer` designates in `document`, or null if it is not there.
// Array indexes are plain decimal numbers without leading zeros.
const nlohmann::json* resolve_json_pointer(const nlohmann::json& document, std::string_view pointer);

}  // namespace pw
