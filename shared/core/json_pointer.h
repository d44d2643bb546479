#pragma once
#include <string_view>

#include "core/json_value.h"

namespace pw {

// RFC 6901 JSON Pointers over untrusted documents; bad pointers and absent
// paths are null, never errors.

// "" or "/a/b~1c/0"; "~" must be followed by 0 or 1. Exactly the pointers
// nlohmann/json reads without throwing (which, built without exceptions,
// would abort).
bool is_valid_json_pointer(std::string_view pointer);

// The value `pointer` designates in `document`, or null if it is not there.
// nlohmann/json splits and unescapes the pointer. Array indexes are plain
// decimal numbers without leading zeros.
const JsonValue* resolve_json_pointer(const JsonValue& document, std::string_view pointer);

}  // namespace pw
