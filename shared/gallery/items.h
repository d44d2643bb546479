#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/bounded_list.h"
#include "gallery/srcset.h"

namespace pw {

// What the adapter reads from one item of a CMS's gallery markup, verbatim:
// an `a[href]` around an `img`, or a bare `img` whose sources are wherever a
// lazy loader put them. Sizes it could not read stay 0.
struct GalleryItemMarkup {
  std::string link_href;        // empty for a bare img
  std::string img_src;
  std::string img_data_src;
  std::string img_srcset;
  std::string img_data_srcset;
  std::string figcaption;       // text of the enclosing figure's figcaption
  std::string data_caption;     // data-pw-caption
  std::string alt;
  double thumb_width = 0;       // the thumbnail's width/height attributes or rendered size
  double thumb_height = 0;
  double declared_width = 0;    // the full image's size from data attributes, if any
  double declared_height = 0;
};

// One photo as the lightbox shows it.
struct GalleryItem {
  std::string full_src;   // the largest image known for the photo
  std::vector<SrcsetCandidate> candidates;  // vetted, when they describe the full image
  std::string thumb_src;  // what stands in while the full image loads
  std::string caption;    // plain text, never HTML
  double aspect = 0;      // width/height, thumb stands in until the full image is known
  bool has_image = false; // false: leave the item to the browser
};

// The photo behind one item of markup.
//
// Full image: the link's href when it looks like an image file; else the
// largest candidate of data-srcset (or of srcset, when data-srcset has none);
// else data-src; else src; else, as a last resort, an href that does not
// look like a page (no .html/.php/.aspx/… extension, no trailing slash, not
// just a query or fragment of this page). So a link to an article puts the
// image's own source in the lightbox, and a lazy loader's placeholder src
// (a 1×1 data:image gif) loses to the data-src holding the real photo.
// Every URL is vetted first: trimmed as browsers trim it, and dropped when
// blank or of a scheme other than http(s), relative, or data:image/ — so no
// `javascript:` URL ever comes out.
//
// Candidates: the vetted ones of the srcset used above; dropped when the
// full image came from the link and is not one of them (they would then
// describe the thumbnail, not the photo).
//
// Thumbnail: data-src (what a lazy loader is about to show), else src unless
// it is a data: placeholder, else the smallest srcset candidate, else src,
// else the full image.
//
// Caption: the first of figcaption, data-pw-caption, alt that is not blank,
// whitespace (including no-break spaces) collapsed and trimmed; kept
// verbatim otherwise, since it is shown as text ("<b>" stays "<b>").
//
// Aspect: declared width/height, else the thumbnail's, else 0 (unknown);
// sizes that are not positive and finite count as unknown.
GalleryItem gallery_item(const GalleryItemMarkup& markup);

// `raw` as a browser would resolve it (leading/trailing spaces and controls,
// and tabs/newlines anywhere, removed), or empty when it is blank or not an
// http(s), relative or data:image/ URL.
std::string vetted_image_url(std::string_view raw);

// Whether a (vetted) URL names an image file: data:image/, or a path ending
// in .jpg/.jpeg/.png/.gif/.webp/.avif/.svg/… (any case, query and fragment
// ignored).
bool looks_like_image_url(std::string_view url);

// `index` wrapped into [0, count), both ways; 0 when there are no items.
int wrap_index(int index, int count);

// Photos to fetch ahead around `current`, most likely first: the next, the
// previous, the one after next, wrapping, without repeats or `current`
// itself. None when the reader asked to save data, or with fewer than 2 photos.
using PreloadList = BoundedList<int, 3>;
PreloadList preload_indexes(int current, int count, bool save_data);

// The photo a deep link opens: "#anh-3" → 2 (URLs count from 1). The `#` is
// optional; the number is 1–4 plain digits without a leading zero. -1 when
// the fragment is another one, malformed, or past the gallery.
int deep_link_index(std::string_view fragment, int count);

// "#anh-3" for index 2; empty for an index no deep link can name (< 0, ≥ 9999).
std::string deep_link_fragment(int index);

}  // namespace pw
