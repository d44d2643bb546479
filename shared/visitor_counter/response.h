#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "visitor_counter/values.h"

namespace pw {

enum class CounterResponseError {
  none,
  too_large,      // body over kMaxCounterBodyBytes
  malformed,      // not JSON
  missing_field,  // a mapped value is absent
  wrong_type,     // not a non-negative integer (or a string of digits)
  negative,
  beyond_exact,   // larger than 2^53 - 1
};

struct CounterResponse {
  CounterValues values;
  std::optional<double> poll_seconds;  // the server's wish, unclamped
  CounterResponseError error = CounterResponseError::none;
  std::string field;  // which field is wrong, for the message
};

inline constexpr std::size_t kMaxCounterBodyBytes = 64 * 1024;

// Reads endpoint JSON v1, or another shape through `map`. Counts must be
// non-negative integers; a string of digits is accepted for CMS endpoints that
// quote their numbers. `pollSeconds` is read from the v1 place only.
CounterResponse parse_counter_response(std::string_view body, const CounterMap& map);

// "missing_field" → a sentence for the console.
std::string describe(const CounterResponse& response);

// Stable codes for `pw:error` and warnings: "bad-json", "bad-value", …
const char* error_code(CounterResponseError error);

}  // namespace pw
