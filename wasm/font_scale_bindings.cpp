// embind surface of the font-scale widget: plain values in, plain values out.
#include <emscripten/bind.h>

#include <string>

#include "join_lines.h"

#include "font_scale.h"
#include "inline_font_size.h"

namespace {

using pw::FontScaleView;
using pw::OptionLayers;

// What the adapter needs once at mount to find the article and label the buttons.
struct FontScaleConfig {
  std::string target;
  std::string storage_key;
  bool persist = true;
  std::string lang;
  std::string group_label;
  std::string smaller_label;
  std::string reset_label;
  std::string larger_label;
  std::string smaller_text;
  std::string reset_text;
  std::string larger_text;
  std::string warnings;  // one per line; "" when the options were fine
};

FontScaleConfig font_scale_config(const OptionLayers& layers) {
  const auto parsed = pw::parse_font_scale_options(layers);
  const auto& options = parsed.options;
  return {options.target,
          options.storage_key,
          options.persist,
          options.language == pw::Language::en ? "en" : "vi",
          options.strings.group,
          options.strings.smaller,
          options.strings.reset,
          options.strings.larger,
          options.strings.smaller_text,
          options.strings.reset_text,
          options.strings.larger_text,
          join_lines(parsed.warnings)};
}

struct FontScaleStart {
  FontScaleView view;
  std::string warnings;
};

FontScaleStart font_scale_start(const OptionLayers& layers, const std::string& stored) {
  std::vector<std::string> warnings;
  auto view = pw::start_font_scale(pw::parse_font_scale_options(layers).options, stored, warnings);
  return {std::move(view), join_lines(warnings)};
}

FontScaleView font_scale_step(const OptionLayers& layers, double current_percent,
                              const std::string& action_name) {
  const auto options = pw::parse_font_scale_options(layers).options;
  const auto action = pw::parse_font_scale_action(action_name);
  if (!action) return pw::follow_stored_font_scale(options, current_percent, "");
  return pw::step_font_scale(options, current_percent, *action);
}

FontScaleView font_scale_follow(const OptionLayers& layers, double current_percent,
                                const std::string& stored) {
  return pw::follow_stored_font_scale(pw::parse_font_scale_options(layers).options,
                                      current_percent, stored);
}

std::string font_scale_relative_size(const std::string& css_value, double parent_px,
                                     double scale) {
  return pw::relative_font_size(css_value, parent_px, scale);
}

}  // namespace

EMSCRIPTEN_BINDINGS(font_scale) {
  using emscripten::value_object;
  value_object<OptionLayers>("OptionLayers")
      .field("dataOptions", &OptionLayers::data_options)
      .field("named", &OptionLayers::named)
      .field("programmatic", &OptionLayers::programmatic)
      .field("pageLang", &OptionLayers::page_lang);
  value_object<FontScaleConfig>("FontScaleConfig")
      .field("target", &FontScaleConfig::target)
      .field("storageKey", &FontScaleConfig::storage_key)
      .field("persist", &FontScaleConfig::persist)
      .field("lang", &FontScaleConfig::lang)
      .field("groupLabel", &FontScaleConfig::group_label)
      .field("smallerLabel", &FontScaleConfig::smaller_label)
      .field("resetLabel", &FontScaleConfig::reset_label)
      .field("largerLabel", &FontScaleConfig::larger_label)
      .field("smallerText", &FontScaleConfig::smaller_text)
      .field("resetText", &FontScaleConfig::reset_text)
      .field("largerText", &FontScaleConfig::larger_text)
      .field("warnings", &FontScaleConfig::warnings);
  value_object<FontScaleView>("FontScaleView")
      .field("percent", &FontScaleView::percent)
      .field("scale", &FontScaleView::scale)
      .field("levelText", &FontScaleView::level_text)
      .field("canSmaller", &FontScaleView::can_smaller)
      .field("canLarger", &FontScaleView::can_larger)
      .field("announcement", &FontScaleView::announcement)
      .field("stored", &FontScaleView::stored);
  value_object<FontScaleStart>("FontScaleStart")
      .field("view", &FontScaleStart::view)
      .field("warnings", &FontScaleStart::warnings);

  emscripten::function("fontScaleConfig", &font_scale_config);
  emscripten::function("fontScaleStart", &font_scale_start);
  emscripten::function("fontScaleStep", &font_scale_step);
  emscripten::function("fontScaleFollow", &font_scale_follow);
  emscripten::function("fontScaleRelativeSize", &font_scale_relative_size);
}
