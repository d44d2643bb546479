#include "gallery/items.h"

#include <cmath>
#include <utility>

#include "core/ascii.h"
#include "core/integer_text.h"
#include "gallery/srcset.h"
#include "core/web_url.h"

namespace pw {
namespace {

constexpr std::string_view kDeepLinkPrefix = "anh-";
constexpr int kMaxDeepLinkNumber = 9999;  // four digits

constexpr std::string_view kImageExtensions[] = {"jpg", "jpeg", "jpe", "jfif", "pjpeg", "png",
                                                 "apng", "gif", "webp", "avif", "svg", "bmp"};
// Links to these are articles or documents, never a photo to put in the lightbox.
constexpr std::string_view kPageExtensions[] = {
    "html", "htm", "shtml", "xhtml", "php", "asp", "aspx", "jsp", "cfm", "cgi", "pdf",
    "doc",  "docx", "xls",  "xlsx",  "ppt", "pptx", "zip", "rar", "txt"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The URL without "scheme://host" or "//host"; empty when nothing follows
// the host ("https://example.vn", the site's root).
std::string_view without_origin(std::string_view url) {
  std::size_t authority = std::string_view::npos;
  const std::string_view scheme = url_scheme(url);
  if (!scheme.empty() && url.substr(scheme.size() + 1, 2) == "//") {
    authority = scheme.size() + 3;
  } else if (url.substr(0, 2) == "//") {
    authority = 2;
  }
  if (authority == std::string_view::npos) return url;
  const std::size_t slash = url.find('/', authority);
  return slash == std::string_view::npos ? std::string_view() : url.substr(slash);
}

std::string_view path_of(std::string_view url) {
  url = without_origin(url);
  url = url.substr(0, url.find('#'));
  return url.substr(0, url.find('?'));
}

std::string_view extension_of(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = name.rfind('.');
  return dot == std::string_view::npos ? std::string_view() : name.substr(dot + 1);
}

bool is_data_url(std::string_view url) { return starts_with_ignoring_case(url, "data:"); }

bool looks_like_page(std::string_view url) {
  if (is_data_url(url)) return false;
  const std::string_view path = path_of(url);
  if (path.empty() || path.back() == '/') return true;
  const std::string_view extension = extension_of(path);
  for (std::string_view page : kPageExtensions) {
    if (equals_ignoring_case(extension, page)) return true;
  }
  return false;
}

// The same file whether written absolute, root-relative or relative:
// compared without origin, a relative one as a tail that follows a '/'.
bool same_file(std::string_view a, std::string_view b) {
  a = without_origin(a);
  b = without_origin(b);
  if (a == b) return true;
  const std::string_view longer = a.size() > b.size() ? a : b;
  const std::string_view shorter = a.size() > b.size() ? b : a;
  if (shorter.empty() || shorter[0] == '/' || longer.size() == shorter.size()) return false;
  return longer.substr(longer.size() - shorter.size()) == shorter &&
         longer[longer.size() - shorter.size() - 1] == '/';
}

// A URL that trimming leaves with a comma at either end ("\x01,a.jpg") is
// dropped: no real file is named so, and when the candidates were still
// written back into a srcset text, the comma split such a URL into others
// that no vetting had seen.
bool writable_in_srcset(std::string_view url) {
  return !url.empty() && url.front() != ',' && url.back() != ',';
}

std::vector<SrcsetCandidate> vetted_candidates(std::string_view srcset) {
  std::vector<SrcsetCandidate> vetted;
  for (SrcsetCandidate& candidate : parse_srcset(srcset)) {
    candidate.url = vetted_image_url(candidate.url);
    if (writable_in_srcset(candidate.url)) vetted.push_back(std::move(candidate));
  }
  return vetted;
}

// Whitespace runs (ASCII, and the no-break spaces CMS editors leave) become
// one space; the ends are trimmed.
std::string collapsed(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (is_ascii_space(static_cast<char>(c))) {
      pending_space = true;
    } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      pending_space = true;
      ++i;
    } else {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out += static_cast<char>(c);
    }
  }
  return out;
}

double ratio(double width, double height) {
  if (!std::isfinite(width) || !std::isfinite(height) || width <= 0 || height <= 0) return 0;
  const double aspect = width / height;
  return std::isfinite(aspect) && aspect > 0 ? aspect : 0;
}

}  // namespace

