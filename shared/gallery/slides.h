#pragma once
#include "core/bounded_list.h"

namespace pw {

// Which photos are in the DOM while the lightbox is open, and where: at most
// three slides (previous, current, next) side by side on a strip, so a swipe
// shows the neighbour coming in and 500 photos cost no more than 3.

// Room between two slides, so neighbours never touch while swiping.
inline constexpr double kGallerySlideGapPx = 16;

// The photo `direction` (+1 next, −1 previous) away from `current`: wrapping
// with `loop`, −1 past an end without it, and −1 when there is no other photo.
int gallery_neighbour(int current, int count, int direction, bool loop);

struct GallerySlot {
  int index = 0;     // the photo
  int position = 0;  // −1 previous, 0 current, +1 next
};
using GallerySlots = BoundedList<GallerySlot, 3>;

// The slides, left to right. Indices are distinct, so the adapter can key
// its elements by photo and never reloads one that merely changed place.
// With two photos and loop the other photo is both neighbours; it goes on
// the side the strip reveals (a positive offset, moving right, shows the
// left one), on the right while the strip is at rest.
GallerySlots gallery_slots(int current, int count, bool loop, double strip_offset);

// Distance between neighbouring slides' origins: the viewport's width and
// the gap (0 for an unreadable width).
double gallery_slide_spacing(double viewport_width);

}  // namespace pw
