#pragma once
#include <string>
#include <vector>

#include "json_value.h"

namespace pw {

// Where a widget's options come from, weakest first. Each is a JSON text as the
// page wrote it: `data-pw-options`, then the named `data-pw-*` attributes, then
// the object passed to `PortalWidgets.mount(el, options)`. An empty text is absent.
struct OptionLayers {
  std::string data_options;
  std::string named;
  std::string programmatic;
  std::string page_lang;  // the page's `lang`, which picks the default language
};

struct MergedOptions {
  JsonValue object = json_object();
  std::vector<std::string> warnings;
};

// Later layers win key by key (nested objects such as "strings" merge too;
// an object over a value of another type replaces it).
// A layer that is not a JSON object is reported and skipped, never fatal.
MergedOptions merge_option_layers(const OptionLayers& layers);

}  // namespace pw
