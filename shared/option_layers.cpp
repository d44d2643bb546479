#include "option_layers.h"

namespace pw {
namespace {

void merge_layer(const std::string& text, const char* source, MergedOptions& merged) {
  if (text.empty()) return;
  const auto layer = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (layer.is_discarded()) {
    merged.warnings.push_back(std::string(source) + " is not valid JSON; it is ignored");
    return;
  }
  if (!layer.is_object()) {
    merged.warnings.push_back(std::string(source) + " must be a JSON object; it is ignored");
    return;
  }
  merged.object.update(layer, /*merge_objects=*/true);
}

}  // namespace

MergedOptions merge_option_layers(const OptionLayers& layers) {
  MergedOptions merged;
  merge_layer(layers.data_options, "data-pw-options", merged);
  merge_layer(layers.named, "data-pw-* attributes", merged);
  merge_layer(layers.programmatic, "mount() options", merged);
  return merged;
}

}  // namespace pw
