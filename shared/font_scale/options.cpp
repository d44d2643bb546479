#include "font_scale/options.h"

#include "core/option_reader.h"
#include "font_scale/stored.h"

namespace pw {
namespace {

void read_steps(OptionReader& reader, FontScaleOptions& options) {
  reader.read("steps", [&](const JsonValue& value) -> std::string {
    if (!value.is_array()) return "must be an array of percents";
    std::vector<double> steps;
    for (const JsonValue& item : value.elements) {
      if (!item.is_number()) return "must hold only numbers";
      // Kept to the precision they are stored with: two levels that would be
      // stored alike are one level (and then not increasing).
      steps.push_back(stored_precision(item.number));
    }
    std::string problem = font_scale_steps_problem(steps);
    if (problem.empty()) options.steps = std::move(steps);
    return problem;
  });
}

// Overrides of single UI texts, e.g. {"larger": "Chữ to hơn"}.
void read_strings(OptionReader reader, FontScaleStrings& strings) {
  reader.read_string("group", strings.group);
  reader.read_string("smaller", strings.smaller);
  reader.read_string("reset", strings.reset);
  reader.read_string("larger", strings.larger);
  reader.read_string("changed", strings.changed);
  reader.read_string("atSmallest", strings.at_smallest);
  reader.read_string("atLargest", strings.at_largest);
  reader.read_string("smallerText", strings.smaller_text, 10);
  reader.read_string("resetText", strings.reset_text, 10);
  reader.read_string("largerText", strings.larger_text, 10);
  reader.report_unknown_keys({"group", "smaller", "reset", "larger", "changed", "atSmallest",
                              "atLargest", "smallerText", "resetText", "largerText"},
                             "text in \"strings\"");
}

}  // namespace

std::string font_scale_target_problem(const std::string& target) {
  if (target.empty()) return "data-pw-target is missing; the widget is not mounted";
  return "data-pw-target \"" + target + "\" matches no element; the widget is not mounted";
}

ParsedFontScaleOptions parse_font_scale_options(const OptionLayers& layers) {
  ParsedOptionLayers parsed_layers = parse_option_layers(layers);
  ParsedFontScaleOptions parsed{FontScaleOptions{}, std::move(parsed_layers.warnings)};
  FontScaleOptions& options = parsed.options;
  OptionReader reader(parsed_layers.layers, parsed.warnings);

  options.language = reader.read_language(layers.page_lang);
  options.strings = default_font_scale_strings(options.language);

  reader.read_string("target", options.target, 500);
  read_steps(reader, options);
  reader.read_number("default", options.default_percent, 50, 400, "percent");
  options.default_percent = stored_precision(options.default_percent);
  const std::size_t nearest = nearest_step(options.steps, options.default_percent);
  if (options.steps[nearest] != options.default_percent) {
    reader.warn("option \"default\" is not one of the steps; the nearest step is used");
    options.default_percent = options.steps[nearest];
  }
  reader.read_bool("persist", options.persist);
  reader.read_string("storageKey", options.storage_key, 100);
  read_strings(reader.nested("strings"), options.strings);
  reader.report_unknown_keys(
      {"lang", "target", "steps", "default", "persist", "storageKey", "strings"}, "option");
  return parsed;
}

}  // namespace pw
