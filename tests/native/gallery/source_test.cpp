#include "gallery/source.h"

#include <gtest/gtest.h>

#include <limits>

namespace pw {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

GalleryItem festival_photo() {
  GalleryItem item;
  item.full_src = "/anh/le-hoi-2048.jpg";
  item.candidates =
      parse_srcset("/anh/le-hoi-480.jpg 480w, /anh/le-hoi-1024.jpg 1024w, /anh/le-hoi-2048.jpg 2048w");
  item.thumb_src = "/anh/le-hoi-240.jpg";
  item.has_image = true;
  return item;
}

TEST(GalleryFullSize, AMiddleFileStandsForTheWidestOfTheSrcset) {
  const auto candidates = festival_photo().candidates;
  const Size full = gallery_full_size({1024, 683}, candidates);
  EXPECT_EQ(full.width, 2048);
  EXPECT_DOUBLE_EQ(full.height, 683.0 * 2);
}

TEST(GalleryFullSize, WithoutWidthsOrWhenWiderTheDecodedSizeStands) {
  EXPECT_EQ(gallery_full_size({1600, 1067}, {}).width, 1600);
  EXPECT_EQ(gallery_full_size({1600, 1067}, parse_srcset("a.jpg 1x, b.jpg 2x")).width, 1600);
  EXPECT_EQ(gallery_full_size({3000, 2000}, parse_srcset("a.jpg 2048w")).width, 3000);
}

TEST(GalleryFullSize, ATwentyMegapixelPhotoIsAReadableSize) {
  const Size full = gallery_full_size({5472, 3648}, {});
  EXPECT_EQ(full.width, 5472);
  EXPECT_EQ(full.height, 3648);
}

TEST(GalleryFullSize, UnreadableSizesAreUnknown) {
  for (const Size decoded : {Size{0, 0}, Size{kNaN, 100}, Size{100, -1}, Size{1e300, 100},
                             Size{std::numeric_limits<double>::infinity(), 1}}) {
    const Size full = gallery_full_size(decoded, {});
    EXPECT_EQ(full.width, 0);
    EXPECT_EQ(full.height, 0);
  }
}

// Found by gallery_controller_fuzz: a decoded width of 1e-300 px scaled the
// height to infinity, and the lightbox then had an infinitely tall photo.
TEST(GalleryFullSize, SubPixelSidesAreUnreadableAndScalingNeverOverflows) {
  const auto wide = parse_srcset("a.jpg 16000w");
  for (const Size decoded : {Size{1e-300, 1e6}, Size{0.5, 300}, Size{300, 0.5}}) {
    const Size full = gallery_full_size(decoded, wide);
    EXPECT_EQ(full.width, 0);
    EXPECT_EQ(full.height, 0);
  }
  const Size sliver = gallery_full_size({1, 1e5}, wide);
  EXPECT_EQ(sliver.width, 1);
  EXPECT_EQ(sliver.height, 1e5);
  const Size smallest = gallery_full_size({1, 1}, wide);
  EXPECT_EQ(smallest.width, 16000);
  EXPECT_EQ(smallest.height, 16000);
}

TEST(GallerySource, WithoutSrcsetTheFullImage) {
  GalleryItem item = festival_photo();
  item.candidates.clear();
  EXPECT_EQ(gallery_source(item, 360, 2, 1), "/anh/le-hoi-2048.jpg");
}

TEST(GallerySource, ThePhoneAtFitTakesTheFileItsPixelsNeed) {
  const GalleryItem item = festival_photo();
  EXPECT_EQ(gallery_source(item, 360, 2, 1), "/anh/le-hoi-1024.jpg");  // 720 px
  EXPECT_EQ(gallery_source(item, 360, 1, 1), "/anh/le-hoi-480.jpg");
}

TEST(GallerySource, ZoomingInUpgradesToASharperFile) {
  const GalleryItem item = festival_photo();
  EXPECT_EQ(gallery_source(item, 360, 2, 2.25), "/anh/le-hoi-2048.jpg");
  EXPECT_EQ(gallery_source(item, 360, 2, 40), "/anh/le-hoi-2048.jpg");  // the largest
}

TEST(GallerySource, UnreadableMeasuresStillChooseAFile) {
  const GalleryItem item = festival_photo();
  EXPECT_EQ(gallery_source(item, kNaN, kNaN, kNaN), "/anh/le-hoi-480.jpg");
}

}  // namespace pw
