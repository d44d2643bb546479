#include "counter_options.h"

#include "json_pointer.h"
#include "json_reader.h"
#include "option_reader.h"
#include "web_url.h"

namespace pw {
namespace {

void read_map(const JsonValue& object, CounterMap& map, std::vector<std::string>& warnings) {
  const JsonValue* found = object.find("map");
  if (!found) return;
  // An attribute gives the map as JSON text; text that is not JSON reads as null.
  const JsonValue value = found->is_string() ? parse_json(found->text).value : *found;
  if (!value.is_object()) {
    warnings.push_back("option \"map\" must be a JSON object of JSON Pointers; the default map is used");
    return;
  }
  CounterMap read = map;
  OptionReader reader(value, warnings);
  reader.read_string("online", read.online);
  reader.read_string("today", read.today);
  reader.read_string("total", read.total);
  reader.report_unknown_keys({"online", "today", "total"}, "field in \"map\"");
  for (const auto* pointer : {&read.online, &read.today, &read.total}) {
    if (!is_valid_json_pointer(*pointer)) {
      warnings.push_back("\"map\" holds \"" + *pointer +
                         "\", which is not a JSON Pointer (it starts with \"/\"); the default map is used");
      return;
    }
  }
  map = read;
}

}  // namespace

ParsedCounterOptions parse_counter_options(const OptionLayers& layers) {
  MergedOptions merged = merge_option_layers(layers);
  ParsedCounterOptions parsed{CounterOptions{}, std::move(merged.warnings)};
  CounterOptions& options = parsed.options;
  const JsonValue& object = merged.object;
  OptionReader reader(object, parsed.warnings);

  options.language = reader.read_language(layers.page_lang);
  options.strings = default_counter_strings(options.language);

  reader.read_string("endpoint", options.endpoint, 2000);
  options.endpoint = browser_url(options.endpoint);
  if (options.endpoint.empty()) {
    reader.warn("data-pw-endpoint is missing; the numbers stay as the page rendered them");
  } else if (!is_web_url(options.endpoint)) {
    // fetch() would refuse javascript: and read data: or blob: without a server:
    // numbers that no server counted.
    options.endpoint.clear();
    reader.warn("data-pw-endpoint is not an http(s) or relative URL; the numbers stay as the page rendered them");
  }
  reader.read_seconds("interval", options.interval_seconds, 10, 3600);
  reader.read_seconds("timeout", options.timeout_seconds, 1, 120);
  read_map(object, options.map, parsed.warnings);
  reader.read_bool("animate", options.animate);
  double group_from = options.format.group_from_digits;
  reader.read_number("groupFromDigits", group_from, 1, 17);
  options.format.group_from_digits = static_cast<int>(group_from);
  reader.read_string("groupSeparator", options.format.separator, 4);
  double stale_after = options.stale_after_failures;
  reader.read_number("staleAfterFailures", stale_after, 1, 100);
  options.stale_after_failures = static_cast<int>(stale_after);
  if (const auto* strings = reader.find("strings", JsonType::object, "an object")) {
    OptionReader texts(*strings, parsed.warnings);
    texts.read_string("pause", options.strings.pause);
    texts.read_string("resume", options.strings.resume);
    texts.read_string("stale", options.strings.stale);
    texts.report_unknown_keys({"pause", "resume", "stale"}, "text in \"strings\"");
  }
  reader.report_unknown_keys({"lang", "endpoint", "interval", "timeout", "map", "animate",
                              "groupFromDigits", "groupSeparator", "staleAfterFailures", "strings"},
                             "option");
  return parsed;
}

}  // namespace pw
