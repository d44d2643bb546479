#include "gallery/lightbox_padding.h"

#include <gtest/gtest.h>

#include <limits>

namespace pw {

TEST(LightboxPadding, APhoneKeepsRoomForTheBarAndTheCaptionOnly) {
  const Size room = lightbox_padding(360, 16);
  EXPECT_EQ(room.width, 0);
  EXPECT_EQ(room.height, 56 + 64);
}

TEST(LightboxPadding, AWideWindowKeepsRoomForTheSideButtonsToo) {
  EXPECT_EQ(lightbox_padding(639.5, 16).width, 0);
  EXPECT_EQ(lightbox_padding(640, 16).width, 2 * 56);
}

TEST(LightboxPadding, ALargerDefaultTextSizeEnlargesTheRoomWithTheControls) {
  const Size room = lightbox_padding(1024, 24);  // the browser's "very large"
  EXPECT_EQ(room.width, 2 * 84);
  EXPECT_EQ(room.height, 84 + 96);
}

TEST(LightboxPadding, AnUnreadableRootSizeCountsAsSixteen) {
  for (double rem : {0.0, -4.0, 1e9, std::numeric_limits<double>::quiet_NaN(),
                     std::numeric_limits<double>::infinity()}) {
    EXPECT_EQ(lightbox_padding(1024, rem).height, 120) << rem;
  }
}

}  // namespace pw
