#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace pw {

// Word and old CMS editors paste `style="font-size: 12pt"` into articles. Such
// absolute sizes would not follow the reader's text size, so at mount each one
// is rewritten once as an `em` size that renders the same now and scales later.

// "14px", "12pt", " 10.5PT " → size in CSS px (1pt = 4/3 px). Keywords, other
// units, calc(), negatives, non-finite or absurd values → nullopt (left alone).
std::optional<double> parse_absolute_font_size_px(std::string_view css_value);

// The em size equivalent to an inline `inline_px` inside a parent that renders
// at `parent_px` while the article is shown at `scale` (1 = 100%). The parent
// must already render at its design size × scale (ancestors converted first);
// the inline px has not scaled, so its size at this level is inline_px × scale.
std::optional<double> relative_font_size_em(double inline_px, double parent_px,
                                            double scale);

// 0.875 → "0.875em"; at most five decimals, trailing zeros dropped.
std::string format_em(double em);

// The whole rewrite: the CSS value to put in place of `css_value`, or "" to
// leave the declaration untouched.
std::string relative_font_size(std::string_view css_value, double parent_px, double scale);

}  // namespace pw
