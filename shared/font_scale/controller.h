#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "font_scale/options.h"

namespace pw {

enum class FontScaleAction { smaller, reset, larger };

// "smaller", "reset", "larger" (the `data-pw-action` values) → the action.
std::optional<FontScaleAction> parse_font_scale_action(std::string_view name);

// What the page shows for one text-size level; the adapter applies it as is.
struct FontScaleView {
  double percent = 100;
  double scale = 1;          // percent / 100, the value of --pw-font-scale
  std::string level_text;    // "112,5%"
  bool can_smaller = true;
  bool can_larger = true;
  std::string announcement;  // polite status text; "" when nothing to say
  std::string stored;        // value to store; "" when nothing to store
};

// The level at mount: the stored choice if it is valid, else the default.
// A present but invalid stored value is reported in `warnings`.
FontScaleView start_font_scale(const FontScaleOptions& options, std::string_view stored,
                               std::vector<std::string>& warnings);

// The level after the reader presses a button while at `current_percent`.
FontScaleView step_font_scale(const FontScaleOptions& options, double current_percent,
                              FontScaleAction action);

// Another tab stored `stored`: follow it quietly, or stay at `current_percent`
// if it is not a valid level.
FontScaleView follow_stored_font_scale(const FontScaleOptions& options, double current_percent,
                                       std::string_view stored);

}  // namespace pw
