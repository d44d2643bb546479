#pragma once

namespace pw {

// Zoom and pan of one lightbox photo, as plain numbers. Pure: the adapter
// measures, calls, and writes one transform.
//
// Units: `zoom` is CSS px per image px (1 = one image pixel per CSS pixel).
// `Pan` is where the scaled image's top-left corner sits, in CSS px from the
// viewport's top-left; so the image covers [pan.x, pan.x + width × zoom].

struct Size {
  double width = 0;
  double height = 0;
};

struct Point {
  double x = 0;
  double y = 0;
};

struct Pan {
  double x = 0;
  double y = 0;
};

struct PanBounds {
  double min_x = 0;
  double max_x = 0;
  double min_y = 0;
  double max_y = 0;
};

struct ZoomLevels {
  double fit = 1;      // the whole image inside the padded area, never upscaled
  double fill = 1;     // the image covers the whole viewport (may upscale)
  double max = 1;      // max(1:1 pixels, kMaxZoomOverFit × fit)
  double initial = 1;  // fit: the reader first sees the whole photo
};

struct ZoomState {
  double zoom = 1;
  Pan pan{};
};

// A 300 px image shown at 1 440 px is a blur, so fit stops at 1:1. 1:1 is
// also where detail ends, so max is 1:1 for large photos (a 20-megapixel
// photo on a phone: 15× fit); a small one still magnifies 4× over fit.
inline constexpr double kMaxZoomOverFit = 4;
inline constexpr double kMaxZoomPixelRatio = 1;
inline constexpr double kZoomStepFactor = 1.5;       // +/− keys and buttons
inline constexpr double kDoubleTapZoomOverFit = 2;   // the least a double tap magnifies
inline constexpr double kZoomTolerance = 0.01;       // within 1 % of fit counts as fit
// Rubber band: the first pixel past an edge moves 0.55 px, and however far
// the finger goes the image never passes the edge by a whole viewport (iOS).
inline constexpr double kRubberBandFactor = 0.55;
// A pinch past max or below fit meets rubber-band resistance and never goes
// beyond max × 1.5 or below fit × 0.5; settle() brings it back.
inline constexpr double kPinchResistRoom = 0.5;
// Guards absurd sizes (a 1e-300 px image): every level stays in this range.
inline constexpr double kMinZoom = 1e-6;
inline constexpr double kMaxZoom = 1e6;

// Levels for a photo of known size. `padding` is room the fit keeps free for
// caption and buttons, as totals (left + right, top + bottom); the image is
// centred in the viewport, so reserve it symmetrically. Padding that leaves
// no room is ignored. Unknown size (0×0, negative, non-finite) or an empty
// viewport: all levels 1, i.e. nothing to zoom; use the aspect-only call.
ZoomLevels zoom_levels(Size image, Size viewport, const Size& padding = {});

// Until the full image is decoded its size may be unknown: the thumbnail's
// aspect (width / height; unreadable → square) stands in. The stand-in is
// the size that exactly fits the padded area, so at fit it fills the space
// the real photo will take, and may be upscaled (there is no real size yet).
Size stand_in_image(double aspect, Size viewport, const Size& padding = {});
ZoomLevels zoom_levels(double aspect, const Size& viewport, const Size& padding = {});

// When the real image replaces the stand-in (or a srcset upgrade lands) the
// on-screen size is kept, so the swap is invisible; call settle() after with
// the new levels. Unreadable sizes leave the state as it is.
ZoomState rescale_for_image(const ZoomState& state, Size from_image, Size to_image);

// On an axis where the scaled image is smaller than the viewport it is
// centred (min = max); otherwise its edges may not come inside the viewport.
PanBounds pan_bounds(Size image, Size viewport, double zoom);

// A non-finite coordinate goes to the middle of its range.
Pan clamp_pan(const Pan& pan, const PanBounds& bounds);

// Displacement shown for a finger `overshoot` px past an edge:
// d × (1 − 1 / (overshoot × 0.55 / d + 1)) with d = `dimension` (the
// viewport's size on that axis). Keeps the sign, grows monotonically, starts
// with slope 0.55 and stays below d. 0 for no room or NaN.
double rubber_band(double overshoot, double dimension);

// While dragging: inside the bounds the pan is the finger's; past them the
// excess is rubber-banded against the viewport's size on that axis.
Pan rubber_band_pan(const Pan& raw, const PanBounds& bounds, Size viewport);

// Live, unclamped: the image point under `focus` (pinch centre, double-tap
// point, viewport centre for keys) stays under it. An unreadable focus is
// the viewport centre; an unreadable zoom keeps the old one; an unreadable
// old state is replaced by the image centred at the new zoom.
ZoomState zoom_around(const ZoomState& state, double new_zoom, const Point& focus,
                      const Size& image, const Size& viewport);

// Live pinch: the image point under the fingers' centre at the start
// (`origin`) follows the centre now. Same guards as zoom_around.
ZoomState pinch_to(const ZoomState& start, double new_zoom, Point origin, Point centre,
                   const Size& image, Size viewport);

// Zoom for a pinch of `scale` (now / at start, from the recogniser) begun at
// `start_zoom`, with resistance past [fit, max] (kPinchResistRoom).
double pinch_zoom(double start_zoom, double scale, const ZoomLevels& levels);

// Where a gesture, a resize or an image swap comes to rest: zoom clamped to
// [fit, max] around `focus` (default the viewport centre), then the pan
// clamped to the bounds. Animate from the live state to this with a spring.
ZoomState settle(const ZoomState& state, const ZoomLevels& levels, const Size& image,
                 const Size& viewport);
ZoomState settle_around(const ZoomState& state, const ZoomLevels& levels, const Size& image,
                        const Size& viewport, const Point& focus);

// zoom_around then settle_around in one call: keys, buttons, double tap.
ZoomState zoom_to(const ZoomState& state, double new_zoom, const Point& focus,
                  const ZoomLevels& levels, const Size& image, const Size& viewport);

// More than kZoomTolerance above fit: drags pan instead of swiping.
bool is_zoomed_in(double zoom, const ZoomLevels& levels);

// +/− keys and buttons: direction > 0 multiplies by 1.5, < 0 divides, both
// clamped to [fit, max]; 0 (the 0 key) returns fit. An unreadable current
// zoom counts as fit.
double next_zoom_step(double current, const ZoomLevels& levels, int direction);

// Zoomed in: back to fit. At fit: max(fill, 2 × fit) capped at max, so a
// landscape photo on a phone fills the screen's height and a photo that
// already nearly fills it still visibly doubles.
double double_tap_zoom(double current, const ZoomLevels& levels);

}  // namespace pw
