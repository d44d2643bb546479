#pragma once
#include <string>

#include "core/language.h"

namespace pw {

// Every piece of UI text the font-scale widget shows or announces.
// `{percent}` in a template is replaced by the formatted level.
struct FontScaleStrings {
  std::string group;            // accessible name of the control group
  std::string smaller;          // A-
  std::string reset;            // A
  std::string larger;           // A+
  std::string changed;          // announced after a change
  std::string at_smallest;      // announced when A- is pressed at the lower limit
  std::string at_largest;       // announced when A+ is pressed at the upper limit
  // Visible texts of buttons the widget creates (existing ones keep theirs).
  std::string smaller_text;
  std::string reset_text;
  std::string larger_text;
};

// Every piece of UI text the visitor counter shows. `{time}` is "10:42".
struct CounterStrings {
  std::string pause;   // pause the live updates (WCAG 2.2.2)
  std::string resume;  // resume them
  std::string stale;   // shown after repeated failures
};

// The one table of default UI text: Vietnamese first, English alternative.
FontScaleStrings default_font_scale_strings(Language language);
CounterStrings default_counter_strings(Language language);

// `text` with every "{percent}" replaced by `percent`.
std::string fill_percent(const std::string& text, const std::string& percent);

// `text` with every `placeholder` (e.g. "{time}") replaced by `value`.
std::string fill_placeholder(const std::string& text, const std::string& placeholder,
                             const std::string& value);

// The developer warning for an element whose data-pw names no widget
// (`type` as written, "" when empty).
std::string unknown_widget_problem(const std::string& type);

}  // namespace pw
