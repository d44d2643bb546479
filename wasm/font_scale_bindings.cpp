// Exports of the font-scale widget: plain values in, plain values out.
#include <string>
#include <vector>

#include "boundary.h"
#include "option_layers_arg.h"

#include "font_scale.h"
#include "inline_font_size.h"

namespace {

using pw::FontScaleView;
using pw::wasm::CallArgs;
using pw::wasm::Key;
using pw::wasm::Result;
using pw::wasm::result;

pw::FontScaleOptions options_of(CallArgs& args) {
  return pw::parse_font_scale_options(pw::wasm::option_layers(args)).options;
}

Result& put_view(Result& out, Key key, const FontScaleView& view) {
  return out.object(key)
      .number(Key::percent, view.percent)
      .number(Key::scale, view.scale)
      .text(Key::levelText, view.level_text)
      .flag(Key::canSmaller, view.can_smaller)
      .flag(Key::canLarger, view.can_larger)
      .text(Key::announcement, view.announcement)
      .text(Key::stored, view.stored)
      .end();
}

}  // namespace

// (layers) → what the adapter needs once at mount to find the article and
// label the buttons.
PW_EXPORT const char* fontScaleConfig() {
  CallArgs args;
  const auto parsed = pw::parse_font_scale_options(pw::wasm::option_layers(args));
  const auto& options = parsed.options;
  const auto& strings = options.strings;
  return result()
      .object()
      .text(Key::target, options.target)
      .text(Key::storageKey, options.storage_key)
      .flag(Key::persist, options.persist)
      .text(Key::lang, options.language == pw::Language::en ? "en" : "vi")
      .text(Key::groupLabel, strings.group)
      .text(Key::smallerLabel, strings.smaller)
      .text(Key::resetLabel, strings.reset)
      .text(Key::largerLabel, strings.larger)
      .text(Key::smallerText, strings.smaller_text)
      .text(Key::resetText, strings.reset_text)
      .text(Key::largerText, strings.larger_text)
      .lines(Key::warnings, parsed.warnings)
      .end()
      .done();
}

// (layers, stored) → {view, warnings}
PW_EXPORT const char* fontScaleStart() {
  CallArgs args;
  const auto options = options_of(args);
  const std::string stored = args.text();
  std::vector<std::string> warnings;
  const FontScaleView view = pw::start_font_scale(options, stored, warnings);
  Result& out = result().object();
  return put_view(out, Key::view, view).lines(Key::warnings, warnings).end().done();
}

// (layers, currentPercent, action) → view
PW_EXPORT const char* fontScaleStep() {
  CallArgs args;
  const auto options = options_of(args);
  const double current_percent = args.number();
  const auto action = pw::parse_font_scale_action(args.text());
  const FontScaleView view = action ? pw::step_font_scale(options, current_percent, *action)
                                    : pw::follow_stored_font_scale(options, current_percent, "");
  return put_view(result(), Key::none, view).done();
}

// (layers, currentPercent, stored) → view
PW_EXPORT const char* fontScaleFollow() {
  CallArgs args;
  const auto options = options_of(args);
  const double current_percent = args.number();
  const std::string stored = args.text();
  return put_view(result(), Key::none, pw::follow_stored_font_scale(options, current_percent, stored))
      .done();
}

// (cssValue, parentPx, scale) → the inline size rewritten relative to its parent, or ""
PW_EXPORT const char* fontScaleRelativeSize() {
  CallArgs args;
  const std::string css_value = args.text();
  const double parent_px = args.number();
  const double scale = args.number();
  return result().text(Key::none, pw::relative_font_size(css_value, parent_px, scale)).done();
}
