// Inline `font-size` values pasted into articles (Word, old CMS editors), as
// the font-scale widget rewrites them to em at mount, with the parent's
// measured size and the current scale.
//
// Input: "<css value>\n|\n<parent px>\n|\n<scale>"; the numbers are read with
// strtod ("nan", "inf", "1e308" included); missing ones are 16 and 1.
#include <cstdlib>
#include <regex>
#include <string>

#include "fuzz_input.h"
#include "font_scale/inline_font_size.h"

namespace {

double number_or(const std::string& text, double fallback) {
  return text.empty() ? fallback : std::strtod(text.c_str(), nullptr);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace pw;
  const auto parts = fuzz::split_parts({reinterpret_cast<const char*>(data), size}, 3);
  const std::string& css = parts[0];
  const double parent_px = number_or(parts[1], 16);
  const double scale = number_or(parts[2], 1);

  const auto px = parse_absolute_font_size_px(css);
  if (px) PW_CHECK(std::isfinite(*px) && *px >= 0 && *px <= 1000);

  const std::string rewritten = relative_font_size(css, parent_px, scale);
  if (rewritten.empty()) return 0;
  PW_CHECK(px.has_value());
  // A CSS length the browser reads as is: digits, at most five decimals
  // without trailing zeros, "em".
  static const std::regex kEm("(0|[1-9][0-9]*)(\\.[0-9]{0,4}[1-9])?em");
  PW_CHECK(std::regex_match(rewritten, kEm));
  const double em = std::strtod(rewritten.c_str(), nullptr);
  const double exact = *px * scale / parent_px;
  // Rounded to five decimals: off by at most half of 1e-5 (and an ulp).
  PW_CHECK(std::isfinite(exact) && std::abs(em - exact) <= 5e-6 * (1 + 1e-9) + 1e-12 * exact);
  PW_CHECK(em <= 1000);
  return 0;
}
