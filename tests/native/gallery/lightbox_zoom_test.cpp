// Zooming the photo (gallery/lightbox_zoom.cpp): steps, limits and the file it upgrades to.
#include "ten_photo_gallery.h"

namespace pw {
namespace {

// ---- zoom ------------------------------------------------------------------------------

TEST_F(TenPhotoGallery, ZoomButtonsStepByHalfAgainAndStopAtOneToOne) {
  GalleryState s = opened(2);
  GalleryView v = gallery_frame(s, kLater);
  EXPECT_TRUE(v.can_zoom_in);
  EXPECT_FALSE(v.can_zoom_out);
  EXPECT_FALSE(gallery_command(s, GalleryCommand::zoom_out, kLater));
  EXPECT_FALSE(gallery_command(s, GalleryCommand::zoom_reset, kLater));
  // fit = 360 / 2048; 1:1 is 5.69 × fit, reached in five steps of 1.5.
  double t = kLater;
  for (int step = 1; step <= 5; ++step) {
    EXPECT_TRUE(gallery_command(s, GalleryCommand::zoom_in, t)) << step;
    t += 1000;
  }
  v = gallery_frame(s, t);
  EXPECT_NEAR(current(v).scale, 2048 / 360.0, 1e-9);
  EXPECT_FALSE(v.can_zoom_in);
  EXPECT_TRUE(v.can_zoom_out);
  EXPECT_TRUE(v.zoomed);
  EXPECT_FALSE(gallery_command(s, GalleryCommand::zoom_in, t));
  expect_at_rest_within_bounds(s, v);
  EXPECT_TRUE(gallery_command(s, GalleryCommand::zoom_out, t));
  v = gallery_frame(s, t + 1000);
  EXPECT_NEAR(current(v).scale, 2048 / 360.0 / 1.5, 1e-9);
  EXPECT_TRUE(gallery_command(s, GalleryCommand::zoom_reset, t + 1000));
  v = gallery_frame(s, t + 2000);
  EXPECT_DOUBLE_EQ(current(v).scale, 1);
  expect_at_rest_within_bounds(s, v);
}

// A reader presses + while the full photo is still coming; it decodes half
// way through the zoom. The zoom still ends 1.5 × fit, of the real photo.
TEST_F(TenPhotoGallery, APhotoThatDecodesDuringAZoomStepStillEndsTheStep) {
  GalleryState s = gallery();
  open(s, 2);
  gallery_frame(s, kLater);  // open, on the thumbnail's stand-in
  ASSERT_TRUE(gallery_command(s, GalleryCommand::zoom_in, kLater));
  ASSERT_TRUE(gallery_frame(s, kLater + 40).animating);  // still zooming
  gallery_image_loaded(s, 2, 2048, 1365, kLater + 40);
  const GalleryView v = gallery_frame(s, kLater + 2000);
  EXPECT_NEAR(current(v).scale, 1.5, 1e-9);
  EXPECT_TRUE(v.can_zoom_out);
  expect_at_rest_within_bounds(s, v);
}

TEST_F(TenPhotoGallery, ZoomingAroundTheMiddleKeepsTheMiddleInPlace) {
  GalleryState s = opened(2);
  const Point middle{180, 320};
  const Point before = photo_point(current(gallery_frame(s, kLater)), middle);
  gallery_command(s, GalleryCommand::zoom_in, kLater);
  const GalleryView moving = gallery_frame(s, kLater + 60);
  EXPECT_TRUE(moving.animating);
  const Point during = photo_point(current(moving), middle);
  const Point after = photo_point(current(gallery_frame(s, kLater + 2000)), middle);
  EXPECT_NEAR(during.x, before.x, 1e-6);
  EXPECT_NEAR(after.x, before.x, 1e-6);
  EXPECT_NEAR(after.y, before.y, 1e-6);
}

TEST_F(TenPhotoGallery, ZoomMaxOptionCapsTheMagnification) {
  GalleryOptions options;
  options.zoom_max = 2;
  GalleryState s = opened(2, options);
  double t = kLater;
  while (gallery_command(s, GalleryCommand::zoom_in, t)) t += 1000;
  EXPECT_NEAR(current(gallery_frame(s, t)).scale, 2, 1e-9);

  options.zoom_max = 1;  // zooming off
  GalleryState off = opened(2, options);
  const GalleryView v = gallery_frame(off, kLater);
  EXPECT_FALSE(v.can_zoom_in);
  EXPECT_FALSE(gallery_command(off, GalleryCommand::zoom_in, kLater));
}

TEST_F(TenPhotoGallery, ZoomingInUpgradesTheFileAndZoomingOutKeepsIt) {
  GalleryState s = opened(2);
  EXPECT_EQ(current(gallery_frame(s, kLater)).src, "/anh/le-hoi-3-1024.jpg");  // 360 × 2 px
  gallery_command(s, GalleryCommand::zoom_in, kLater);
  gallery_command(s, GalleryCommand::zoom_in, kLater + 1000);  // 2.25 × fit: 1 620 px
  EXPECT_EQ(current(gallery_frame(s, kLater + 2000)).src, "/anh/le-hoi-3-2048.jpg");
  gallery_command(s, GalleryCommand::zoom_reset, kLater + 2000);
  EXPECT_EQ(current(gallery_frame(s, kLater + 3000)).src, "/anh/le-hoi-3-2048.jpg");
  gallery_command(s, GalleryCommand::next, kLater + 3000);  // a new photo starts from its fit
  EXPECT_EQ(current(gallery_frame(s, kLater + 3000)).src, "/anh/le-hoi-4-1024.jpg");
}

TEST_F(TenPhotoGallery, AFailedUpgradeKeepsThePhotoAndGoesBackToItsFile) {
  GalleryState s = opened(2);
  gallery_command(s, GalleryCommand::zoom_in, kLater);
  gallery_command(s, GalleryCommand::zoom_in, kLater + 1000);
  gallery_image_failed(s, 2, kLater + 1500);  // the 2048 px file
  const GalleryView v = gallery_frame(s, kLater + 2000);
  EXPECT_FALSE(current(v).failed);
  EXPECT_EQ(current(v).message, "");
  EXPECT_EQ(current(v).src, "/anh/le-hoi-3-1024.jpg");
  EXPECT_TRUE(v.zoomed);
}

TEST_F(TenPhotoGallery, ATwentyMegapixelPhotoZoomsToItsOwnPixels) {
  GalleryState s = gallery();
  open(s, 2);
  gallery_image_loaded(s, 2, 5472, 3648, kOpenAt + 100);  // wider than the srcset says
  double t = kLater;
  while (gallery_command(s, GalleryCommand::zoom_in, t)) t += 1000;
  const GalleryView v = gallery_frame(s, t);
  EXPECT_NEAR(current(v).scale, 5472 / 360.0, 1e-9);  // 15 × fit
  EXPECT_EQ(current(v).src, "/anh/le-hoi-3-2048.jpg");
  expect_at_rest_within_bounds(s, v);
}

}  // namespace
}  // namespace pw
