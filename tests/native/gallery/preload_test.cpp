#include "gallery/preload.h"

#include <gtest/gtest.h>

namespace pw {
namespace {

std::vector<int> as_vector(const PreloadList& list) { return {list.begin(), list.end()}; }

}  // namespace

TEST(GalleryPreload, NextPreviousAndTheOneAfterNext) {
  EXPECT_EQ(as_vector(gallery_preload(3, 10, false, false)), (std::vector<int>{4, 2, 5}));
}

TEST(GalleryPreload, WithoutLoopNothingBeyondTheEnds) {
  EXPECT_EQ(as_vector(gallery_preload(0, 10, false, false)), (std::vector<int>{1, 2}));
  EXPECT_EQ(as_vector(gallery_preload(8, 10, false, false)), (std::vector<int>{9, 7}));
  EXPECT_EQ(as_vector(gallery_preload(9, 10, false, false)), (std::vector<int>{8}));
}

TEST(GalleryPreload, WithLoopItWrapsAround) {
  EXPECT_EQ(as_vector(gallery_preload(9, 10, true, false)), (std::vector<int>{0, 8, 1}));
  EXPECT_EQ(as_vector(gallery_preload(0, 10, true, false)), (std::vector<int>{1, 9, 2}));
}

TEST(GalleryPreload, SaveDataFetchesNothingAhead) {
  EXPECT_TRUE(as_vector(gallery_preload(3, 10, false, true)).empty());
  EXPECT_TRUE(as_vector(gallery_preload(3, 10, true, true)).empty());
}

TEST(GalleryPreload, SmallGalleriesHaveNoRepeats) {
  EXPECT_TRUE(as_vector(gallery_preload(0, 1, true, false)).empty());
  EXPECT_TRUE(as_vector(gallery_preload(0, 0, true, false)).empty());
  EXPECT_EQ(as_vector(gallery_preload(0, 2, false, false)), (std::vector<int>{1}));
  EXPECT_EQ(as_vector(gallery_preload(0, 2, true, false)), (std::vector<int>{1}));
  EXPECT_EQ(as_vector(gallery_preload(1, 3, true, false)), (std::vector<int>{2, 0}));
}

TEST(GalleryPreload, FiveHundredPhotosStillFetchThree) {
  EXPECT_EQ(as_vector(gallery_preload(250, 500, false, false)), (std::vector<int>{251, 249, 252}));
}

}  // namespace pw
