#include "gallery/placement.h"

#include <gtest/gtest.h>

#include <limits>

namespace pw {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const Size kPhone{360, 640};

TEST(GalleryPlacement, AThumbnailInSightCanBeZoomedFrom) {
  EXPECT_TRUE(usable_thumbnail({20, 100, 100, 66}, kPhone));
  EXPECT_TRUE(usable_thumbnail({-50, 600, 100, 66}, kPhone));  // partly in sight
}

TEST(GalleryPlacement, AThumbnailOutOfSightOrUnreadableIsNot) {
  EXPECT_FALSE(usable_thumbnail({20, 900, 100, 66}, kPhone));   // scrolled below
  EXPECT_FALSE(usable_thumbnail({20, -200, 100, 66}, kPhone));  // and above
  EXPECT_FALSE(usable_thumbnail({20, 100, 0, 66}, kPhone));
  EXPECT_FALSE(usable_thumbnail({20, 100, -100, 66}, kPhone));
  EXPECT_FALSE(usable_thumbnail({kNaN, 100, 100, 66}, kPhone));
  EXPECT_FALSE(usable_thumbnail({20, 100, 1e300, 66}, kPhone));
  EXPECT_FALSE(usable_thumbnail({20, 100, 100, 66}, {0, 0}));  // no viewport yet
}

TEST(GalleryPlacement, AspectOfARectangle) {
  EXPECT_DOUBLE_EQ(rect_aspect({0, 0, 150, 100}), 1.5);
  EXPECT_EQ(rect_aspect({0, 0, 150, 0}), 0);
  EXPECT_EQ(rect_aspect({0, 0, kNaN, 100}), 0);
}

TEST(GalleryPlacement, InterpolationRunsFromOneRectangleToTheOther) {
  const GalleryRect thumb{20, 100, 100, 66};
  const GalleryRect placed{0, 200, 360, 240};
  const GalleryRect start = lerp_rect(thumb, placed, 0);
  const GalleryRect end = lerp_rect(thumb, placed, 1);
  const GalleryRect middle = lerp_rect(thumb, placed, 0.5);
  EXPECT_EQ(start.x, 20);
  EXPECT_EQ(end.width, 360);
  EXPECT_DOUBLE_EQ(middle.y, 150);
  EXPECT_DOUBLE_EQ(middle.height, 153);
  EXPECT_DOUBLE_EQ(lerp(1, 0, 0.25), 0.75);
}

TEST(GalleryPlacement, ContainsItsEdgesAndNothingBeyond) {
  const GalleryRect photo{0, 200, 360, 240};
  EXPECT_TRUE(rect_contains(photo, {180, 320}));
  EXPECT_TRUE(rect_contains(photo, {0, 200}));
  EXPECT_FALSE(rect_contains(photo, {180, 600}));
  EXPECT_FALSE(rect_contains(photo, {kNaN, 300}));
}

TEST(GalleryPlacement, ASlideOfTheSameShapeIsScaledOntoTheRectangle) {
  const GalleryTransform t = transform_covering({20, 100, 90, 60}, {360, 240});
  EXPECT_DOUBLE_EQ(t.scale, 0.25);
  EXPECT_DOUBLE_EQ(t.x, 20);
  EXPECT_DOUBLE_EQ(t.y, 100);
}

TEST(GalleryPlacement, ACroppedSquareThumbnailIsCoveredAroundItsCentre) {
  // A 3:2 photo over a 100 × 100 thumbnail cropped with object-fit: cover.
  const GalleryTransform t = transform_covering({20, 100, 100, 100}, {360, 240});
  EXPECT_DOUBLE_EQ(t.scale, 100.0 / 240);
  EXPECT_DOUBLE_EQ(t.y, 100);
  EXPECT_DOUBLE_EQ(t.x, 20 + (100 - 360 * (100.0 / 240)) / 2);
}

TEST(GalleryPlacement, ASlideWithoutAreaIsLeftUnscaled) {
  const GalleryTransform t = transform_covering({20, 100, 100, 66}, {0, 0});
  EXPECT_EQ(t.scale, 1);
  EXPECT_EQ(t.x, 20);
  EXPECT_EQ(transform_covering({kNaN, 0, kNaN, 1}, {360, 240}).scale, 1);
}

}  // namespace pw
