#include "core/language.h"

#include "core/ascii.h"

namespace pw {
namespace {

bool primary_subtag_is(std::string_view tag, std::string_view code) {
  if (!starts_with_ignoring_case(tag, code)) return false;
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
