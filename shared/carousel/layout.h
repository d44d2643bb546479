#pragma once
#include <vector>

namespace pw {

// The carousel as measured rectangles, in logical inline px (0 = inline-start;
// the adapter mirrors for RTL). Slides may differ in width.
struct CarouselMeasure {
  double view_width = 0;
  std::vector<double> slide_widths;
  double gap = 0;
};

// Where everything sits. Widths that are negative or not finite count as 0;
// larger than kMaxLayoutPx, as kMaxLayoutPx, so sums and positions stay finite.
//
// Snaps (where the track may come to rest):
// - without loop, one per slide: its start clamped to [0, max_scroll]; a snap
//   within 1 px of the one before is merged into it, so the slides that all
//   fit in the last view share the last snap, which is exactly max_scroll.
//   When the last slide is wider than the view, one extra snap at max_scroll
//   makes the end of the content reachable.
// - with can_loop, one per slide at its start, unclamped: the looper fills
//   the view past the end, so every slide has its own snap.
// snap_of_slide() maps a slide to its snap; several slides may share one.
//
// A view width that is not positive (hidden container at mount) gives an
// unmeasured layout: one snap at 0, one page, nothing out of view.
struct CarouselLayout {
  std::vector<double> slide_starts;
  std::vector<double> slide_ends;
  double content_width = 0;  // first slide's start to last slide's end
  double max_scroll = 0;     // without loop; with loop see carousel/loop.h
  std::vector<double> snaps;            // ascending, never empty
  std::vector<int> page_first_slide;    // empty only without slides
  bool can_loop = false;
  double view_width = 0;
  double gap = 0;
};

// Within this distance two positions are the same place (subpixel layout).
inline constexpr double kSnapMergePx = 1;

// No browser lays out a box this wide (Chrome stops near 2^25 px).
inline constexpr double kMaxLayoutPx = 1e8;

CarouselLayout layout_carousel(const CarouselMeasure& measure, bool loop_requested);

int slide_count(const CarouselLayout& layout);
int snap_count(const CarouselLayout& layout);
int page_count(const CarouselLayout& layout);

// The snap that brings `slide` (clamped to the slides) to the inline-start,
// or as near as the limits allow. 0 without slides.
int snap_of_slide(const CarouselLayout& layout, int slide);

// The page being shown at a snap: the last page whose own snap is at or
// before it. 0 without pages.
int page_of_snap(const CarouselLayout& layout, int snap);

// The snap of a page's first slide (page clamped to the pages).
int snap_of_page(const CarouselLayout& layout, int page);

// One flag per slide, 0 or 1. Not std::vector<bool>: its bit packing costs
// 0.6 KB of wasm for a list of a few dozen.
using SlideFlags = std::vector<int>;

// Per slide: at least partly inside [scroll, scroll + view), overlapping by
// more than `tolerance_px` so a subpixel sliver does not count. With can_loop
// the looped positions count (see loop_offsets). All true when unmeasured.
SlideFlags slides_in_view(const CarouselLayout& layout, double scroll,
                                 double tolerance_px = 1);

// Per slide: inert (neither focusable nor read) when out of view, except the
// slide holding focus (-1: none), which keeps focus where the reader left it.
SlideFlags inert_slides(const CarouselLayout& layout, double scroll, int focused_slide);

}  // namespace pw
