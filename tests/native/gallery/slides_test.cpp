#include "gallery/slides.h"

#include <gtest/gtest.h>

#include <climits>
#include <limits>
#include <set>
#include <vector>

namespace pw {

std::vector<int> indexes(const GallerySlots& slots) {
  std::vector<int> out;
  for (const GallerySlot& slot : slots) out.push_back(slot.index);
  return out;
}

std::vector<int> positions(const GallerySlots& slots) {
  std::vector<int> out;
  for (const GallerySlot& slot : slots) out.push_back(slot.position);
  return out;
}

TEST(GalleryNeighbour, StepsOneEitherWay) {
  EXPECT_EQ(gallery_neighbour(3, 10, 1, false), 4);
  EXPECT_EQ(gallery_neighbour(3, 10, -1, false), 2);
}

TEST(GalleryNeighbour, StopsAtTheEndsWithoutLoopAndWrapsWithIt) {
  EXPECT_EQ(gallery_neighbour(9, 10, 1, false), -1);
  EXPECT_EQ(gallery_neighbour(0, 10, -1, false), -1);
  EXPECT_EQ(gallery_neighbour(9, 10, 1, true), 0);
  EXPECT_EQ(gallery_neighbour(0, 10, -1, true), 9);
}

TEST(GalleryNeighbour, OnePhotoOrNoneHasNoNeighbourEvenWithLoop) {
  EXPECT_EQ(gallery_neighbour(0, 1, 1, true), -1);
  EXPECT_EQ(gallery_neighbour(0, 1, -1, true), -1);
  EXPECT_EQ(gallery_neighbour(0, 0, 1, true), -1);
  EXPECT_EQ(gallery_neighbour(3, 10, 0, true), -1);
}

TEST(GalleryNeighbour, ExtremeIndexesDoNotOverflow) {
  EXPECT_EQ(gallery_neighbour(INT_MAX, 10, 1, false), -1);
  EXPECT_GE(gallery_neighbour(INT_MAX, 10, 1, true), 0);
  EXPECT_GE(gallery_neighbour(INT_MIN, 10, -1, true), 0);
}

TEST(GallerySlots, TheMiddleOfTenHasThreeSlides) {
  const auto slots = gallery_slots(4, 10, false, 0);
  EXPECT_EQ(indexes(slots), (std::vector<int>{3, 4, 5}));
  EXPECT_EQ(positions(slots), (std::vector<int>{-1, 0, 1}));
}

TEST(GallerySlots, TheEndsHaveTwoWithoutLoopAndThreeWithIt) {
  EXPECT_EQ(indexes(gallery_slots(0, 10, false, 0)), (std::vector<int>{0, 1}));
  EXPECT_EQ(indexes(gallery_slots(9, 10, false, 0)), (std::vector<int>{8, 9}));
  EXPECT_EQ(indexes(gallery_slots(0, 10, true, 0)), (std::vector<int>{9, 0, 1}));
}

TEST(GallerySlots, OnePhotoIsOneSlideAndNoneIsNoSlide) {
  EXPECT_EQ(indexes(gallery_slots(0, 1, true, 0)), (std::vector<int>{0}));
  EXPECT_TRUE(gallery_slots(0, 0, true, 0).empty());
}

TEST(GallerySlots, TwoLoopingPhotosPutTheOtherOnTheSideTheStripReveals) {
  const auto at_rest = gallery_slots(0, 2, true, 0);
  EXPECT_EQ(indexes(at_rest), (std::vector<int>{0, 1}));
  EXPECT_EQ(positions(at_rest), (std::vector<int>{0, 1}));
  const auto dragged_left = gallery_slots(0, 2, true, -40);
  EXPECT_EQ(positions(dragged_left), (std::vector<int>{0, 1}));
  const auto dragged_right = gallery_slots(0, 2, true, 40);
  EXPECT_EQ(indexes(dragged_right), (std::vector<int>{1, 0}));
  EXPECT_EQ(positions(dragged_right), (std::vector<int>{-1, 0}));
  EXPECT_EQ(indexes(gallery_slots(0, 2, true, std::numeric_limits<double>::quiet_NaN())),
            (std::vector<int>{0, 1}));
}

TEST(GallerySlots, FiveHundredPhotosStillMakeThreeDistinctSlides) {
  for (int current : {0, 1, 250, 498, 499}) {
    for (bool loop : {false, true}) {
      const auto slots = gallery_slots(current, 500, loop, 0);
      EXPECT_LE(slots.size(), 3u);
      const std::vector<int> found = indexes(slots);
      EXPECT_EQ(std::set<int>(found.begin(), found.end()).size(), found.size());
    }
  }
}

TEST(GallerySlots, AnIndexOutOfRangeIsWrappedIn) {
  EXPECT_EQ(indexes(gallery_slots(12, 10, false, 0)), (std::vector<int>{1, 2, 3}));
}

TEST(GallerySlideSpacing, TheViewportAndAGap) {
  EXPECT_EQ(gallery_slide_spacing(360), 360 + kGallerySlideGapPx);
  EXPECT_EQ(gallery_slide_spacing(0), 0);
  EXPECT_EQ(gallery_slide_spacing(std::numeric_limits<double>::quiet_NaN()), 0);
}

}  // namespace pw
