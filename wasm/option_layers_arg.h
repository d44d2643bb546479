#pragma once
#include "boundary.h"
#include "option_layers.h"

namespace pw::wasm {

// A widget's option sources, as web/option-layers.js collects them.
inline OptionLayers option_layers(CallArgs& args) {
  const JsonValue layers = args.value();
  return {text_member(layers, "dataOptions"), text_member(layers, "named"),
          text_member(layers, "programmatic"), text_member(layers, "pageLang")};
}

}  // namespace pw::wasm
