#include "visitor_counter/count_up.h"

#include <cmath>

namespace pw {

std::int64_t count_up_value(std::int64_t from, std::int64_t to, double elapsed_ms,
                            double duration_ms) {
  if (!(elapsed_ms < duration_ms) || !(duration_ms > 0)) return to;
  if (elapsed_ms <= 0) return from;
  const double t = elapsed_ms / duration_ms;
  const double eased = 1.0 - (1.0 - t) * (1.0 - t) * (1.0 - t);  // ease-out cubic
  const double span = static_cast<double>(to - from);
  return from + static_cast<std::int64_t>(std::floor(span * eased));
}

}  // namespace pw
