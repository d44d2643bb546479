#include "gallery/slides.h"

#include <cmath>

#include "gallery/items.h"

namespace pw {

int gallery_neighbour(int current, int count, int direction, bool loop) {
  if (count < 2 || direction == 0) return -1;
  const long long raw = static_cast<long long>(current) + (direction > 0 ? 1 : -1);
  if (raw >= 0 && raw < count) return static_cast<int>(raw);
  if (!loop) return -1;
  return wrap_index(static_cast<int>(raw < 0 ? raw + count : raw - count), count);
}

GallerySlots gallery_slots(int current, int count, bool loop, double strip_offset) {
  GallerySlots slots;
  if (count <= 0) return slots;
  const int here = wrap_index(current, count);
  const int previous = gallery_neighbour(here, count, -1, loop);
  const int next = gallery_neighbour(here, count, +1, loop);
  if (previous >= 0 && previous == next) {  // two photos, looping
    const bool reveal_left = strip_offset > 0;
    if (reveal_left) slots.push_back({previous, -1});
    slots.push_back({here, 0});
    if (!reveal_left) slots.push_back({next, +1});
    return slots;
  }
  if (previous >= 0) slots.push_back({previous, -1});
  slots.push_back({here, 0});
  if (next >= 0) slots.push_back({next, +1});
  return slots;
}

double gallery_slide_spacing(double viewport_width) {
  return std::isfinite(viewport_width) && viewport_width > 0 ? viewport_width + kGallerySlideGapPx
                                                             : 0;
}

}  // namespace pw
