#include "carousel/layout.h"

#include <algorithm>
#include <cmath>

#include "carousel/loop.h"

namespace pw {
namespace {

double size_or_zero(double px) { return std::isfinite(px) && px > 0 ? std::min(px, kMaxLayoutPx) : 0; }

bool measured(const CarouselLayout& layout) { return layout.view_width > 0; }

// Loop without clones only when no slide is ever needed at two places at
// once: a slide seen at both its place and one period later needs a view
// wider than the period minus that slide, so every slide must satisfy
// content + gap - width >= view. Content that already fits has nothing to loop.
bool loop_fits(const CarouselLayout& layout) {
  if (layout.slide_starts.size() < 2 || layout.content_width <= layout.view_width) return false;
  double widest = 0;
  for (std::size_t i = 0; i < layout.slide_starts.size(); ++i)
    widest = std::max(widest, layout.slide_ends[i] - layout.slide_starts[i]);
  return layout.content_width + layout.gap - widest >= layout.view_width;
}

std::vector<double> contained_snaps(const CarouselLayout& layout) {
  std::vector<double> snaps;
  for (double start : layout.slide_starts) {
    const double snap = std::clamp(start, 0.0, layout.max_scroll);
    if (snaps.empty() || snap - snaps.back() >= kSnapMergePx) snaps.push_back(snap);
  }
  if (snaps.back() < layout.max_scroll - kSnapMergePx) {
    snaps.push_back(layout.max_scroll);  // last slide wider than the view
  } else {
    snaps.back() = layout.max_scroll;
  }
  return snaps;
}

// Greedy: a page takes slides while they end within one view of its first
// slide's start; a slide wider than the view still makes a page of its own.
std::vector<int> greedy_pages(const CarouselLayout& layout) {
  std::vector<int> firsts;
  const int count = slide_count(layout);
  for (int i = 0; i < count; ++i) {
    if (firsts.empty() ||
        layout.slide_ends[i] - layout.slide_starts[firsts.back()] > layout.view_width + kSnapMergePx) {
      firsts.push_back(i);
    }
  }
  return firsts;
}

}  // namespace

CarouselLayout layout_carousel(const CarouselMeasure& measure, bool loop_requested) {
  CarouselLayout layout;
  layout.view_width = size_or_zero(measure.view_width);
  layout.gap = size_or_zero(measure.gap);
  double x = 0;
  for (double width : measure.slide_widths) {
    if (!layout.slide_ends.empty()) x += layout.gap;
    layout.slide_starts.push_back(x);
    x += size_or_zero(width);
    layout.slide_ends.push_back(x);
  }
  layout.content_width = x;
  layout.snaps = {0};
  if (layout.slide_starts.empty()) return layout;
  if (!measured(layout)) {
    layout.page_first_slide = {0};
    return layout;
  }
  layout.max_scroll = std::max(0.0, layout.content_width - layout.view_width);
  layout.can_loop = loop_requested && loop_fits(layout);
  layout.snaps = layout.can_loop ? layout.slide_starts : contained_snaps(layout);
  layout.page_first_slide = greedy_pages(layout);
  return layout;
}

int slide_count(const CarouselLayout& layout) {
  return static_cast<int>(layout.slide_starts.size());
}

int snap_count(const CarouselLayout& layout) { return static_cast<int>(layout.snaps.size()); }

int page_count(const CarouselLayout& layout) {
  return static_cast<int>(layout.page_first_slide.size());
}

int snap_of_slide(const CarouselLayout& layout, int slide) {
  const int count = slide_count(layout);
  if (count == 0 || snap_count(layout) == 0) return 0;
  slide = std::clamp(slide, 0, count - 1);
  if (layout.can_loop) return slide;
  const double target = std::clamp(layout.slide_starts[slide], 0.0, layout.max_scroll);
  // Merged snaps lie within kSnapMergePx of their slides, distinct ones farther apart.
  const auto after = std::lower_bound(layout.snaps.begin(), layout.snaps.end(), target);
  int best = static_cast<int>(std::min(after, layout.snaps.end() - 1) - layout.snaps.begin());
  if (best > 0 && target - layout.snaps[best - 1] <= std::abs(layout.snaps[best] - target)) --best;
  return best;
}

int page_of_snap(const CarouselLayout& layout, int snap) {
  int page = 0;
  for (int p = 1; p < page_count(layout); ++p) {
    if (snap_of_page(layout, p) <= snap) page = p;
  }
  return page;
}

int snap_of_page(const CarouselLayout& layout, int page) {
  if (page_count(layout) == 0) return 0;
  page = std::clamp(page, 0, page_count(layout) - 1);
  return snap_of_slide(layout, layout.page_first_slide[page]);
}

SlideFlags slides_in_view(const CarouselLayout& layout, double scroll, double tolerance_px) {
  const int count = slide_count(layout);
  if (!measured(layout)) return SlideFlags(count, 1);
  if (!std::isfinite(scroll)) scroll = 0;
  if (!std::isfinite(tolerance_px) || tolerance_px < 0) tolerance_px = 0;
  const std::vector<double> offsets = loop_offsets(layout, scroll);
  const double view_end = scroll + layout.view_width;
  SlideFlags in_view(count);
  for (int i = 0; i < count; ++i) {
    const double start = layout.slide_starts[i] + offsets[i];
    const double end = layout.slide_ends[i] + offsets[i];
    // A slide narrower than the tolerance still counts when wholly inside.
    const bool whole = start >= scroll && end <= view_end && start < view_end;
    const double overlap = std::min(end, view_end) - std::max(start, scroll);
    in_view[i] = whole || overlap > tolerance_px;
  }
  return in_view;
}

SlideFlags inert_slides(const CarouselLayout& layout, double scroll, int focused_slide) {
  SlideFlags inert = slides_in_view(layout, scroll);
  for (std::size_t i = 0; i < inert.size(); ++i) {
    inert[i] = !inert[i] && static_cast<int>(i) != focused_slide;
  }
  return inert;
}

}  // namespace pw
