// `srcset` attributes of gallery thumbnails, as any CMS writes them: the
// candidates read, and the file chosen for a slot.
//
// Input: the srcset text.
#include <string>

#include "fuzz_input.h"
#include "gallery/srcset.h"

namespace {

using namespace pw;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool one_of(const std::string& url, const std::vector<SrcsetCandidate>& candidates) {
  for (const SrcsetCandidate& candidate : candidates) {
    if (candidate.url == url) return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::vector<SrcsetCandidate> candidates = parse_srcset(text);
  for (const SrcsetCandidate& c : candidates) {
    PW_CHECK(!c.url.empty() && c.url.back() != ',');
    for (char ch : c.url) PW_CHECK(!is_space(ch));
    PW_CHECK((c.width > 0) != (c.density > 0));
    if (c.width > 0) PW_CHECK(c.width <= 1e9 && c.width == std::floor(c.width));
    if (c.density > 0) PW_CHECK(std::isfinite(c.density) && c.density <= 1e4);
  }

  const double kNan = std::nan("");
  for (double need : {0.0, 300.0, 1280.0, 1e12, -1.0, kNan}) {
    for (double dpr : {1.0, 2.625, 0.0, kNan}) {
      for (double zoom : {1.0, 4.0, 1e300}) {
        const std::string chosen = choose_source(candidates, need, dpr, zoom);
        PW_CHECK(chosen.empty() == candidates.empty());
        if (!chosen.empty()) PW_CHECK(one_of(chosen, candidates));
      }
    }
  }
  PW_CHECK(largest_source(candidates).empty() == candidates.empty());
  const std::string smallest = smallest_source(candidates);
  if (!smallest.empty()) PW_CHECK(one_of(smallest, candidates));
  return 0;
}
