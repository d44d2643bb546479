#include "gallery_source.h"

#include <cmath>

namespace pw {
namespace {

bool side(double v) { return std::isfinite(v) && v > 0 && v <= kMaxImageSidePx; }

}  // namespace

Size gallery_full_size(Size decoded, const std::vector<SrcsetCandidate>& candidates) {
  if (!side(decoded.width) || !side(decoded.height)) return {};
  const double widest = largest_width(candidates);
  if (!(widest > decoded.width) || !side(widest)) return decoded;
  return {widest, decoded.height * widest / decoded.width};
}

std::string gallery_source(const GalleryItem& item, const std::vector<SrcsetCandidate>& candidates,
                           double box_width, double device_pixel_ratio, double zoom_over_fit) {
  std::string chosen = choose_source(candidates, box_width, device_pixel_ratio, zoom_over_fit);
  return chosen.empty() ? item.full_src : chosen;
}

}  // namespace pw
