#pragma once
#include "boundary.h"
#include "option_layers.h"

namespace pw::wasm {

// A widget's option sources, as web/option-layers.js collects them:
// (dataOptions, named, programmatic, pageLang), each a text.
// A braced list is evaluated left to right, so the reads keep their order.
inline OptionLayers option_layers(CallArgs& args) {
  return {args.text(), args.text(), args.text(), args.text()};
}

}  // namespace pw::wasm
