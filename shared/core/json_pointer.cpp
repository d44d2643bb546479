#include "core/json_pointer.h"

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace pw {
namespace {

bool parse_index(const std::string& token, std::size_t& index) {
  if (token.empty() || token.size() > 9) return false;
  if (token.size() > 1 && token[0] == '0') return false;
  index = 0;
  for (char c : token) {
    if (c < '0' || c > '9') return false;
    index = index * 10 + static_cast<std::size_t>(c - '0');
  }
  return true;
}

// The unescaped reference tokens, first to last. nlohmann gives them from
// the end: back() and pop_back(), each only on a pointer that is not empty.
std::vector<std::string> reference_tokens(std::string_view pointer) {
  std::vector<std::string> tokens;
  for (nlohmann::json::json_pointer rest{std::string(pointer)}; !rest.empty(); rest.pop_back()) {
    tokens.push_back(rest.back());
  }
  return {std::make_move_iterator(tokens.rbegin()), std::make_move_iterator(tokens.rend())};
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
  for (const std::string& token : reference_tokens(pointer)) {
    if (node->is_object()) {
      node = node->find(token);
      if (!node) return nullptr;
    } else if (node->is_array()) {
      std::size_t index = 0;
      if (!parse_index(token, index) || index >= node->elements.size()) return nullptr;
      node = &node->elements[index];
    } else {
      return nullptr;
    }
  }
  return node;
}

}  // namespace pw
