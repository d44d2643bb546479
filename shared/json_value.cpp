#include "json_value.h"

namespace pw {

const JsonValue* JsonValue::find(std::string_view key) const {
  for (const JsonMember& member : members) {
    if (member.key == key) return &member;
  }
  return nullptr;
}

JsonValue* JsonValue::find(std::string_view key) {
  return const_cast<JsonValue*>(static_cast<const JsonValue&>(*this).find(key));
}

JsonValue json_object() {
  JsonValue object;
  object.type = JsonType::object;
  return object;
}

}  // namespace pw
