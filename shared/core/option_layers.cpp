#include "core/option_layers.h"

#include "core/json_parse.h"

namespace pw {
namespace {

constexpr const char* kLayerNames[] = {"data-pw-options", "data-pw-* attributes", "mount() options"};

}  // namespace

ParsedOptionLayers parse_option_layers(const OptionLayers& layers) {
  ParsedOptionLayers parsed;
  const std::string* texts[] = {&layers.data_options, &layers.named, &layers.programmatic};
  for (int i = 0; i < 3; ++i) {
    if (texts[i]->empty()) continue;
    JsonParseResult layer = parse_json(*texts[i]);
    const char* problem = !layer.ok                  ? " is not valid JSON; it is ignored"
                          : !layer.value.is_object() ? " must be a JSON object; it is ignored"
                                                     : nullptr;
    if (problem) {
      parsed.warnings.push_back(kLayerNames[i] + std::string(problem));
    } else {
      parsed.layers.push_back({static_cast<OptionSource>(i), std::move(layer.value)});
    }
  }
  return parsed;
}

}  // namespace pw
