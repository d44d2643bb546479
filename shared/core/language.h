#pragma once
#include <optional>
#include <string_view>

namespace pw {

// Languages the bundle ships UI text for. Vietnamese is the default everywhere.
enum class Language { vi, en };

// "vi", "vi-VN", "en", "en-GB"… → the language; anything else → nullopt.
std::optional<Language> parse_language(std::string_view tag);

// The page's `lang` attribute picks the default; unknown or empty means Vietnamese.
Language language_for_page(std::string_view page_lang);

}  // namespace pw
