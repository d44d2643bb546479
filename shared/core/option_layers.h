#pragma once
#include <string>
#include <vector>

#include "core/bounded_list.h"
#include "core/json_value.h"

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

enum class OptionSource : unsigned char { data_options, attributes, mount };  // weakest first

// One layer that is a JSON object, and where the page wrote it.
struct OptionLayer {
  OptionSource source;
  JsonValue object;
};

// The three layers at most, kept inline: no vector growth code for them.
using OptionLayerList = BoundedList<OptionLayer, 3>;

struct ParsedOptionLayers {
  OptionLayerList layers;  // weakest first; absent and invalid ones left out
  std::vector<std::string> warnings;
};

// Each layer parsed. A layer that is not a JSON object is reported and
// skipped, never fatal. OptionReader then takes each option from the
// strongest layer that gives it a good value.
ParsedOptionLayers parse_option_layers(const OptionLayers& layers);

}  // namespace pw
