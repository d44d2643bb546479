// The lightbox's zoom and pan maths with whatever the gallery may feed it:
// image and viewport sizes as measured or decoded (unreadable ones too; the
// controller caps readable sizes at kMaxImageSidePx and kMaxCoordinatePx),
// zoom states, pinch scales and focus points of any value. Where a gesture
// comes to rest must be renderable: a zoom within [fit, max] and the photo's
// edges where pan_bounds allows them.
//
// Input: a run of records, each a full set of values; see make-seeds.mjs.
#include <algorithm>

#include "fuzz_input.h"
#include "gallery/source.h"
#include "gallery/lightbox_gesture.h"
#include "gallery/zoom_pan.h"

namespace {

using namespace pw;
using fuzz::within;

// A size as the controller passes it: readable ones within its caps.
double side(fuzz::FuzzInput& in, double cap) {
  const double v = in.number();
  return std::isfinite(v) && std::abs(v) > cap ? cap : v;
}

bool inside(const Pan& pan, const PanBounds& b) {
  const double tolerance = 1e-9 * std::max({1.0, std::abs(b.min_x), std::abs(b.min_y)});
  return within(pan.x, b.min_x, b.max_x, tolerance) && within(pan.y, b.min_y, b.max_y, tolerance);
}

bool readable(const ZoomState& z) { return std::isfinite(z.zoom) && z.zoom > 0 && std::isfinite(z.pan.x) && std::isfinite(z.pan.y); }

void check_levels(const ZoomLevels& l) {
  for (double v : {l.fit, l.fill, l.max, l.initial}) PW_CHECK(within(v, kMinZoom, kMaxZoom));
  PW_CHECK(l.fit <= 1 && l.fit <= l.max && l.initial == l.fit);
}

// At rest: in range and within bounds, readable.
void check_settled(const ZoomState& z, const ZoomLevels& l, Size image, Size viewport) {
  PW_CHECK(readable(z));
  PW_CHECK(within(z.zoom, l.fit, l.max, 1e-12 * l.max));
  PW_CHECK(inside(z.pan, pan_bounds(image, viewport, z.zoom)));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::FuzzInput in(data, size);
  while (!in.empty()) {
    const Size image{side(in, kMaxImageSidePx), side(in, kMaxImageSidePx)};
    const Size viewport{side(in, kMaxCoordinatePx), side(in, kMaxCoordinatePx)};
    const Size padding{side(in, kMaxCoordinatePx), side(in, kMaxCoordinatePx)};
    const ZoomState state{in.number(), {in.number(), in.number()}};
    const Point focus{in.number(), in.number()};
    const double scale = in.number();
    const double aspect = in.number();

    const ZoomLevels levels = zoom_levels(image, viewport, padding);
    check_levels(levels);
    check_levels(zoom_levels(aspect, viewport, padding));
    const Size stand_in = stand_in_image(aspect, viewport, padding);
    PW_CHECK(std::isfinite(stand_in.width) && std::isfinite(stand_in.height) && stand_in.width >= 0 && stand_in.height >= 0);

    const PanBounds bounds = pan_bounds(image, viewport, state.zoom);
    PW_CHECK(bounds.min_x <= bounds.max_x && bounds.min_y <= bounds.max_y);
    for (double v : {bounds.min_x, bounds.max_x, bounds.min_y, bounds.max_y}) PW_CHECK(std::isfinite(v));
    PW_CHECK(inside(clamp_pan(state.pan, bounds), bounds));

    // A finger past an edge: the photo never leaves by a whole viewport.
    const Pan banded = rubber_band_pan(state.pan, bounds, viewport);
    PW_CHECK(std::isfinite(banded.x) && std::isfinite(banded.y));
    const double w = std::isfinite(viewport.width) && viewport.width > 0 ? viewport.width : 0;
    const double h = std::isfinite(viewport.height) && viewport.height > 0 ? viewport.height : 0;
    PW_CHECK(within(banded.x, bounds.min_x - w, bounds.max_x + w));
    PW_CHECK(within(banded.y, bounds.min_y - h, bounds.max_y + h));

    // A pinch meets resistance, never passes max × 1.5 or fit × 0.5.
    const double pinched = pinch_zoom(state.zoom, scale, levels);
    PW_CHECK(within(pinched, levels.fit * (1 - kPinchResistRoom), levels.max * (1 + kPinchResistRoom)));
    const ZoomState live = pinch_to(state, pinched, focus, {focus.x + scale, focus.y}, image, viewport);
    PW_CHECK(readable(live));

    // Every way a gesture, key or button comes to rest.
    check_settled(settle(live, levels, image, viewport), levels, image, viewport);
    check_settled(settle_around(state, levels, image, viewport, focus), levels, image, viewport);
    check_settled(zoom_to(state, scale, focus, levels, image, viewport), levels, image, viewport);
    for (int direction : {-1, 0, 1}) {
      PW_CHECK(within(next_zoom_step(state.zoom, levels, direction), levels.fit, levels.max));
    }
    PW_CHECK(within(double_tap_zoom(state.zoom, levels), levels.fit, levels.max));

    // The real image replacing the stand-in keeps the photo's size on screen.
    const ZoomState swapped = rescale_for_image(state, stand_in, image);
    if (readable(state)) {
      PW_CHECK(readable(swapped));
      PW_CHECK(swapped.pan.x == state.pan.x && swapped.pan.y == state.pan.y);
    }
  }
  return 0;
}
