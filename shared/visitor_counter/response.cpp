#include "visitor_counter/response.h"

#include <cmath>

#include "core/json_pointer.h"
#include "core/json_parse.h"

namespace pw {
namespace {

CounterResponseError read_count(const JsonValue& document, const std::string& pointer,
                                std::int64_t& out) {
  const JsonValue* value = resolve_json_pointer(document, pointer);
  if (!value) return CounterResponseError::missing_field;
  if (value->is_number()) {
    switch (value->number_form) {
      case JsonNumberForm::unsigned_integer:
        if (value->integer > static_cast<std::uint64_t>(kMaxExactCount)) {
          return CounterResponseError::beyond_exact;
        }
        out = static_cast<std::int64_t>(value->integer);
        return CounterResponseError::none;
      case JsonNumberForm::negative_integer:
        return CounterResponseError::negative;  // "-0" too, as before
      case JsonNumberForm::decimal:
        if (value->number < 0) return CounterResponseError::negative;
        if (value->number > static_cast<double>(kMaxExactCount)) return CounterResponseError::beyond_exact;
        return CounterResponseError::wrong_type;  // 8.5 visitors is not a count
    }
  }
  if (value->is_string()) {
    const std::string& text = value->text;
    if (text.empty() || text.size() > 16) return CounterResponseError::wrong_type;
    std::int64_t number = 0;
    for (char c : text) {
      if (c < '0' || c > '9') return CounterResponseError::wrong_type;
      number = number * 10 + (c - '0');
    }
    if (number > kMaxExactCount) return CounterResponseError::beyond_exact;
    out = number;
    return CounterResponseError::none;
  }
  return CounterResponseError::wrong_type;
}

}  // namespace

CounterResponse parse_counter_response(std::string_view body, const CounterMap& map) {
  CounterResponse response;
  if (body.size() > kMaxCounterBodyBytes) {
    response.error = CounterResponseError::too_large;
    return response;
  }
  const JsonParseResult parsed = parse_json(body);
  if (!parsed.ok) {
    response.error = CounterResponseError::malformed;
    return response;
  }
  const std::pair<const char*, std::pair<const std::string*, std::int64_t*>> fields[] = {
      {"online", {&map.online, &response.values.online}},
      {"today", {&map.today, &response.values.today}},
      {"total", {&map.total, &response.values.total}},
  };
  for (const auto& [name, where] : fields) {
    const auto error = read_count(parsed.value, *where.first, *where.second);
    if (error != CounterResponseError::none) {
      response.error = error;
      response.field = name;
      return response;
    }
  }
  const JsonValue* poll = parsed.value.find("pollSeconds");
  if (poll && poll->is_number() && std::isfinite(poll->number)) response.poll_seconds = poll->number;
  return response;
}

const char* error_code(CounterResponseError error) {
  switch (error) {
    case CounterResponseError::none: return "ok";
    case CounterResponseError::too_large: return "response-too-large";
    case CounterResponseError::malformed: return "bad-json";
    case CounterResponseError::missing_field: return "missing-value";
    case CounterResponseError::wrong_type:
    case CounterResponseError::negative:
    case CounterResponseError::beyond_exact: return "bad-value";
  }
  return "bad-value";
}

std::string describe(const CounterResponse& response) {
  switch (response.error) {
    case CounterResponseError::none: return "";
    case CounterResponseError::too_large: return "the response is larger than 64 KB; it is ignored";
    case CounterResponseError::malformed: return "the response is not JSON; the last good values stay";
    case CounterResponseError::missing_field:
      return "the response has no \"" + response.field + "\" value (check data-pw-map); the last good values stay";
    case CounterResponseError::wrong_type:
      return "\"" + response.field + "\" is not a whole number; the last good values stay";
    case CounterResponseError::negative:
      return "\"" + response.field + "\" is negative; the last good values stay";
    case CounterResponseError::beyond_exact:
      return "\"" + response.field + "\" is larger than 2^53; the last good values stay";
  }
  return "";
}

}  // namespace pw
