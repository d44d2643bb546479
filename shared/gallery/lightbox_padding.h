#pragma once
#include "gallery/zoom_pan.h"

namespace pw {

// Room the lightbox keeps free around a photo at fit, as totals (left +
// right, top + bottom), so that its controls never cover the photo at rest:
// the bar above and the caption below, and on a wide window the side
// buttons too (on a phone they lie over the photo, which needs all the width
// it can get). The sizes are the stylesheet's (web/portal-widgets.css:
// .pw-lb-bar, .pw-lb-caption, .pw-lb-previous/.pw-lb-next), in rem, so a
// reader's larger default text size, which enlarges the controls, enlarges
// the room too.
inline constexpr double kLightboxBarRem = 3.5;
inline constexpr double kLightboxCaptionRem = 4;
inline constexpr double kLightboxSideRem = 3.5;  // a 2.75rem button, 0.375rem from the edge, twice
inline constexpr double kLightboxWideWindowPx = 640;

// `rem_px` is the root element's font size; anything unreadable counts as 16.
Size lightbox_padding(double window_width, double rem_px);

}  // namespace pw
