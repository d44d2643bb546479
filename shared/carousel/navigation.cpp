#include "carousel/navigation.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "carousel/loop.h"
#include "core/motion_math.h"

namespace pw {
namespace {

int clamp_snap(const CarouselLayout& layout, int snap) {
  return std::clamp(snap, 0, std::max(0, snap_count(layout) - 1));
}

CarouselTarget within(int current, int target) { return {target, false, target != current}; }

CarouselTarget past_end(int current, int other_end, bool loop) {
  if (!loop) return {current, false, false};
  return {other_end, true, other_end != current};
}

// Distance between two positions, around the loop when there is one.
double travel(const CarouselLayout& layout, double from, double to) {
  const double period = loop_period(layout);
  const double direct = std::abs(to - from);
  if (!(period > 0)) return direct;
  const double within_lap = motion_fmod(direct, period);
  return std::min(within_lap, period - within_lap);
}

bool shows_whole(const CarouselLayout& layout, int slide, double scroll) {
  double start = layout.slide_starts[slide];
  const double width = layout.slide_ends[slide] - start;
  const double period = loop_period(layout);
  // The lap of the slide that starts at or after the view's start.
  if (period > 0) start += std::ceil((scroll - kSnapMergePx - start) / period) * period;
  return start >= scroll - kSnapMergePx &&
         start + width <= scroll + layout.view_width + kSnapMergePx;
}

bool fills_view(const CarouselLayout& layout, int slide, double scroll) {
  const std::vector<double> offsets = loop_offsets(layout, scroll);
  return layout.slide_starts[slide] + offsets[slide] <= scroll + kSnapMergePx &&
         layout.slide_ends[slide] + offsets[slide] >= scroll + layout.view_width - kSnapMergePx;
}

}  // namespace

CarouselTarget navigate(const CarouselLayout& layout, int current_snap, CarouselStep step,
                        bool loop) {
  const int current = clamp_snap(layout, current_snap);
  const int last = snap_count(layout) - 1;
  if (last <= 0) return {current, false, false};
  switch (step) {
    case CarouselStep::next_slide:
      return current < last ? within(current, current + 1) : past_end(current, 0, loop);
    case CarouselStep::previous_slide:
      return current > 0 ? within(current, current - 1) : past_end(current, last, loop);
  }
  return {current, false, false};
}

CarouselTarget go_to_page(const CarouselLayout& layout, int page, int current_snap) {
  const int target = snap_of_page(layout, page);
  return {target, false, page_count(layout) > 0 && target != current_snap};
}

bool can_go_previous(const CarouselLayout& layout, int snap, bool loop) {
  return snap_count(layout) > 1 && (loop || clamp_snap(layout, snap) > 0);
}

bool can_go_next(const CarouselLayout& layout, int snap, bool loop) {
  return snap_count(layout) > 1 && (loop || clamp_snap(layout, snap) < snap_count(layout) - 1);
}

int snap_nearest(const CarouselLayout& layout, double scroll) {
  if (!std::isfinite(scroll)) return 0;
  const double at = wrap_scroll(layout, scroll);
  int best = 0;
  for (int i = 1; i < snap_count(layout); ++i) {
    if (travel(layout, at, layout.snaps[i]) < travel(layout, at, layout.snaps[best])) best = i;
  }
  return best;
}

int snap_showing_slide(const CarouselLayout& layout, int current_snap, int slide) {
  const int current = clamp_snap(layout, current_snap);
  if (slide < 0 || slide >= slide_count(layout) || layout.view_width <= 0) return current;
  const double from = layout.snaps[current];
  int best = -1;
  for (int i = 0; i < snap_count(layout); ++i) {
    if (!shows_whole(layout, slide, layout.snaps[i])) continue;
    if (best < 0 || travel(layout, from, layout.snaps[i]) < travel(layout, from, layout.snaps[best]))
      best = i;
  }
  if (shows_whole(layout, slide, from)) return current;
  if (best >= 0) return best;
  // Wider than the view: stay while it fills the view, else show its start.
  return fills_view(layout, slide, from) ? current : snap_of_slide(layout, slide);
}

}  // namespace pw
