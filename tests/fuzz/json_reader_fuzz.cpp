// The JSON reader every option layer and counter response goes through,
// against nlohmann/json (the reader it replaced): both accept or both refuse,
// and accepted documents hold the same values. Known, documented
// differences are allowed: we refuse nesting deeper than kMaxJsonDepth and
// bytes after a NUL that nlohmann takes for the end of the text, and a
// decimal may differ by one ulp (decimal_number.h).
#include <cstring>
#include <string>

#include <nlohmann/json.hpp>

#include "fuzz_input.h"
#include "json_reader.h"

namespace {

using pw::JsonNumberForm;
using pw::JsonValue;

bool within_one_ulp(double a, double b) {
  if (std::signbit(a) != std::signbit(b)) return false;
  a = std::fabs(a);
  b = std::fabs(b);
  std::int64_t x = 0, y = 0;
  std::memcpy(&x, &a, sizeof a);
  std::memcpy(&y, &b, sizeof b);
  return (x > y ? x - y : y - x) <= 1;
}

bool same(const JsonValue& ours, const nlohmann::json& theirs) {
  switch (theirs.type()) {
    case nlohmann::json::value_t::null: return ours.is_null();
    case nlohmann::json::value_t::boolean: return ours.is_boolean() && ours.boolean == theirs.get<bool>();
    case nlohmann::json::value_t::string: return ours.is_string() && ours.text == theirs.get<std::string>();
    case nlohmann::json::value_t::number_unsigned:
      return ours.is_number() && ours.number_form == JsonNumberForm::unsigned_integer &&
             ours.integer == theirs.get<std::uint64_t>() && ours.number == theirs.get<double>();
    case nlohmann::json::value_t::number_integer:
      return ours.is_number() && ours.number_form == JsonNumberForm::negative_integer &&
             ours.integer == 0 - static_cast<std::uint64_t>(theirs.get<std::int64_t>()) &&
             ours.number == theirs.get<double>();
    case nlohmann::json::value_t::number_float:
      return ours.is_number() && ours.number_form == JsonNumberForm::decimal &&
             within_one_ulp(ours.number, theirs.get<double>());
    case nlohmann::json::value_t::array:
      if (!ours.is_array() || ours.elements.size() != theirs.size()) return false;
      for (std::size_t i = 0; i < theirs.size(); ++i) {
        if (!same(ours.elements[i], theirs[i])) return false;
      }
      return true;
    case nlohmann::json::value_t::object:
      if (!ours.is_object() || ours.members.size() != theirs.size()) return false;
      for (const auto& item : theirs.items()) {
        const JsonValue* member = ours.find(item.key());
        if (!member || !same(*member, item.value())) return false;
      }
      return true;
    default: return false;
  }
}

// Every value we hand out is readable by code that trusts it.
void check_value(const JsonValue& value, std::size_t depth) {
  PW_CHECK(depth <= pw::kMaxJsonDepth);
  if (value.is_number()) PW_CHECK(std::isfinite(value.number));
  for (const JsonValue& element : value.elements) check_value(element, depth + 1);
  for (std::size_t i = 0; i < value.members.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) PW_CHECK(value.members[i].key != value.members[j].key);
    check_value(value.members[i], depth + 1);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const pw::JsonParseResult ours = pw::parse_json(text);
  if (ours.ok) {
    check_value(ours.value, 0);
  } else {
    PW_CHECK(ours.value.is_null());
    PW_CHECK(ours.error_offset <= text.size());
    PW_CHECK(ours.error != pw::JsonError::none);
  }
  const nlohmann::json theirs = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!ours.ok) {
    const bool deeper_than_we_read = ours.error == pw::JsonError::too_deep;
    const bool nlohmann_stopped_at_nul = ours.error_offset < text.size() &&
                                         text[ours.error_offset] == '\0' &&
                                         pw::parse_json(text.substr(0, ours.error_offset)).ok;
    PW_CHECK(theirs.is_discarded() || deeper_than_we_read || nlohmann_stopped_at_nul);
    return 0;
  }
  PW_CHECK(!theirs.is_discarded());
  PW_CHECK(same(ours.value, theirs));
  return 0;
}
