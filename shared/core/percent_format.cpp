#include "core/percent_format.h"

#include "core/decimal_text.h"

namespace pw {

std::string format_percent(double percent, Language language) {
  return decimal_text(percent, 1, language == Language::vi ? ',' : '.') + '%';
}

}  // namespace pw
