#pragma once
#include <string>
#include <vector>

#include "visitor_counter/count_format.h"
#include "visitor_counter/values.h"
#include "core/language.h"
#include "core/option_layers.h"
#include "core/ui_strings.h"

namespace pw {

// Everything an integrator can set on a visitor counter, with its defaults.
struct CounterOptions {
  std::string endpoint;          // data-pw-endpoint (required): http(s) or relative
  double interval_seconds = 30;  // data-pw-interval, within [10, 3600]
  CounterMap map;                // data-pw-map: JSON Pointers into the response
  CountFormat format;
  double timeout_seconds = 10;   // per request
  bool animate = true;           // count up (never under prefers-reduced-motion)
  int stale_after_failures = 3;  // then "cập nhật lúc 10:42" appears
  bool record = false;           // data-pw-record: POST one page view to the endpoint per page load
  Language language = Language::vi;
  CounterStrings strings = default_counter_strings(Language::vi);
};

struct ParsedCounterOptions {
  CounterOptions options;
  std::vector<std::string> warnings;
};

// Named attributes are strings ("30", '{"online":"/d/n"}'); the same keys may
// also be numbers and objects in data-pw-options or mount() options.
ParsedCounterOptions parse_counter_options(const OptionLayers& layers);

// The developer warning for a box without the three fields to write into.
inline constexpr const char* kCounterFieldsProblem =
    "the box needs data-pw-field=\"online\", \"today\" and \"total\"; the numbers stay as rendered";

}  // namespace pw
