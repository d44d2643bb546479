#include "language.h"

#include <cctype>

namespace pw {
namespace {

bool primary_subtag_is(std::string_view tag, std::string_view code) {
  if (tag.size() < code.size()) return false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(tag[i])) != code[i]) return false;
  }
  return tag.size() == code.size() || tag[code.size()] == '-' || tag[code.size()] == '_';
}

}  // namespace

std::optional<Language> parse_language(std::string_view tag) {
  if (primary_subtag_is(tag, "vi")) return Language::vi;
  if (primary_subtag_is(tag, "en")) return Language::en;
  return std::nullopt;
}

Language language_for_page(std::string_view page_lang) {
  return parse_language(page_lang).value_or(Language::vi);
}

}  // namespace pw
