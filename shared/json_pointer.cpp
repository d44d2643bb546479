#include "json_pointer.h"

#include <string>

namespace pw {
namespace {

std::string unescape_token(std::string_view token) {
  std::string out;
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] == '~') {
      out += token[i + 1] == '1' ? '/' : '~';
      ++i;
    } else {
      out += token[i];
    }
  }
  return out;
}

bool parse_index(std::string_view token, std::size_t& index) {
  if (token.empty() || token.size() > 9) return false;
  if (token.size() > 1 && token[0] == '0') return false;
  index = 0;
  for (char c : token) {
    if (c < '0' || c > '9') return false;
    index = index * 10 + static_cast<std::size_t>(c - '0');
  }
  return true;
}

}  // namespace

bool is_valid_json_pointer(std::string_view pointer) {
  if (pointer.empty()) return true;
  if (pointer[0] != '/') return false;
  for (std::size_t i = 0; i < pointer.size(); ++i) {
    if (pointer[i] != '~') continue;
    if (i + 1 >= pointer.size() || (pointer[i + 1] != '0' && pointer[i + 1] != '1')) return false;
  }
  return true;
}

const JsonValue* resolve_json_pointer(const JsonValue& document, std::string_view pointer) {
  if (!is_valid_json_pointer(pointer)) return nullptr;
  const JsonValue* node = &document;
  std::size_t from = 1;
  while (from <= pointer.size() && !pointer.empty()) {
    const std::size_t slash = pointer.find('/', from);
    const std::size_t end = slash == std::string_view::npos ? pointer.size() : slash;
    const std::string_view token = pointer.substr(from, end - from);
    if (node->is_object()) {
      node = node->find(unescape_token(token));
      if (!node) return nullptr;
    } else if (node->is_array()) {
      std::size_t index = 0;
      if (!parse_index(token, index) || index >= node->elements.size()) return nullptr;
      node = &node->elements[index];
    } else {
      return nullptr;
    }
    from = end + 1;
  }
  return node;
}

}  // namespace pw
