#pragma once
#include <string>
#include <vector>

#include "carousel/text.h"
#include "core/language.h"
#include "core/option_layers.h"

namespace pw {

// Everything an integrator can set on a carousel, with its defaults.
struct CarouselOptions {
  bool loop = false;               // data-pw-loop: wrap at the ends (seamless when it fits)
  bool autoplay = false;           // data-pw-autoplay: off unless asked for
  double interval_seconds = 5;     // data-pw-interval: between automatic moves, [2, 60]
  Language language = Language::vi;
  CarouselStrings strings = default_carousel_strings(Language::vi);
};

struct ParsedCarouselOptions {
  CarouselOptions options;
  std::vector<std::string> warnings;
};

// Named attributes are texts ("true", "", "6"); the same keys may be booleans
// and numbers in data-pw-options or mount() options. Any string in
// CarouselStrings can be replaced under "strings".
ParsedCarouselOptions parse_carousel_options(const OptionLayers& layers);

// The developer warning for a root with no list of slides in it.
inline constexpr const char* kCarouselListProblem =
    "the carousel needs a list (ul, ol or [data-pw-track]); the markup is left as it is";

}  // namespace pw
