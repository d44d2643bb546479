#include "font_scale/controller.h"

#include "core/integer_text.h"
#include "core/percent_format.h"
#include "font_scale/stored.h"

namespace pw {
namespace {

FontScaleView view_at(const FontScaleOptions& options, std::size_t index) {
  FontScaleView view;
  view.percent = options.steps[index];
  view.scale = view.percent / 100.0;
  view.level_text = format_percent(view.percent, options.language);
  view.can_smaller = index > 0;
  view.can_larger = index + 1 < options.steps.size();
  return view;
}

// Untrusted text quoted in a warning is cut short so a 10 KB value stays readable.
std::string quoted_excerpt(std::string_view text) {
  constexpr std::size_t kMaxQuoted = 24;
  if (text.size() <= kMaxQuoted) return "\"" + std::string(text) + "\"";
  return "\"" + std::string(text.substr(0, kMaxQuoted)) + "…\" (" +
         integer_text(static_cast<long long>(text.size())) + " bytes)";
}

}  // namespace

std::optional<FontScaleAction> parse_font_scale_action(std::string_view name) {
  if (name == "smaller") return FontScaleAction::smaller;
  if (name == "reset") return FontScaleAction::reset;
  if (name == "larger") return FontScaleAction::larger;
  return std::nullopt;
}

FontScaleView start_font_scale(const FontScaleOptions& options, std::string_view stored,
                               std::vector<std::string>& warnings) {
  const std::size_t default_index = nearest_step(options.steps, options.default_percent);
  if (stored.empty()) return view_at(options, default_index);
  const auto percent = parse_stored_percent(stored);
  if (!percent) {
    warnings.push_back("stored text size " + quoted_excerpt(stored) +
                       " is not valid; the default size is used");
    return view_at(options, default_index);
  }
  return view_at(options, nearest_step(options.steps, *percent));
}

FontScaleView step_font_scale(const FontScaleOptions& options, double current_percent,
                              FontScaleAction action) {
  const std::size_t current = nearest_step(options.steps, current_percent);
  std::size_t next = current;
  const std::string* message = &options.strings.changed;
  switch (action) {
    case FontScaleAction::smaller:
      if (current == 0) message = &options.strings.at_smallest;
      else next = current - 1;
      break;
    case FontScaleAction::larger:
      if (current + 1 == options.steps.size()) message = &options.strings.at_largest;
      else next = current + 1;
      break;
    case FontScaleAction::reset:
      next = nearest_step(options.steps, options.default_percent);
      break;
  }
  FontScaleView view = view_at(options, next);
  view.announcement = fill_percent(*message, view.level_text);
  if (options.persist) view.stored = format_stored_percent(view.percent);
  return view;
}

FontScaleView follow_stored_font_scale(const FontScaleOptions& options, double current_percent,
                                       std::string_view stored) {
  const auto percent = parse_stored_percent(stored);
  return view_at(options, nearest_step(options.steps, percent.value_or(current_percent)));
}

}  // namespace pw
