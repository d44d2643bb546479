#include "gallery/lightbox_padding.h"

#include <cmath>

namespace pw {

Size lightbox_padding(double window_width, double rem_px) {
  // A root font size beyond 200 px is no reader's setting.
  const double rem = std::isfinite(rem_px) && rem_px > 0 && rem_px <= 200 ? rem_px : 16;
  const bool wide = window_width >= kLightboxWideWindowPx;
  return {wide ? 2 * kLightboxSideRem * rem : 0, (kLightboxBarRem + kLightboxCaptionRem) * rem};
}

}  // namespace pw
