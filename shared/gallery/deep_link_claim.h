#pragma once
#include <string_view>

#include "gallery/controller.h"

namespace pw {

// A page's deep link (#anh-3) is answered by one gallery only: the first
// mounted that holds the photo it names. That gallery keeps the claim until
// it is destroyed; a gallery mounted after that can answer the link again.
struct PageDeepLink {
  bool answered = false;  // one per page
};

class DeepLinkClaim {
 public:
  explicit DeepLinkClaim(PageDeepLink& page) : page_(page) {}
  DeepLinkClaim(const DeepLinkClaim&) = delete;
  DeepLinkClaim& operator=(const DeepLinkClaim&) = delete;
  ~DeepLinkClaim();

  // The photo this gallery opens at mount for `fragment` (the page's
  // location.hash), claiming the link; -1 when it names none of this
  // gallery's photos or another gallery answers it.
  int claim(const GalleryState& gallery, std::string_view fragment);

 private:
  PageDeepLink& page_;
  bool holds_ = false;
};

}  // namespace pw
