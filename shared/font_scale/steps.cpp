#include "font_scale/steps.h"

#include <cmath>

namespace pw {

std::vector<double> default_font_scale_steps() {
  return {87.5, 100, 112.5, 125, 150, 175, 200};
}

std::string font_scale_steps_problem(const std::vector<double>& steps) {
  if (steps.size() < 2 || steps.size() > 20) return "needs between 2 and 20 steps";
  for (std::size_t i = 0; i < steps.size(); ++i) {
    if (!std::isfinite(steps[i]) || steps[i] < 50 || steps[i] > 400) {
      return "every step must be a percent from 50 to 400";
    }
    if (i > 0 && steps[i] <= steps[i - 1]) return "steps must be strictly increasing";
  }
  return "";
}

std::size_t nearest_step(const std::vector<double>& steps, double percent) {
  std::size_t best = 0;
  for (std::size_t i = 1; i < steps.size(); ++i) {
    if (std::fabs(steps[i] - percent) < std::fabs(steps[best] - percent)) best = i;
  }
  return best;
}

}  // namespace pw
