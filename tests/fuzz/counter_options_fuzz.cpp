// data-pw-options (and data-pw-endpoint, -interval, -map) for the visitor
// counter, through every option layer; then the options put to use: the
// map on a v1 response, the format on counts, the stale text.
//
// Input: up to four parts separated by "\n|\n": data-pw-options, the named
// attributes (JSON), mount() options, the page's lang.
#include <string>

#include "visitor_counter/count_format.h"
#include "visitor_counter/controller.h"
#include "visitor_counter/options.h"
#include "visitor_counter/response.h"
#include "fuzz_input.h"
#include "core/json_pointer.h"
#include "core/ui_strings.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace pw;
  using fuzz::within;
  const auto parts = fuzz::split_parts({reinterpret_cast<const char*>(data), size}, 4);
  const ParsedCounterOptions parsed = parse_counter_options({parts[0], parts[1], parts[2], parts[3]});
  const CounterOptions& options = parsed.options;

  PW_CHECK(options.endpoint.size() <= 2000);
  PW_CHECK(within(options.interval_seconds, 10, 3600));
  PW_CHECK(within(options.timeout_seconds, 1, 120));
  PW_CHECK(within(options.format.group_from_digits, 1, 17));
  PW_CHECK(options.format.separator.size() <= 4);
  PW_CHECK(within(options.stale_after_failures, 1, 100));
  for (const std::string* pointer : {&options.map.online, &options.map.today, &options.map.total}) {
    PW_CHECK(is_valid_json_pointer(*pointer));
  }
  for (const std::string* text : {&options.strings.pause, &options.strings.resume, &options.strings.stale}) {
    PW_CHECK(text->size() <= 200);
  }
  for (const std::string& warning : parsed.warnings) PW_CHECK(!warning.empty());

  const CounterState state = start_counter(options, "8", "2.451", "1.121.895", 1645151400000);
  PW_CHECK(within(state.policy.interval_ms, kMinIntervalMs, kMaxIntervalMs));
  parse_counter_response(R"({"online":8,"today":2451,"total":1121895})", options.map);
  for (std::int64_t count : {std::int64_t{0}, std::int64_t{2451}, kMaxExactCount}) {
    const std::string shown = format_count(count, options.format);
    PW_CHECK(!shown.empty() && shown.size() <= 16 + 5 * options.format.separator.size());
  }
  fill_placeholder(options.strings.stale, "{time}", vietnam_clock(1645151400000));
  return 0;
}
