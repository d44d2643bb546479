#pragma once
#include "gallery/zoom_pan.h"

namespace pw {

// Where a photo is on screen, as the rectangle it covers in CSS px from the
// viewport's top-left, and the transform that puts a slide there. The
// opening and closing animations ("the thumbnail zooms into place" and back)
// move between such rectangles: the thumbnail's and the photo's.

struct GalleryRect {
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
};

// translate(x, y) scale(scale) with the origin at the top-left corner.
struct GalleryTransform {
  double x = 0;
  double y = 0;
  double scale = 1;
};

// Whether a thumbnail's measured rectangle can be animated from or to: finite,
// with an area, within kMaxCoordinatePx, and at least partly inside the
// viewport (a thumbnail scrolled out of sight would make the photo fly off).
bool usable_thumbnail(const GalleryRect& rect, const Size& viewport);

// Width / height; 0 for a rectangle without area.
double rect_aspect(const GalleryRect& rect);

// Point-wise interpolation, t = 0 → a, t = 1 → b.
GalleryRect lerp_rect(const GalleryRect& a, const GalleryRect& b, double t);
double lerp(double a, double b, double t);

bool rect_contains(const GalleryRect& rect, const Point& point);

// The transform that makes a slide of size `box` cover `rect`, centred on it:
// a thumbnail cropped to another aspect (object-fit: cover) is covered as the
// crop shows it. A box without area is left unscaled at the rectangle's corner.
GalleryTransform transform_covering(const GalleryRect& rect, const Size& box);

}  // namespace pw
