#include "gallery/deep_link_claim.h"

namespace pw {

DeepLinkClaim::~DeepLinkClaim() {
  if (holds_) page_.answered = false;
}

int DeepLinkClaim::claim(const GalleryState& gallery, std::string_view fragment) {
  if (page_.answered) return -1;
  const int photo = gallery_index_for_fragment(gallery, fragment);
  if (photo >= 0) page_.answered = holds_ = true;
  return photo;
}

}  // namespace pw
