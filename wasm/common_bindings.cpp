// embind bindings shared by every widget: the option layers each widget is
// created from, a pointer sample, and the accessible-name rule of its buttons.
#include <emscripten/bind.h>

#include <string>

#include "live_instance.h"

#include "core/accessible_name.h"
#include "core/option_layers.h"
#include "core/velocity_tracker.h"

EMSCRIPTEN_BINDINGS(common) {
  using namespace emscripten;
  // As web/option-layers.js collects them: each a JSON text, "" when absent.
  value_object<pw::OptionLayers>("OptionLayers")
      .field("dataOptions", &pw::OptionLayers::data_options)
      .field("named", &pw::OptionLayers::named)
      .field("programmatic", &pw::OptionLayers::programmatic)
      .field("pageLang", &pw::OptionLayers::page_lang);

  // One Pointer Events sample, as the carousel and the lightbox take it
  // (time from performance.now(); x mirrored in RTL by the carousel).
  value_object<pw::PointerSample>("PointerSample")
      .field("tMs", &pw::PointerSample::t_ms)
      .field("x", &pw::PointerSample::x)
      .field("y", &pw::PointerSample::y);

  // (label, visibleText) → the label, with the visible text in it when it was not.
  function("nameWithVisibleText", &pw::name_with_visible_text);

  // Widget instances alive in C++ (wasm/live_instance.h), for diagnostics().
  function("liveInstances", +[] { return pw::wasm::live_instance_count; });
}
