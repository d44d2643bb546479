#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace pw {

// One image of an `srcset`: "anh-1024.jpg 1024w" or "anh@2x.jpg 2x".
// Exactly one of width and density is set; a candidate without a descriptor is 1x.
struct SrcsetCandidate {
  std::string url;
  double width = 0;    // intrinsic width in image pixels, from "1024w"
  double density = 0;  // from "2x"
};

// The candidates of an `srcset`, in order, split as the HTML standard splits
// them: a URL runs to the next whitespace (so query strings, and even commas
// inside a path, survive) and loses its trailing commas. Candidates that are
// malformed are left out ("0w", "1.5w", "-2x", "2x 3x", "640w 2x", "640h",
// unknown descriptors, widths over 1e9 and densities over 1e4); garbage
// yields no candidates. URLs are not vetted here.
std::vector<SrcsetCandidate> parse_srcset(std::string_view srcset);

// The file to show in a slot `needed_css_px_width` CSS pixels wide, on a
// screen of `device_pixel_ratio`, magnified `zoom` times: the smallest
// candidate at least needed × dpr × zoom image pixels wide, else the largest.
// Zooming in raises the need, so the choice upgrades to a sharper file; the
// caller decides whether to keep a sharper one it already has on zoom-out.
// `x` candidates are compared by density against dpr × zoom (the slot's
// width does not matter to them). A srcset mixing both kinds is judged by its
// `w` candidates. A need that is not a positive number counts as 0; a dpr or
// zoom that is not positive and finite counts as 1. Empty without candidates.
std::string choose_source(const std::vector<SrcsetCandidate>& candidates,
                          double needed_css_px_width, double device_pixel_ratio, double zoom);

// The widest `w` candidate's width; 0 when none is given by width.
double largest_width(const std::vector<SrcsetCandidate>& candidates);

// The URL of the widest candidate (of the densest when none has a width);
// the first of equals; empty without candidates.
std::string largest_source(const std::vector<SrcsetCandidate>& candidates);

// The URL of the narrowest candidate with a size (of the least dense when none
// has a width): a thumbnail. Empty without such a candidate.
std::string smallest_source(const std::vector<SrcsetCandidate>& candidates);

}  // namespace pw
