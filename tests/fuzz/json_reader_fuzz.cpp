// The JSON reader every option layer and counter response goes through:
// nlohmann/json's SAX parser building our JsonValue (shared/core/json_parse).
// Any bytes. It accepts exactly what strict JSON accepts within the depth
// limit, and the value it builds holds what nlohmann's own DOM holds for the
// same text. nlohmann's DOM is the reference for values, and for validity
// with two known differences: it has no depth limit, and it takes a NUL byte
// for the end of the text, which strict JSON never holds raw.
//
// The option layers and the counter response read the same text: a layer is
// used exactly when it is a JSON object, a response is "bad-json" exactly
// when it is not JSON.
#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "visitor_counter/response.h"
#include "fuzz_input.h"
#include "core/json_parse.h"
#include "core/option_layers.h"

namespace {

using pw::JsonNumberForm;
using pw::JsonValue;

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
             ours.number == theirs.get<double>();
    case nlohmann::json::value_t::array:
      if (!ours.is_array() || ours.elements.size() != theirs.size()) return false;
      for (std::size_t i = 0; i < theirs.size(); ++i) {
        if (!same(ours.elements[i], theirs.at(i))) return false;
      }
      return true;
    case nlohmann::json::value_t::object:
      // nlohmann's object also keeps the last value of a repeated key.
      if (!ours.is_object() || ours.members.size() != theirs.size()) return false;
      for (const auto& item : theirs.items()) {
        const JsonValue* member = ours.find(item.key());
        if (!member || !same(*member, item.value())) return false;
      }
      return true;
    default: return false;
  }
}

// Containers in the deepest path: a scalar is 0, [] is 1.
std::size_t depth_of(const nlohmann::json& value) {
  std::size_t deepest = 0;
  if (value.is_structured()) {
    for (const auto& child : value) deepest = std::max(deepest, depth_of(child));
    return deepest + 1;
  }
  return 0;
}

// Every value we hand out is readable by code that trusts it.
void check_value(const JsonValue& value, std::size_t depth) {
  PW_CHECK(depth <= pw::kMaxJsonDepth);
  if (value.is_number()) PW_CHECK(std::isfinite(value.number));
  for (const JsonValue& element : value.elements) {
    PW_CHECK(element.key.empty());
    check_value(element, depth + 1);
  }
  for (std::size_t i = 0; i < value.members.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) PW_CHECK(value.members[i].key != value.members[j].key);
    check_value(value.members[i], depth + 1);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const pw::JsonParseResult ours = pw::parse_json(text);
  const nlohmann::json theirs = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  const bool strict_json = !theirs.is_discarded() && text.find('\0') == std::string::npos;
  PW_CHECK(ours.ok == (strict_json && depth_of(theirs) <= pw::kMaxJsonDepth));
  if (ours.ok) {
    check_value(ours.value, 0);
    PW_CHECK(same(ours.value, theirs));
  } else {
    PW_CHECK(ours.value.is_null());
  }

  const pw::ParsedOptionLayers layers = pw::parse_option_layers({text, "", "", ""});
  const bool an_object = ours.ok && ours.value.is_object();
  PW_CHECK(layers.layers.size() == (an_object ? 1u : 0u));
  PW_CHECK(layers.warnings.size() == (an_object || text.empty() ? 0u : 1u));

  if (text.size() <= pw::kMaxCounterBodyBytes) {
    const pw::CounterResponse response = pw::parse_counter_response(text, pw::CounterMap{});
    PW_CHECK((response.error == pw::CounterResponseError::malformed) == !ours.ok);
  }
  return 0;
}
