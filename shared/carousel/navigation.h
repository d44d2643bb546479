#pragma once
#include "carousel/layout.h"

namespace pw {

enum class CarouselStep { next_slide, previous_slide };

// Where a step lands. `wrapped`: it went past an end to the other one.
// `moved`: the snap differs from the current one (false at an end without loop).
struct CarouselTarget {
  int snap = 0;
  bool wrapped = false;
  bool moved = false;
};

// One snap from `current_snap` (clamped to the snaps). At an end, nothing
// moves unless `loop` was asked for; then it wraps to the other end, seamlessly when the layout
// can_loop and as a rewind when it cannot (the adapter tells the two apart by
// can_loop, and says which in pw:change).
CarouselTarget navigate(const CarouselLayout& layout, int current_snap, CarouselStep step, bool loop);

// The start of `page` (clamped to the pages). `moved` compares with
// `current_snap` and is false without pages.
CarouselTarget go_to_page(const CarouselLayout& layout, int page, int current_snap = -1);

// Whether previous/next buttons do anything (disabled at the ends without loop).
bool can_go_previous(const CarouselLayout& layout, int snap, bool loop);
bool can_go_next(const CarouselLayout& layout, int snap, bool loop);

// The snap closest to `scroll` (with can_loop, measured around the loop);
// ties go to the earlier snap, a scroll that is not finite to 0.
int snap_nearest(const CarouselLayout& layout, double scroll);

// The snap that shows `slide` whole with the least movement from
// `current_snap` (the current one when it already does); for a slide wider
// than the view, the snap of its start. Used when focus enters a slide.
int snap_showing_slide(const CarouselLayout& layout, int current_snap, int slide);

}  // namespace pw
