#pragma once
#include <string>
#include <vector>

#include "gallery/items.h"
#include "gallery/srcset.h"
#include "gallery/zoom_pan.h"

namespace pw {

// Which file of a photo to load, and what size the photo counts as.

// Decoded sizes beyond this are taken as unreadable (a 20-megapixel photo is
// 5 472 px wide; no real image is a million pixels on a side).
inline constexpr double kMaxImageSidePx = 1e6;

// The size the zoom maths counts in: what the browser decoded, scaled up to
// the widest `w` candidate of the srcset when that is wider (the same photo
// in its largest file), so the 1:1 limit and the zoom upgrade aim at the
// sharpest file there is, not the one that happened to load first. Unknown
// ({0, 0}) for an unreadable size (a side under 1 px or over the cap). When
// the scaled height would be over the cap, the decoded size stands.
Size gallery_full_size(const Size& decoded, const std::vector<SrcsetCandidate>& candidates);

// The file for a slide `box_width` CSS px wide (the photo at fit) on a
// screen of `device_pixel_ratio`, magnified `zoom_over_fit` times:
// choose_source over the photo's srcset candidates, else its full image.
std::string gallery_source(const GalleryItem& item, double box_width, double device_pixel_ratio,
                           double zoom_over_fit);

}  // namespace pw
