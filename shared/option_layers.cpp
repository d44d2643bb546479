#include "option_layers.h"

#include "json_member_order.h"
#include "json_reader.h"

namespace pw {
namespace {

// Both objects' keys are unique, so a key of the layer is looked for among
// the base's own members only, by binary search (a page may write thousands).
void merge_object(JsonValue& base, JsonValue&& layer) {
  const std::vector<std::uint32_t> by_key = members_by_key(base.members);
  for (JsonMember& member : layer.members) {
    const std::size_t found = find_by_key(base.members, by_key, member.key);
    if (found == kNoMember) {
      base.members.push_back(std::move(member));
    } else if (base.members[found].value.is_object() && member.value.is_object()) {
      merge_object(base.members[found].value, std::move(member.value));
    } else {
      base.members[found].value = std::move(member.value);
    }
  }
}

void merge_layer(const std::string& text, const char* source, MergedOptions& merged) {
  if (text.empty()) return;
  JsonParseResult layer = parse_json(text);
  if (!layer.ok) {
    merged.warnings.push_back(std::string(source) + " is not valid JSON; it is ignored");
    return;
  }
  if (!layer.value.is_object()) {
    merged.warnings.push_back(std::string(source) + " must be a JSON object; it is ignored");
    return;
  }
  merge_object(merged.object, std::move(layer.value));
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
