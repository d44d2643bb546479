// data-pw-options for the font-scale widget, through every option layer,
// then the widget driven with the options it got: the stored value read at
// mount, a run of button presses, another tab's stored value. Whatever the
// page wrote, the options must be usable and every view one the page can show.
//
// Input: up to six parts separated by "\n|\n": data-pw-options, the named
// attributes (JSON), mount() options, the page's lang, the stored value,
// and button presses (one byte each: smaller, reset, larger).
#include <algorithm>
#include <string>

#include "font_scale/controller.h"
#include "font_scale/options.h"
#include "fuzz_input.h"
#include "font_scale/stored.h"

namespace {

using namespace pw;

std::size_t step_index(const FontScaleOptions& options, double percent) {
  const auto found = std::find(options.steps.begin(), options.steps.end(), percent);
  PW_CHECK(found != options.steps.end());  // always one of the steps
  return static_cast<std::size_t>(found - options.steps.begin());
}

void check_view(const FontScaleOptions& options, const FontScaleView& view) {
  const std::size_t index = step_index(options, view.percent);
  PW_CHECK(view.scale == view.percent / 100.0);
  PW_CHECK(view.can_smaller == (index > 0));
  PW_CHECK(view.can_larger == (index + 1 < options.steps.size()));
  PW_CHECK(!view.level_text.empty() && view.level_text.back() == '%');
  if (view.stored.empty()) return;
  // What is stored comes back as the same level, on this page and the next.
  const auto stored = parse_stored_percent(view.stored);
  PW_CHECK(stored.has_value());
  PW_CHECK(nearest_step(options.steps, *stored) == index);
}

void check_options(const ParsedFontScaleOptions& parsed) {
  const FontScaleOptions& options = parsed.options;
  PW_CHECK(font_scale_steps_problem(options.steps).empty());
  step_index(options, options.default_percent);
  PW_CHECK(options.target.size() <= 500 && options.storage_key.size() <= 100);
  const FontScaleStrings& s = options.strings;
  for (const std::string* text : {&s.group, &s.smaller, &s.reset, &s.larger, &s.changed,
                                  &s.at_smallest, &s.at_largest}) {
    PW_CHECK(text->size() <= 200);
  }
  for (const std::string* text : {&s.smaller_text, &s.reset_text, &s.larger_text}) {
    PW_CHECK(text->size() <= 10);
  }
  for (const std::string& warning : parsed.warnings) PW_CHECK(!warning.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto parts = fuzz::split_parts({reinterpret_cast<const char*>(data), size}, 6);
  const OptionLayers layers{parts[0], parts[1], parts[2], parts[3]};
  const ParsedFontScaleOptions parsed = parse_font_scale_options(layers);
  check_options(parsed);
  const FontScaleOptions& options = parsed.options;

  std::vector<std::string> warnings;
  FontScaleView view = start_font_scale(options, parts[4], warnings);
  check_view(options, view);
  PW_CHECK(warnings.size() <= 1);
  for (char press : parts[5]) {
    const auto action = static_cast<FontScaleAction>(static_cast<unsigned char>(press) % 3);
    const FontScaleView next = step_font_scale(options, view.percent, action);
    check_view(options, next);
    PW_CHECK(next.stored.empty() != options.persist);
    view = next;
  }
  check_view(options, follow_stored_font_scale(options, view.percent, parts[4]));
  return 0;
}