std::string vetted_image_url(std::string_view raw) {
  std::string url = browser_url(raw);
  if (is_web_url(url) || starts_with_ignoring_case(url, "data:image/")) return url;
  return {};
}

bool looks_like_image_url(std::string_view url) {
  if (starts_with_ignoring_case(url, "data:image/")) return true;
  const std::string_view extension = extension_of(path_of(url));
  for (std::string_view image : kImageExtensions) {
    if (equals_ignoring_case(extension, image)) return true;
  }
  return false;
}

GalleryItem gallery_item(const GalleryItemMarkup& markup) {
  const std::string href = vetted_image_url(markup.link_href);
  const std::string data_src = vetted_image_url(markup.img_data_src);
  const std::string src = vetted_image_url(markup.img_src);
  std::vector<SrcsetCandidate> candidates = vetted_candidates(markup.img_data_srcset);
  if (candidates.empty()) candidates = vetted_candidates(markup.img_srcset);

  GalleryItem item;
  bool from_link = false;
  if (!href.empty() && looks_like_image_url(href)) {
    item.full_src = href;
    from_link = true;
  } else if (!candidates.empty()) {
    item.full_src = largest_source(candidates);
  } else if (!data_src.empty()) {
    item.full_src = data_src;
  } else if (!src.empty()) {
    item.full_src = src;
  } else if (!href.empty() && !looks_like_page(href)) {
    item.full_src = href;
    from_link = true;
  }
  item.has_image = !item.full_src.empty();

  bool srcset_describes_full = !from_link;
  for (const SrcsetCandidate& candidate : candidates) {
    if (from_link && same_file(candidate.url, item.full_src)) srcset_describes_full = true;
  }
  if (srcset_describes_full) item.candidates = candidates;

  if (!data_src.empty()) {
    item.thumb_src = data_src;
  } else if (!src.empty() && !is_data_url(src)) {
    item.thumb_src = src;
  } else if (!candidates.empty()) {
    item.thumb_src = smallest_source(candidates);
  } else if (!src.empty()) {
    item.thumb_src = src;
  } else {
    item.thumb_src = item.full_src;
  }

  for (const std::string* text : {&markup.figcaption, &markup.data_caption, &markup.alt}) {
    item.caption = collapsed(*text);
    if (!item.caption.empty()) break;
  }

  item.aspect = ratio(markup.declared_width, markup.declared_height);
  if (item.aspect == 0) item.aspect = ratio(markup.thumb_width, markup.thumb_height);
  return item;
}

int wrap_index(int index, int count) {
  if (count <= 0) return 0;
  const long long wrapped = static_cast<long long>(index) % count;
  return static_cast<int>(wrapped < 0 ? wrapped + count : wrapped);
}

PreloadList preload_indexes(int current, int count, bool save_data) {
  PreloadList indexes;
  if (save_data || count < 2) return indexes;
  const int here = wrap_index(current, count);
  for (int offset : {1, -1, 2}) {
    const int index = wrap_index(here + offset, count);
    bool seen = index == here;
    for (int earlier : indexes) seen = seen || earlier == index;
    if (!seen) indexes.push_back(index);
  }
  return indexes;
}

int deep_link_index(std::string_view fragment, int count) {
  if (!fragment.empty() && fragment[0] == '#') fragment.remove_prefix(1);
  if (fragment.substr(0, kDeepLinkPrefix.size()) != kDeepLinkPrefix) return -1;
  const std::string_view digits = fragment.substr(kDeepLinkPrefix.size());
  if (digits.empty() || digits.size() > 4 || digits[0] == '0') return -1;
  int number = 0;
  for (char c : digits) {
    if (!is_digit(c)) return -1;
    number = number * 10 + (c - '0');
  }
  return number <= count ? number - 1 : -1;
}

std::string deep_link_fragment(int index) {
  if (index < 0 || index >= kMaxDeepLinkNumber) return {};
  return "#" + std::string(kDeepLinkPrefix) + integer_text(index + 1);
}

}  // namespace pw
