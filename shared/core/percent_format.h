#pragma once
#include <string>

#include "core/language.h"

namespace pw {

// 112.5 → "112,5%" in Vietnamese, "112.5%" in English; at most one decimal,
// none when the value is whole ("125%").
std::string format_percent(double percent, Language language);

}  // namespace pw
