#include "json_value.h"

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

JsonValue json_object() {
  JsonValue object;
  object.type = JsonType::object;
  return object;
}

}  // namespace pw
