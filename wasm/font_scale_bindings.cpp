// embind bindings of the font-scale widget. The adapter creates one
// FontScale per mounted widget, from its option layers, and deletes it in
// destroy(). Options are parsed once, at construction; the level the page
// shows is kept here, so a press crosses once, with its action only.
#include <emscripten/bind.h>

#include <string>
#include <vector>

#include "lines.h"
#include "live_instance.h"

#include "font_scale/controller.h"
#include "font_scale/inline_font_size.h"
#include "core/option_layers.h"

namespace {

using pw::FontScaleAction;
using pw::FontScaleView;

// What the adapter needs once at mount to find the article and label the buttons.
struct FontScaleConfig {
  std::string target;
  std::string storage_key;
  bool persist = true;
  std::string lang;
  std::string group_label;
  std::string smaller_label, reset_label, larger_label;
  std::string smaller_text, reset_text, larger_text;
  std::string warnings;  // one per line; "" when none
};

struct FontScaleStart {
  FontScaleView view;
  std::string warnings;
};

class FontScale {
 public:
  explicit FontScale(const pw::OptionLayers& layers) : parsed_(pw::parse_font_scale_options(layers)) {}

  FontScaleConfig config() const {
    const auto& options = parsed_.options;
    const auto& strings = options.strings;
    return {options.target,         options.storage_key,   options.persist,
            options.language == pw::Language::en ? "en" : "vi",
            strings.group,          strings.smaller,       strings.reset,
            strings.larger,         strings.smaller_text,  strings.reset_text,
            strings.larger_text,    pw::wasm::lines(parsed_.warnings)};
  }

  // The level at mount, from what the site stored ("" when nothing).
  FontScaleStart start(const std::string& stored) {
    std::vector<std::string> warnings;
    const FontScaleView view = pw::start_font_scale(parsed_.options, stored, warnings);
    percent_ = view.percent;
    return {view, pw::wasm::lines(warnings)};
  }

  FontScaleView step(FontScaleAction action) {
    return remember(pw::step_font_scale(parsed_.options, percent_, action));
  }

  // Another tab or control stored `stored`.
  FontScaleView follow(const std::string& stored) {
    return remember(pw::follow_stored_font_scale(parsed_.options, percent_, stored));
  }

 private:
  FontScaleView remember(FontScaleView view) {
    percent_ = view.percent;
    return view;
  }

  pw::wasm::LiveInstance live_;
  pw::ParsedFontScaleOptions parsed_;
  double percent_ = 100;
};

}  // namespace

EMSCRIPTEN_BINDINGS(font_scale) {
  using namespace emscripten;
  enum_<FontScaleAction>("FontScaleAction")
      .value("smaller", FontScaleAction::smaller)
      .value("reset", FontScaleAction::reset)
      .value("larger", FontScaleAction::larger);

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

  class_<FontScale>("FontScale")
      .constructor<const pw::OptionLayers&>()
      .function("config", &FontScale::config)
      .function("start", &FontScale::start)
      .function("step", &FontScale::step)
      .function("follow", &FontScale::follow);

  // (cssValue, parentPx, scale) → the inline size rewritten relative to its parent, or "".
  function("fontScaleRelativeSize", +[](const std::string& css_value, double parent_px, double scale) {
    return pw::relative_font_size(css_value, parent_px, scale);
  });
}
