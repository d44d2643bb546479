#pragma once
#include <string>

#include "language.h"

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
};

// The one table of default UI text: Vietnamese first, English alternative.
const FontScaleStrings& default_font_scale_strings(Language language);

// `text` with every "{percent}" replaced by `percent`.
std::string fill_percent(const std::string& text, const std::string& percent);

}  // namespace pw
