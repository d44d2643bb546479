#include "gallery/source.h"

#include <cmath>

namespace pw {
namespace {

// A decoded image has whole pixels: a side under one is as unreadable as
// one over the cap (and scaling by it would overflow).
bool side(double v) { return std::isfinite(v) && v >= 1 && v <= kMaxImageSidePx; }

}  // namespace

Size gallery_full_size(const Size& decoded, const std::vector<SrcsetCandidate>& candidates) {
  if (!side(decoded.width) || !side(decoded.height)) return {};
  const double widest = largest_width(candidates);
  if (!(widest > decoded.width) || !side(widest)) return decoded;
  const double height = decoded.height * widest / decoded.width;
  // A sliver (1 × 100 000 px) scaled to a wide file would be no real photo.
  if (!side(height)) return decoded;
  return {widest, height};
}

std::string gallery_source(const GalleryItem& item, double box_width, double device_pixel_ratio,
                           double zoom_over_fit) {
  std::string chosen = choose_source(item.candidates, box_width, device_pixel_ratio, zoom_over_fit);
  return chosen.empty() ? item.full_src : chosen;
}

}  // namespace pw
