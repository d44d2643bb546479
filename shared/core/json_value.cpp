#include "core/json_value.h"

#include <algorithm>

namespace pw {

const JsonValue* JsonValue::find(std::string_view name) const {
  for (const JsonMember& member : members) {
    if (member.key == name) return &member;
  }
  return nullptr;
}

JsonValue* JsonValue::find(std::string_view name) {
  return const_cast<JsonValue*>(static_cast<const JsonValue&>(*this).find(name));
}

std::vector<std::uint32_t> members_by_key(const std::vector<JsonMember>& members) {
  std::vector<std::uint32_t> order(members.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
  // The position breaks ties: std::sort is not stable by itself.
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const int by_key = members[a].key.compare(members[b].key);
    return by_key < 0 || (by_key == 0 && a < b);
  });
  return order;
}

JsonValue json_object() {
  JsonValue object;
  object.type = JsonType::object;
  return object;
}

}  // namespace pw
