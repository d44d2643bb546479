#include "counter_response.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "json_pointer.h"

namespace pw {
namespace {

CounterResponseError read_count(const nlohmann::json& document, const std::string& pointer,
                                std::int64_t& out) {
  const nlohmann::json* value = resolve_json_pointer(document, pointer);
  if (!value) return CounterResponseError::missing_field;
  if (value->is_number_unsigned()) {
    const auto number = value->get<std::uint64_t>();
    if (number > static_cast<std::uint64_t>(kMaxExactCount)) return CounterResponseError::beyond_exact;
    out = static_cast<std::int64_t>(number);
    return CounterResponseError::none;
  }
  if (value->is_number_integer()) return CounterResponseError::negative;  // signed means < 0 here
  if (value->is_number_float()) {
    const double number = value->get<double>();
    if (number < 0) return CounterResponseError::negative;
    if (number > static_cast<double>(kMaxExactCount)) return CounterResponseError::beyond_exact;
    return CounterResponseError::wrong_type;  // 8.5 visitors is not a count
  }
  if (value->is_string()) {
    const auto& text = value->get_ref<const std::string&>();
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
  const auto document = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
  if (document.is_discarded()) {
    response.error = CounterResponseError::malformed;
    return response;
  }
  const std::pair<const char*, std::pair<const std::string*, std::int64_t*>> fields[] = {
      {"online", {&map.online, &response.values.online}},
      {"today", {&map.today, &response.values.today}},
      {"total", {&map.total, &response.values.total}},
  };
  for (const auto& [name, where] : fields) {
    const auto error = read_count(document, *where.first, *where.second);
    if (error != CounterResponseError::none) {
      response.error = error;
      response.field = name;
      return response;
    }
  }
  if (document.is_object()) {
    const auto it = document.find("pollSeconds");
    if (it != document.end() && it->is_number() && std::isfinite(it->get<double>())) {
      response.poll_seconds = it->get<double>();
    }
  }
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
