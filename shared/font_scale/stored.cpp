#include "font_scale/stored.h"

#include <cmath>

#include "core/decimal_text.h"

namespace pw {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<double> parse_stored_percent(std::string_view stored) {
  const std::size_t dot = stored.find('.');
  const std::string_view whole = stored.substr(0, dot);
  const std::string_view fraction =
      dot == std::string_view::npos ? std::string_view{} : stored.substr(dot + 1);
  if (whole.empty() || whole.size() > 3) return std::nullopt;
  if (dot != std::string_view::npos && (fraction.empty() || fraction.size() > 2)) {
    return std::nullopt;
  }
  // Counted in whole hundredths, then one division: the double nearest the
  // text, as stored_precision and JavaScript's parseFloat in the boot script give.
  long hundredths = 0;
  for (char c : whole) {
    if (!is_digit(c)) return std::nullopt;
    hundredths = hundredths * 10 + (c - '0');
  }
  for (std::size_t i = 0; i < 2; ++i) {
    const char c = i < fraction.size() ? fraction[i] : '0';
    if (!is_digit(c)) return std::nullopt;
    hundredths = hundredths * 10 + (c - '0');
  }
  const double value = hundredths / 100.0;
  if (value < kMinStoredPercent || value > kMaxStoredPercent) return std::nullopt;
  return value;
}

double stored_precision(double percent) {
  return std::isfinite(percent) ? std::round(percent * 100.0) / 100.0 : percent;
}

std::string format_stored_percent(double percent) { return decimal_text(percent, 2); }

}  // namespace pw
