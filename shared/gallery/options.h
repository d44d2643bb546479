#pragma once
#include <string>
#include <vector>

#include "gallery/text.h"
#include "core/language.h"
#include "core/option_layers.h"

namespace pw {

// zoomMax bounds: 1 turns zooming off; 32 lets even a panorama on a phone
// reach its own pixels.
inline constexpr double kMinGalleryZoomMax = 1;
inline constexpr double kMaxGalleryZoomMax = 32;

// Everything an integrator can set on a gallery, with its defaults.
struct GalleryOptions {
  Language language = Language::vi;
  GalleryStrings strings = default_gallery_strings(Language::vi);
  bool loop = false;       // after the last photo comes the first
  // The most a photo is magnified, as a multiple of its size at fit. 0: the
  // engine's own rule (1:1 pixels, at least 4× fit; zoom_pan.h).
  double zoom_max = 0;
  bool deep_link = true;   // the open photo is in the URL as #anh-3
  bool preload = true;     // fetch neighbours ahead (never under save-data)
};

struct ParsedGalleryOptions {
  GalleryOptions options;
  std::vector<std::string> warnings;
};

// Named attributes are texts ("true", "", "4"); the same keys may be booleans
// and numbers in data-pw-options or mount() options. Any string in
// GalleryStrings can be replaced under "strings".
ParsedGalleryOptions parse_gallery_options(const OptionLayers& layers);

}  // namespace pw
