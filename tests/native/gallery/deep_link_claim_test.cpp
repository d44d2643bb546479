#include "gallery/deep_link_claim.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace pw {
namespace {

// A gallery of `count` photos with deep links on.
GalleryState gallery_of(int count) {
  std::vector<GalleryItem> items;
  for (int i = 0; i < count; ++i) {
    GalleryItemMarkup markup;
    markup.link_href = "/anh/" + std::to_string(i) + ".jpg";
    markup.img_src = "/anh/" + std::to_string(i) + "-nho.jpg";
    items.push_back(gallery_item(markup));
  }
  return start_gallery(GalleryOptions{}, std::move(items), false, false);
}

TEST(DeepLinkClaim, TheFirstGalleryHoldingThePhotoAnswersTheLink) {
  PageDeepLink page;
  const GalleryState three = gallery_of(3);
  const GalleryState ten = gallery_of(10);
  DeepLinkClaim small(page), large(page), later(page);
  EXPECT_EQ(small.claim(three, "#anh-5"), -1);  // it has no fifth photo: it claims nothing
  EXPECT_EQ(large.claim(ten, "#anh-5"), 4);
  EXPECT_EQ(later.claim(ten, "#anh-5"), -1);  // answered already
}

TEST(DeepLinkClaim, ADestroyedGalleryGivesTheLinkBack) {
  PageDeepLink page;
  const GalleryState ten = gallery_of(10);
  auto first = std::make_unique<DeepLinkClaim>(page);
  ASSERT_EQ(first->claim(ten, "#anh-2"), 1);
  first.reset();
  DeepLinkClaim remounted(page);
  EXPECT_EQ(remounted.claim(ten, "#anh-2"), 1);
}

TEST(DeepLinkClaim, AGalleryThatClaimedNothingGivesNothingBack) {
  PageDeepLink page;
  const GalleryState ten = gallery_of(10);
  DeepLinkClaim answering(page);
  ASSERT_EQ(answering.claim(ten, "#anh-1"), 0);
  { DeepLinkClaim refused(page); EXPECT_EQ(refused.claim(ten, "#anh-1"), -1); }
  DeepLinkClaim another(page);
  EXPECT_EQ(another.claim(ten, "#anh-1"), -1);  // still answered by the first
}

}  // namespace
}  // namespace pw
