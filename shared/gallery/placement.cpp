#include "gallery/placement.h"

#include <algorithm>
#include <cmath>

#include "gallery/lightbox_gesture.h"

namespace pw {
namespace {

bool readable(double v) { return std::isfinite(v) && std::abs(v) <= kMaxCoordinatePx; }

}  // namespace

bool usable_thumbnail(const GalleryRect& rect, const Size& viewport) {
  if (!readable(rect.x) || !readable(rect.y) || !readable(rect.width) || !readable(rect.height)) {
    return false;
  }
  if (!(rect.width > 0) || !(rect.height > 0)) return false;
  return rect.x < viewport.width && rect.y < viewport.height && rect.x + rect.width > 0 &&
         rect.y + rect.height > 0;
}

double rect_aspect(const GalleryRect& rect) {
  const double aspect = rect.width / rect.height;
  return std::isfinite(aspect) && aspect > 0 ? aspect : 0;
}

double lerp(double a, double b, double t) { return a + (b - a) * t; }

GalleryRect lerp_rect(const GalleryRect& a, const GalleryRect& b, double t) {
  return {lerp(a.x, b.x, t), lerp(a.y, b.y, t), lerp(a.width, b.width, t),
          lerp(a.height, b.height, t)};
}

bool rect_contains(const GalleryRect& rect, const Point& point) {
  return point.x >= rect.x && point.x <= rect.x + rect.width && point.y >= rect.y &&
         point.y <= rect.y + rect.height;
}

GalleryTransform transform_covering(const GalleryRect& rect, const Size& box) {
  if (!(box.width > 0) || !(box.height > 0)) return {rect.x, rect.y, 1};
  const double scale = std::max(rect.width / box.width, rect.height / box.height);
  if (!std::isfinite(scale) || !(scale > 0)) return {rect.x, rect.y, 1};
  return {rect.x + (rect.width - box.width * scale) / 2,
          rect.y + (rect.height - box.height * scale) / 2, scale};
}

}  // namespace pw
