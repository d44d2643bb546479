#include "gallery/zoom_pan.h"

#include <algorithm>
#include <cmath>

namespace pw {
namespace {

double length(double v) { return std::isfinite(v) && v > 0 ? v : 0; }

Size usable(const Size& s) { return {length(s.width), length(s.height)}; }

bool has_area(const Size& s) { return s.width > 0 && s.height > 0; }

bool positive(double v) { return std::isfinite(v) && v > 0; }

// Where the fit looks for room: the viewport less padding, or the whole
// viewport if the padding would leave nothing.
Size fit_area(const Size& viewport, const Size& padding) {
  const Size area{viewport.width - padding.width, viewport.height - padding.height};
  return has_area(area) ? area : viewport;
}

double guarded(double zoom) { return std::clamp(zoom, kMinZoom, kMaxZoom); }

// Levels as read from a caller: an unreadable fit is 1, max is never below fit.
struct Range {
  double low;
  double high;
};

Range range_of(const ZoomLevels& levels) {
  const double low = positive(levels.fit) ? levels.fit : 1;
  const double high = positive(levels.max) ? std::max(levels.max, low) : low;
  return {low, high};
}

Point centre_of(const Size& viewport) { return {viewport.width / 2, viewport.height / 2}; }

Pan centred(const Size& image, const Size& viewport, double zoom) {
  const PanBounds b = pan_bounds(image, viewport, zoom);
  return {(b.min_x + b.max_x) / 2, (b.min_y + b.max_y) / 2};
}

double axis_bound_low(double viewport, double scaled) {
  return scaled <= viewport ? (viewport - scaled) / 2 : viewport - scaled;
}

double axis_bound_high(double viewport, double scaled) {
  return scaled <= viewport ? (viewport - scaled) / 2 : 0;
}

double clamp_axis(double v, double low, double high) {
  if (std::isnan(v)) return (low + high) / 2;
  return std::clamp(v, low, high);
}

double band_axis(double v, double low, double high, double dimension) {
  if (std::isnan(v)) return (low + high) / 2;
  if (v < low) return low - rubber_band(low - v, dimension);
  if (v > high) return high + rubber_band(v - high, dimension);
  return v;
}

}  // namespace

ZoomLevels zoom_levels(Size image, Size viewport, const Size& padding) {
  image = usable(image);
  viewport = usable(viewport);
  if (!has_area(image) || !has_area(viewport)) return {1, 1, 1, 1};
  const Size area = fit_area(viewport, usable(padding));
  const double fit =
      guarded(std::min({1.0, area.width / image.width, area.height / image.height}));
  const double fill =
      guarded(std::max(viewport.width / image.width, viewport.height / image.height));
  const double max = guarded(std::max(kMaxZoomPixelRatio, kMaxZoomOverFit * fit));
  return {fit, fill, max, fit};
}

Size stand_in_image(double aspect, Size viewport, const Size& padding) {
  const double a = positive(aspect) ? std::clamp(aspect, 1e-6, 1e6) : 1.0;
  viewport = usable(viewport);
  if (!has_area(viewport)) return {};
  const Size area = fit_area(viewport, usable(padding));
  if (area.width / area.height > a) return {area.height * a, area.height};
  return {area.width, area.width / a};
}

ZoomLevels zoom_levels(double aspect, const Size& viewport, const Size& padding) {
  return zoom_levels(stand_in_image(aspect, viewport, padding), viewport, padding);
}

ZoomState rescale_for_image(const ZoomState& state, Size from_image, Size to_image) {
  from_image = usable(from_image);
  to_image = usable(to_image);
  if (!has_area(from_image) || !has_area(to_image) || !positive(state.zoom)) return state;
  const double zoom = state.zoom * from_image.width / to_image.width;
  if (!positive(zoom)) return state;
  return {guarded(zoom), state.pan};
}

PanBounds pan_bounds(Size image, Size viewport, double zoom) {
  image = usable(image);
  viewport = usable(viewport);
  const double z = positive(zoom) ? guarded(zoom) : 0;
  const double w = image.width * z;
  const double h = image.height * z;
  return {axis_bound_low(viewport.width, w), axis_bound_high(viewport.width, w),
          axis_bound_low(viewport.height, h), axis_bound_high(viewport.height, h)};
}

Pan clamp_pan(const Pan& pan, const PanBounds& bounds) {
  return {clamp_axis(pan.x, bounds.min_x, bounds.max_x),
          clamp_axis(pan.y, bounds.min_y, bounds.max_y)};
}

double rubber_band(double overshoot, double dimension) {
  if (!positive(dimension) || std::isnan(overshoot)) return 0;
  const double x = std::abs(overshoot);
  // Written so a huge overshoot tends to d instead of overflowing to inf/inf.
  const double shown = dimension * (1 - 1 / (x * kRubberBandFactor / dimension + 1));
  return std::copysign(std::min(shown, dimension), overshoot);
}

Pan rubber_band_pan(const Pan& raw, const PanBounds& bounds, Size viewport) {
  viewport = usable(viewport);
  return {band_axis(raw.x, bounds.min_x, bounds.max_x, viewport.width),
          band_axis(raw.y, bounds.min_y, bounds.max_y, viewport.height)};
}

ZoomState pinch_to(const ZoomState& start, double new_zoom, Point origin, Point centre,
                   const Size& image, Size viewport) {
  viewport = usable(viewport);
  const double zoom = positive(new_zoom) ? guarded(new_zoom)
                                         : (positive(start.zoom) ? guarded(start.zoom) : 1);
  const Point middle = centre_of(viewport);
  if (!std::isfinite(origin.x) || !std::isfinite(origin.y)) origin = middle;
  if (!std::isfinite(centre.x) || !std::isfinite(centre.y)) centre = middle;
  if (!positive(start.zoom) || !std::isfinite(start.pan.x) || !std::isfinite(start.pan.y)) {
    return {zoom, centred(image, viewport, zoom)};
  }
  const double ratio = zoom / guarded(start.zoom);
  const Pan pan{centre.x - (origin.x - start.pan.x) * ratio,
                centre.y - (origin.y - start.pan.y) * ratio};
  if (!std::isfinite(pan.x) || !std::isfinite(pan.y)) return {zoom, centred(image, viewport, zoom)};
  return {zoom, pan};
}

ZoomState zoom_around(const ZoomState& state, double new_zoom, const Point& focus,
                      const Size& image, const Size& viewport) {
  return pinch_to(state, new_zoom, focus, focus, image, viewport);
}

double pinch_zoom(double start_zoom, double scale, const ZoomLevels& levels) {
  const Range r = range_of(levels);
  const double from = positive(start_zoom) ? guarded(start_zoom) : r.low;
  const double z = guarded(from * (positive(scale) ? scale : 1.0));
  if (z > r.high) return r.high + rubber_band(z - r.high, r.high * kPinchResistRoom);
  if (z < r.low) return r.low - rubber_band(r.low - z, r.low * kPinchResistRoom);
  return z;
}

ZoomState settle_around(const ZoomState& state, const ZoomLevels& levels, const Size& image,
                        const Size& viewport, const Point& focus) {
  const Range r = range_of(levels);
  const double zoom = std::isnan(state.zoom) ? r.low : std::clamp(state.zoom, r.low, r.high);
  const ZoomState zoomed = zoom_around(state, zoom, focus, image, viewport);
  return {zoomed.zoom, clamp_pan(zoomed.pan, pan_bounds(image, viewport, zoomed.zoom))};
}

ZoomState settle(const ZoomState& state, const ZoomLevels& levels, const Size& image,
                 const Size& viewport) {
  return settle_around(state, levels, image, viewport, centre_of(usable(viewport)));
}

ZoomState zoom_to(const ZoomState& state, double new_zoom, const Point& focus,
                  const ZoomLevels& levels, const Size& image, const Size& viewport) {
  const Range r = range_of(levels);
  const double zoom = std::isnan(new_zoom) ? r.low : std::clamp(new_zoom, r.low, r.high);
  return settle_around(zoom_around(state, zoom, focus, image, viewport), levels, image, viewport,
                       focus);
}

bool is_zoomed_in(double zoom, const ZoomLevels& levels) {
  return positive(zoom) && zoom > range_of(levels).low * (1 + kZoomTolerance);
}

double next_zoom_step(double current, const ZoomLevels& levels, int direction) {
  const Range r = range_of(levels);
  if (direction == 0 || !positive(current)) return r.low;
  const double next = direction > 0 ? current * kZoomStepFactor : current / kZoomStepFactor;
  return std::clamp(next, r.low, r.high);
}

double double_tap_zoom(double current, const ZoomLevels& levels) {
  const Range r = range_of(levels);
  if (is_zoomed_in(current, levels)) return r.low;
  const double fill = positive(levels.fill) ? levels.fill : r.low;
  return std::min(std::max(fill, kDoubleTapZoomOverFit * r.low), r.high);
}

}  // namespace pw
