#include "visitor_counter/options.h"

#include <utility>

#include "core/json_pointer.h"
#include "core/json_parse.h"
#include "core/option_reader.h"
#include "core/web_url.h"

namespace pw {
namespace {

void read_map(OptionReader& reader, CounterMap& map, std::vector<std::string>& warnings) {
  reader.read("map", [&](const JsonValue& found) -> std::string {
    // An attribute gives the map as JSON text; text that is not JSON reads as
    // null. Read in place otherwise: a copy of a JSON value is 0.4 KB of code.
    JsonValue from_text;
    if (found.is_string()) from_text = std::move(parse_json(found.text).value);
    const JsonValue& value = found.is_string() ? from_text : found;
    if (!value.is_object()) return "must be a JSON object of JSON Pointers";
    CounterMap read;
    OptionReader fields(value, warnings, "map.");
    fields.read_string("online", read.online);
    fields.read_string("today", read.today);
    fields.read_string("total", read.total);
    fields.report_unknown_keys({"online", "today", "total"}, "field in \"map\"");
    for (const auto* pointer : {&read.online, &read.today, &read.total}) {
      if (!is_valid_json_pointer(*pointer)) {
        return "holds \"" + *pointer + "\", which is not a JSON Pointer (it starts with \"/\")";
      }
    }
    map = read;
    return "";
  });
}

}  // namespace

ParsedCounterOptions parse_counter_options(const OptionLayers& layers) {
  ParsedOptionLayers parsed_layers = parse_option_layers(layers);
  ParsedCounterOptions parsed{CounterOptions{}, std::move(parsed_layers.warnings)};
  CounterOptions& options = parsed.options;
  OptionReader reader(parsed_layers.layers, parsed.warnings);

  options.language = reader.read_language(layers.page_lang);
  options.strings = default_counter_strings(options.language);

  constexpr const char* kNoEndpoint = "the numbers stay as the page rendered them";
  bool given = false;
  reader.read(
      "endpoint",
      [&](const JsonValue& value) -> std::string {
        given = true;
        if (!value.is_string() || value.text.size() > 2000) return "must be a URL of at most 2000 bytes";
        std::string url = browser_url(value.text);
        if (url.empty()) return "is empty";
        // fetch() would refuse javascript:, and read data: or blob: with no
        // server: numbers that nobody counted.
        if (!is_web_url(url)) return "must be an http(s) or relative URL";
        options.endpoint = std::move(url);
        return "";
      },
      kNoEndpoint);
  if (!given) reader.warn(std::string("data-pw-endpoint is missing; ") + kNoEndpoint);
  reader.read_seconds("interval", options.interval_seconds, 10, 3600);
  reader.read_seconds("timeout", options.timeout_seconds, 1, 120);
  read_map(reader, options.map, parsed.warnings);
  reader.read_bool("animate", options.animate);
  reader.read_flag("record", options.record);
  double group_from = options.format.group_from_digits;
  reader.read_number("groupFromDigits", group_from, 1, 17);
  options.format.group_from_digits = static_cast<int>(group_from);
  reader.read_string("groupSeparator", options.format.separator, 4);
  double stale_after = options.stale_after_failures;
  reader.read_number("staleAfterFailures", stale_after, 1, 100);
  options.stale_after_failures = static_cast<int>(stale_after);
  OptionReader texts = reader.nested("strings");
  texts.read_string("pause", options.strings.pause);
  texts.read_string("resume", options.strings.resume);
  texts.read_string("stale", options.strings.stale);
  texts.report_unknown_keys({"pause", "resume", "stale"}, "text in \"strings\"");
  reader.report_unknown_keys({"lang", "endpoint", "interval", "timeout", "map", "animate", "record",
                              "groupFromDigits", "groupSeparator", "staleAfterFailures", "strings"},
                             "option");
  return parsed;
}

}  // namespace pw
