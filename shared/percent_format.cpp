#include "percent_format.h"

#include <cmath>

namespace pw {

std::string format_percent(double percent, Language language) {
  const long tenths = std::lround(percent * 10.0);
  std::string text = std::to_string(tenths / 10);
  if (tenths % 10 != 0) {
    text += language == Language::vi ? ',' : '.';
    text += static_cast<char>('0' + std::labs(tenths % 10));
  }
  return text + '%';
}

}  // namespace pw
