#include "core/accessible_name.h"

#include <algorithm>

#include "core/ascii.h"

namespace pw {
namespace {

std::string collapse_whitespace(const std::string& text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (is_ascii_space(c)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      out += c;
    }
  }
  return out;
}

// ASCII case folding is enough: visible texts of such controls are symbols.
bool contains_ignoring_ascii_case(const std::string& haystack, const std::string& needle) {
  const auto equal = [](char a, char b) {
    return ascii_lower(a) == ascii_lower(b);
  };
  return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(), equal) !=
         haystack.end();
}

}  // namespace

std::string name_with_visible_text(const std::string& label, const std::string& visible_text) {
  const std::string visible = collapse_whitespace(visible_text);
  if (visible.empty() || contains_ignoring_ascii_case(label, visible)) return label;
  return label + " " + visible;
}

}  // namespace pw
