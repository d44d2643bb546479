#include "percent_format.h"

#include <cmath>

#include "integer_text.h"

namespace pw {

std::string format_percent(double percent, Language language) {
  const long tenths = std::lround(percent * 10.0);
  std::string text = integer_text(tenths / 10);
  if (tenths % 10 != 0) {
    text += language == Language::vi ? ',' : '.';
    text += static_cast<char>('0' + std::labs(tenths % 10));
  }
  return text + '%';
}

}  // namespace pw
