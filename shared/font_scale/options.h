#pragma once
#include <string>
#include <vector>

#include "font_scale/steps.h"
#include "core/language.h"
#include "core/option_layers.h"
#include "core/ui_strings.h"

namespace pw {

// Everything an integrator can set on a font-scale widget, with its defaults.
struct FontScaleOptions {
  std::string target;  // CSS selector of the article (`data-pw-target`)
  std::vector<double> steps = default_font_scale_steps();
  double default_percent = 100;
  Language language = Language::vi;
  FontScaleStrings strings = default_font_scale_strings(Language::vi);
  bool persist = true;  // remember the choice for every page of the site
  std::string storage_key = "pw-font-scale";
};

struct ParsedFontScaleOptions {
  FontScaleOptions options;
  std::vector<std::string> warnings;
};

// Options from all layers; anything malformed is reported and its default kept.
ParsedFontScaleOptions parse_font_scale_options(const OptionLayers& layers);

// The developer warnings for a page that lacks what the widget needs: the
// article (`target` is the option as given; "" when there was none, else the
// selector that matched no element), and storage that throws.
std::string font_scale_target_problem(const std::string& target);
inline constexpr const char* kFontScaleStorageProblem =
    "storage is unavailable; the choice lasts for this page only";

}  // namespace pw
