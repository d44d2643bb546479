#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace pw {

// Text-size levels as percents of the article's own size. The default list
// reaches 200% (WCAG 1.4.4) and starts a little below 100% for large screens.
std::vector<double> default_font_scale_steps();

// Why `steps` cannot be used ("" when it can): 2–20 finite percents, each in
// [50, 400], strictly increasing.
std::string font_scale_steps_problem(const std::vector<double>& steps);

// Index of the step closest to `percent` (the lower one on a tie).
std::size_t nearest_step(const std::vector<double>& steps, double percent);

}  // namespace pw
