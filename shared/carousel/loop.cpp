#include "carousel/loop.h"

#include <cmath>

#include "core/motion_math.h"

namespace pw {

double loop_period(const CarouselLayout& layout) {
  return layout.can_loop ? layout.content_width + layout.gap : 0;
}

double wrap_scroll(const CarouselLayout& layout, double scroll) {
  if (!std::isfinite(scroll)) return 0;
  const double period = loop_period(layout);
  if (!(period > 0)) return std::fmin(std::fmax(scroll, 0.0), layout.max_scroll);
  double wrapped = motion_fmod(scroll, period);
  if (wrapped < 0) wrapped += period;
  return wrapped < period ? wrapped : 0;  // -tiny + period rounds up to period
}

std::vector<double> loop_offsets(const CarouselLayout& layout, double scroll) {
  std::vector<double> offsets(layout.slide_starts.size(), 0.0);
  const double period = loop_period(layout);
  if (!(period > 0) || !std::isfinite(scroll)) return offsets;
  const double wrapped = wrap_scroll(layout, scroll);
  const double base = scroll - wrapped;  // whole periods before the wrapped view
  const double view_end = wrapped + layout.view_width;
  for (std::size_t i = 0; i < offsets.size(); ++i) {
    // A slide whose next lap starts inside the view is shown there; by
    // can_loop its own place is then out of view.
    const bool next_lap = layout.slide_starts[i] + period < view_end;
    offsets[i] = base + (next_lap ? period : 0);
  }
  return offsets;
}

double loop_destination(const CarouselLayout& layout, double from_scroll, double snap_position,
                        int direction) {
  const double period = loop_period(layout);
  if (!(period > 0) || !std::isfinite(from_scroll) || !std::isfinite(snap_position))
    return snap_position;
  const double laps = std::floor((from_scroll - snap_position) / period);
  const double behind = snap_position + laps * period;  // at or before from_scroll
  const double ahead = behind == from_scroll ? behind : behind + period;
  if (direction > 0) return ahead;
  if (direction < 0) return behind;
  return from_scroll - behind <= ahead - from_scroll ? behind : ahead;
}

}  // namespace pw
