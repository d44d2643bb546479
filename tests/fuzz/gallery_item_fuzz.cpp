// One item of a CMS's gallery markup (link, img attributes, caption texts,
// sizes in pixels) as the gallery reads it. Security first: no URL the lightbox will
// load may have a scheme other than http(s), relative or data:image/, judged
// the way a browser's URL parser finds the scheme (WHATWG URL: C0 controls
// and spaces trimmed, tabs and newlines removed anywhere).
//
// Input: up to twelve parts separated by "\n|\n": href, src, data-src,
// srcset, data-srcset, figcaption, data-pw-caption, alt, then the
// thumbnail's and the declared width and height (read with strtod).
#include <cstdlib>
#include <string>

#include "fuzz_input.h"
#include "gallery/items.h"
#include "gallery/srcset.h"

namespace {

using namespace pw;

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// What a browser would load: the scheme as its URL parser finds it.
bool safe_for_an_img(std::string_view raw) {
  while (!raw.empty() && static_cast<unsigned char>(raw.front()) <= 0x20) raw.remove_prefix(1);
  while (!raw.empty() && static_cast<unsigned char>(raw.back()) <= 0x20) raw.remove_suffix(1);
  std::string url;
  for (char c : raw) {
    if (c != '\t' && c != '\n' && c != '\r') url += lower(c);
  }
  if (url.empty()) return false;  // nothing to load is never what we hand out
  std::size_t i = 0;
  const auto alpha = [](char c) { return c >= 'a' && c <= 'z'; };
  if (!alpha(url[0])) return true;  // relative
  while (i < url.size() && (alpha(url[i]) || (url[i] >= '0' && url[i] <= '9') || url[i] == '+' ||
                            url[i] == '-' || url[i] == '.')) {
    ++i;
  }
  if (i == url.size() || url[i] != ':') return true;  // relative: no scheme
  const std::string scheme = url.substr(0, i);
  return scheme == "http" || scheme == "https" || url.rfind("data:image/", 0) == 0;
}

double number(const std::string& text) { return text.empty() ? 0 : std::strtod(text.c_str(), nullptr); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto p = fuzz::split_parts({reinterpret_cast<const char*>(data), size}, 12);
  GalleryItemMarkup markup{p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7],
                           number(p[8]), number(p[9]), number(p[10]), number(p[11])};
  const GalleryItem item = gallery_item(markup);

  PW_CHECK(item.has_image == !item.full_src.empty());
  if (item.has_image) PW_CHECK(safe_for_an_img(item.full_src));
  if (!item.thumb_src.empty()) PW_CHECK(safe_for_an_img(item.thumb_src));
  // Every file the lightbox may pick from the srcset.
  for (const SrcsetCandidate& candidate : item.candidates) {
    PW_CHECK(safe_for_an_img(candidate.url));
    PW_CHECK(vetted_image_url(candidate.url) == candidate.url);
  }
  PW_CHECK(std::isfinite(item.aspect) && item.aspect >= 0);

  // Captions: text with single spaces, trimmed.
  const std::string& caption = item.caption;
  if (!caption.empty()) {
    PW_CHECK(caption.front() != ' ' && caption.back() != ' ');
    PW_CHECK(caption.find("  ") == std::string::npos);
  }
  // Any URL vetted once is left as it is when vetted again.
  PW_CHECK(vetted_image_url(vetted_image_url(p[0])) == vetted_image_url(p[0]));
  return 0;
}
