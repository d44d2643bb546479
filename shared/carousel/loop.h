#pragma once
#include <vector>

#include "carousel/layout.h"

namespace pw {

// Looping without cloned slides: the track repeats every period (content plus
// one gap), and slides that the view needs beyond either end are translated
// by one period, so each slide exists once and is never needed twice at once
// (that is what CarouselLayout::can_loop guarantees).

// content_width + gap with can_loop, else 0.
double loop_period(const CarouselLayout& layout);

// With can_loop, `scroll` brought into [0, period); without, clamped to
// [0, max_scroll]. Not finite → 0. The adapter rebases its position (and any
// animation target) by the same amount once a scroll runs past either end.
double wrap_scroll(const CarouselLayout& layout, double scroll);

// Per slide, the translation to apply at `scroll` (any value, even past
// either end): a whole number of periods, so that the view
// [scroll, scroll + view) is filled by real slides. For scroll in [0, period)
// the values are 0 or +period; in [-period, 0) they are -period or 0.
// All 0 without can_loop.
std::vector<double> loop_offsets(const CarouselLayout& layout, double scroll);

// Where to animate to reach `snap_position` from `from_scroll`: the position
// equal to it modulo the period that lies ahead in `direction` (+1 forward,
// -1 back, 0 nearest), so a wrap moves on instead of running back across
// the whole track. Without can_loop, `snap_position` itself.
double loop_destination(const CarouselLayout& layout, double from_scroll, double snap_position,
                        int direction);

}  // namespace pw
