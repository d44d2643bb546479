// The text size stored in localStorage (any page of the site, or another
// script, may have written anything there), as the widget reads it at mount
// and when another tab changes it.
//
// Input: the stored text.
#include <cstdlib>
#include <regex>
#include <string>

#include "font_scale/controller.h"
#include "fuzz_input.h"
#include "font_scale/stored.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace pw;
  const std::string stored(reinterpret_cast<const char*>(data), size);
  const auto percent = parse_stored_percent(stored);

  // The documented grammar, checked independently: 1–3 digits, optionally
  // a point and 1–2 digits, and a value in [50, 400].
  static const std::regex kGrammar("[0-9]{1,3}(\\.[0-9]{1,2})?");
  const bool well_formed = std::regex_match(stored, kGrammar);
  const double expected = well_formed ? std::strtod(stored.c_str(), nullptr) : 0;
  const bool in_range = well_formed && expected >= kMinStoredPercent && expected <= kMaxStoredPercent;
  PW_CHECK(percent.has_value() == in_range);
  if (percent) {
    // The same double as strtod, and as parseFloat in the boot script.
    PW_CHECK(*percent == expected);
    // The canonical form reads back as the same number.
    const auto again = parse_stored_percent(format_stored_percent(*percent));
    PW_CHECK(again && *again == *percent);
  }

  // The widget with its default steps: always a level it has.
  FontScaleOptions options;
  std::vector<std::string> warnings;
  const FontScaleView view = start_font_scale(options, stored, warnings);
  PW_CHECK(std::find(options.steps.begin(), options.steps.end(), view.percent) != options.steps.end());
  PW_CHECK(warnings.size() == (!stored.empty() && !percent ? 1u : 0u));
  const FontScaleView followed = follow_stored_font_scale(options, 125, stored);
  PW_CHECK(std::find(options.steps.begin(), options.steps.end(), followed.percent) != options.steps.end());
  if (!percent) PW_CHECK(followed.percent == 125);
  return 0;
}
