// A counter endpoint's body, read through a `data-pw-map` attribute: the
// map goes through the option reader as the adapter passes it, the body
// through parse_counter_response. Also the numbers the server rendered
// into the page (parse_displayed_count), as the counter reads them at mount.
//
// Input: "<data-pw-map value>\n|\n<body>", or just a body (default map).
#include <string>

#include "visitor_counter/count_format.h"
#include "visitor_counter/options.h"
#include "visitor_counter/response.h"
#include "fuzz_input.h"
#include "core/json_pointer.h"
#include "core/json_parse.h"

namespace {

using namespace pw;

bool is_field_error(CounterResponseError error) {
  return error == CounterResponseError::missing_field || error == CounterResponseError::wrong_type ||
         error == CounterResponseError::negative || error == CounterResponseError::beyond_exact;
}

// What the pointer designates must be the count that came out: a
// non-negative integer, or a string of its digits.
void check_read(const JsonValue& document, const std::string& pointer, std::int64_t count) {
  PW_CHECK(count >= 0 && count <= kMaxExactCount);
  const JsonValue* value = resolve_json_pointer(document, pointer);
  PW_CHECK(value);
  if (value->is_number()) {
    PW_CHECK(value->number_form == JsonNumberForm::unsigned_integer);
    PW_CHECK(value->integer == static_cast<std::uint64_t>(count));
  } else {
    PW_CHECK(value->is_string() && !value->text.empty());
    PW_CHECK(value->text.find_first_not_of("0123456789") == std::string::npos);
  }
}

void check_response(std::string_view body, const CounterMap& map) {
  const CounterResponse response = parse_counter_response(body, map);
  PW_CHECK(*error_code(response.error));
  if (response.error == CounterResponseError::none) {
    PW_CHECK(response.field.empty());
    PW_CHECK(describe(response).empty());
    const JsonParseResult parsed = parse_json(body);
    PW_CHECK(parsed.ok);
    check_read(parsed.value, map.online, response.values.online);
    check_read(parsed.value, map.today, response.values.today);
    check_read(parsed.value, map.total, response.values.total);
    if (response.poll_seconds) PW_CHECK(std::isfinite(*response.poll_seconds));
    return;
  }
  PW_CHECK(!describe(response).empty());
  PW_CHECK(is_field_error(response.error) ==
           (response.field == "online" || response.field == "today" || response.field == "total"));
  PW_CHECK(is_field_error(response.error) || response.field.empty());
}

// Any count the widget can show reads back as itself with the separators a
// server uses ("1.121.895", "1,121,895", "1 121 895", no-break spaces).
void check_displayed(std::string_view text) {
  const auto count = parse_displayed_count(text);
  if (!count) return;
  PW_CHECK(*count >= 0 && *count <= kMaxExactCount);
  for (const char* separator : {".", ",", " ", "\xC2\xA0", "\xE2\x80\xAF"}) {
    for (int group_from : {1, 5}) {
      const std::string shown = format_count(*count, CountFormat{group_from, separator});
      const auto again = parse_displayed_count(shown);
      PW_CHECK(again && *again == *count);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const bool has_map = input.find("\n|\n") != std::string_view::npos;
  const std::vector<std::string> parts = fuzz::split_parts(input, 2);
  const std::string& body = has_map ? parts[1] : parts[0];

  CounterMap map;
  if (has_map) {
    OptionLayers layers;
    layers.named = "{\"endpoint\":\"/api/visitors\",\"map\":" + fuzz::json_quote(parts[0]) + "}";
    const ParsedCounterOptions parsed = parse_counter_options(layers);
    map = parsed.options.map;
    for (const std::string* pointer : {&map.online, &map.today, &map.total}) {
      PW_CHECK(is_valid_json_pointer(*pointer));
    }
  }
  check_response(body, map);
  check_displayed(body);
  return 0;
}
