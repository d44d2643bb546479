#pragma once
#include <string>

namespace pw {

// The accessible name of a control whose visible text is a symbol ("A+") and
// whose label says what it does ("Tăng cỡ chữ"). Speech-input users say what
// they see, so the name must contain the visible text (WCAG 2.5.3):
// "Tăng cỡ chữ A+" (not in parentheses, which speech tools and checkers drop).
// A label that already contains it is used as it is.
std::string name_with_visible_text(const std::string& label, const std::string& visible_text);

}  // namespace pw
