#include "font_scale/inline_font_size.h"

#include <cmath>

#include "core/ascii.h"
#include "core/decimal_number.h"
#include "core/decimal_text.h"

namespace pw {
namespace {

constexpr double kPxPerPt = 4.0 / 3.0;
// No real text is larger than this; anything above is an editor accident.
constexpr double kMaxPlausiblePx = 1000.0;
constexpr double kMaxPlausibleEm = 1000.0;

// A number before the unit, in any case ("12PX").
bool ends_with_unit(std::string_view s, std::string_view unit) {
  return s.size() > unit.size() && equals_ignoring_case(s.substr(s.size() - unit.size()), unit);
}

// A plain CSS <number>: digits with at most one dot, no sign, no exponent.
std::optional<double> parse_plain_number(std::string_view s) {
  if (s.empty() || s.size() > 12) return std::nullopt;
  bool seen_dot = false;
  bool seen_digit = false;
  for (char c : s) {
    if (c == '.') {
      if (seen_dot) return std::nullopt;
      seen_dot = true;
    } else if (c >= '0' && c <= '9') {
      seen_digit = true;
    } else {
      return std::nullopt;
    }
  }
  if (!seen_digit) return std::nullopt;
  return parse_decimal(s);
}

}  // namespace

std::optional<double> parse_absolute_font_size_px(std::string_view css_value) {
  std::string_view value = trim_ascii_space(css_value);
  double px_per_unit = 0;
  if (ends_with_unit(value, "px")) {
    px_per_unit = 1.0;
  } else if (ends_with_unit(value, "pt")) {
    px_per_unit = kPxPerPt;
  } else {
    return std::nullopt;
  }
  const auto number = parse_plain_number(trim_ascii_space(value.substr(0, value.size() - 2)));
  if (!number) return std::nullopt;
  const double px = *number * px_per_unit;
  if (!std::isfinite(px) || px > kMaxPlausiblePx) return std::nullopt;
  return px;
}

std::optional<double> relative_font_size_em(double inline_px, double parent_px, double scale) {
  if (!std::isfinite(inline_px) || !std::isfinite(parent_px) || !std::isfinite(scale)) {
    return std::nullopt;
  }
  if (inline_px < 0 || parent_px <= 0 || scale <= 0) return std::nullopt;
  const double em = inline_px * scale / parent_px;
  if (em > kMaxPlausibleEm) return std::nullopt;  // a collapsed parent, not text
  return em;
}

// Five decimals: exact to well under a pixel.
std::string format_em(double em) { return decimal_text(em, 5) + "em"; }

std::string relative_font_size(std::string_view css_value, double parent_px, double scale) {
  const auto px = parse_absolute_font_size_px(css_value);
  if (!px) return "";
  const auto em = relative_font_size_em(*px, parent_px, scale);
  return em ? format_em(*em) : "";
}

}  // namespace pw
