// The lightbox opening and closing (gallery/lightbox_phases.cpp), and reduced motion.
#include "ten_photo_gallery.h"

namespace pw {
namespace {

// ---- opening and closing ----------------------------------------------------------

TEST_F(TenPhotoGallery, StartsClosedAndDrawsNothing) {
  GalleryState s = gallery();
  const GalleryView v = gallery_frame(s, kOpenAt);
  EXPECT_EQ(v.phase, GalleryPhase::closed);
  EXPECT_EQ(v.count, 10);
  EXPECT_TRUE(v.slides.empty());
  EXPECT_FALSE(v.animating);
  EXPECT_EQ(v.fragment, "");
}

TEST_F(TenPhotoGallery, OpeningZoomsTheThumbnailIntoPlace) {
  GalleryState s = gallery();
  open(s, 2);
  const GalleryView first = gallery_frame(s, kOpenAt);
  EXPECT_EQ(first.phase, GalleryPhase::opening);
  EXPECT_TRUE(first.arrows);  // ten photos: previous and next are shown
  ASSERT_EQ(first.slides.size(), 1u);  // neighbours join once it is open
  const GallerySlideView& start = current(first);
  // The stand-in (3:2, fitted: 360 × 240) is scaled onto the thumbnail.
  EXPECT_DOUBLE_EQ(start.width, 360);
  EXPECT_DOUBLE_EQ(start.height, 240);
  EXPECT_NEAR(start.x, thumbnail(2).x, 1e-9);
  EXPECT_NEAR(start.y, thumbnail(2).y, 1e-9);
  EXPECT_NEAR(start.scale, 100.0 / 360, 1e-12);
  EXPECT_EQ(start.placeholder, "/anh/le-hoi-3-240.jpg");
  EXPECT_EQ(first.backdrop_opacity, 0);
  EXPECT_TRUE(first.animating);

  const GalleryView middle = gallery_frame(s, kOpenAt + kGalleryOpenCloseMs / 2);
  EXPECT_GT(current(middle).scale, start.scale);
  EXPECT_LT(current(middle).scale, 1);
  EXPECT_GT(middle.backdrop_opacity, 0);
  EXPECT_LT(middle.backdrop_opacity, 1);

  const GalleryView done = gallery_frame(s, kOpenAt + kGalleryOpenCloseMs);
  EXPECT_EQ(done.phase, GalleryPhase::open);
  EXPECT_FALSE(done.animating);
  EXPECT_EQ(done.backdrop_opacity, 1);
  EXPECT_DOUBLE_EQ(current(done).scale, 1);
  EXPECT_DOUBLE_EQ(current(done).x, 0);
  EXPECT_DOUBLE_EQ(current(done).y, 200);  // centred: (640 − 240) / 2
  EXPECT_EQ(slide_indexes(done), (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(done.counter, "3 / 10");
  EXPECT_EQ(done.fragment, "#anh-3");
  EXPECT_EQ(done.announcement_id, 0);  // opening is no change of photo
  EXPECT_TRUE(done.controls_visible);
}

TEST_F(TenPhotoGallery, AKnownNaturalSizeIsUsedFromTheStart) {
  GalleryState s = gallery();
  gallery_open(s, 2, thumbnail(2), phone(), {5472, 3648}, kOpenAt);
  const GalleryView v = gallery_frame(s, kLater);
  EXPECT_DOUBLE_EQ(current(v).width, 360);
  EXPECT_DOUBLE_EQ(current(v).height, 3648 * (360.0 / 5472));
  EXPECT_FALSE(current(v).loaded);  // known, not yet decoded
}

TEST_F(TenPhotoGallery, AThumbnailOutOfSightMakesThePhotoFadeInInPlace) {
  GalleryState s = gallery();
  gallery_open(s, 9, {20, 2400, 100, 66.7}, phone(), {}, kOpenAt);  // scrolled far below
  const GalleryView first = gallery_frame(s, kOpenAt);
  EXPECT_EQ(current(first).opacity, 0);
  EXPECT_DOUBLE_EQ(current(first).y, 200);
  EXPECT_DOUBLE_EQ(current(first).scale, 1);
  const GalleryView done = gallery_frame(s, kOpenAt + kGalleryOpenCloseMs);
  EXPECT_EQ(current(done).opacity, 1);
}

TEST_F(TenPhotoGallery, CloseZoomsBackIntoTheThumbnail) {
  GalleryState s = opened(2);
  gallery_close(s, kLater);
  const GalleryView first = gallery_frame(s, kLater);
  EXPECT_EQ(first.phase, GalleryPhase::closing);
  EXPECT_EQ(first.fragment, "");  // the adapter puts the URL back
  ASSERT_EQ(first.slides.size(), 1u);
  EXPECT_NEAR(current(first).y, 200, 0.1);
  EXPECT_EQ(first.backdrop_opacity, 1);
  const GalleryView last = gallery_frame(s, kLater + kGalleryOpenCloseMs - 1);
  EXPECT_NEAR(current(last).x, thumbnail(2).x, 0.5);
  EXPECT_NEAR(current(last).width * current(last).scale, 100, 0.5);
  EXPECT_LT(last.backdrop_opacity, 0.01);
  const GalleryView closed = gallery_frame(s, kLater + kGalleryOpenCloseMs);
  EXPECT_EQ(closed.phase, GalleryPhase::closed);
  EXPECT_TRUE(closed.slides.empty());
  EXPECT_FALSE(closed.animating);
}

TEST_F(TenPhotoGallery, AfterAChangeOfPhotoClosingFadesUnlessTheAdapterMeasuresTheNewThumbnail) {
  GalleryState s = opened(2);
  gallery_command(s, GalleryCommand::next, kLater);
  gallery_close(s, kLater + 1000);
  EXPECT_LT(current(gallery_frame(s, kLater + 1000 + kGalleryOpenCloseMs - 1)).opacity, 0.01);

  GalleryState measured = opened(2);
  gallery_command(measured, GalleryCommand::next, kLater);
  gallery_thumbnail(measured, 3, thumbnail(3));
  gallery_close(measured, kLater + 1000);
  const GalleryView last = gallery_frame(measured, kLater + 1000 + kGalleryOpenCloseMs - 1);
  EXPECT_EQ(current(last).opacity, 1);
  EXPECT_NEAR(current(last).x, thumbnail(3).x, 0.5);
}

TEST_F(TenPhotoGallery, ZeroPhotosOpenNothing) {
  GalleryState s = gallery({}, 0);
  open(s, 0);
  gallery_command(s, GalleryCommand::next, kOpenAt);
  gallery_pointer_down(s, 1, {kOpenAt, 10, 10}, false);
  gallery_image_loaded(s, 0, 100, 100, kOpenAt);
  gallery_image_failed(s, 0, kOpenAt);
  gallery_resize(s, phone(), kOpenAt);
  const GalleryView v = gallery_frame(s, kOpenAt);
  EXPECT_EQ(v.phase, GalleryPhase::closed);
  EXPECT_EQ(v.count, 0);
  EXPECT_EQ(v.index, 0);
  EXPECT_TRUE(v.slides.empty());
  EXPECT_EQ(gallery_index_for_fragment(s, "#anh-1"), -1);
}

TEST_F(TenPhotoGallery, FetchesEarlyOnlyTheFileTheLightboxWillAskForFirst) {
  // With a srcset the slot's width picks the file: nothing is guessed early.
  EXPECT_EQ(gallery_early_source(gallery(), 0), "");
  // Without one it is the full image, also for a link to an article page
  // (the photo came from the image, and the article is no image to fetch).
  std::vector<GalleryItem> items = photos(2);
  items[0].candidates.clear();
  GalleryItemMarkup article_link;
  article_link.link_href = "/tin-tuc/hoi-nghi.html";
  article_link.img_src = "/anh/thumb.jpg";
  article_link.img_data_src = "/anh/hoi-nghi.jpg";
  items[1] = gallery_item(article_link);
  ASSERT_TRUE(items[1].has_image);
  items[1].candidates.clear();
  GalleryState s = start_gallery({}, items, false, false);
  EXPECT_EQ(gallery_early_source(s, 0), "/anh/le-hoi-1-2048.jpg");
  EXPECT_EQ(gallery_early_source(s, 1), "/anh/hoi-nghi.jpg");
  // The lightbox then asks for the same file.
  open(s, 1);
  const GalleryView v = gallery_frame(s, kLater);
  const auto current = std::find_if(v.slides.begin(), v.slides.end(),
                                    [](const GallerySlideView& slide) { return slide.index == 1; });
  ASSERT_NE(current, v.slides.end());
  EXPECT_EQ(current->src, "/anh/hoi-nghi.jpg");
  EXPECT_EQ(gallery_early_source(s, -1), "");
  EXPECT_EQ(gallery_early_source(s, 2), "");
}

TEST_F(TenPhotoGallery, AnIndexOutOfRangeOpensTheNearestPhoto) {
  GalleryState low = gallery();
  open(low, -5);
  EXPECT_EQ(gallery_frame(low, kLater).index, 0);
  GalleryState high = gallery();
  open(high, 99);
  EXPECT_EQ(gallery_frame(high, kLater).index, 9);
}

TEST_F(TenPhotoGallery, OpenPressedRapidlyNeverLeavesAHalfState) {
  GalleryState s = gallery();
  double t = kOpenAt;
  for (int round = 0; round < 20; ++round) {
    open(s, 4, t);
    expect_readable(gallery_frame(s, t + 17), "after open");
    gallery_close(s, t + 40);
    expect_readable(gallery_frame(s, t + 57), "after close");
    t += 80;
  }
  const GalleryView closed = gallery_frame(s, t + 1000);
  EXPECT_EQ(closed.phase, GalleryPhase::closed);
  EXPECT_FALSE(closed.animating);
  open(s, 4, t + 2000);
  const GalleryView reopened = gallery_frame(s, t + 3000);
  EXPECT_EQ(reopened.phase, GalleryPhase::open);
  EXPECT_DOUBLE_EQ(current(reopened).y, 200);
  EXPECT_DOUBLE_EQ(current(reopened).scale, 1);
  EXPECT_EQ(reopened.backdrop_opacity, 1);
}

TEST_F(TenPhotoGallery, ReopeningMidCloseReversesFromWhereThePhotoIs) {
  GalleryState s = opened(2);
  gallery_close(s, kLater);
  const GallerySlideView before = current(gallery_frame(s, kLater + 100));
  const double backdrop = gallery_frame(s, kLater + 100).backdrop_opacity;
  open(s, 2, kLater + 100);
  const GalleryView after = gallery_frame(s, kLater + 100);
  EXPECT_EQ(after.phase, GalleryPhase::opening);
  EXPECT_NEAR(current(after).x, before.x, 1e-9);
  EXPECT_NEAR(current(after).y, before.y, 1e-9);
  EXPECT_NEAR(current(after).scale, before.scale, 1e-9);
  EXPECT_NEAR(after.backdrop_opacity, backdrop, 1e-9);
  const GalleryView done = gallery_frame(s, kLater + 100 + kGalleryOpenCloseMs);
  EXPECT_EQ(done.phase, GalleryPhase::open);
  EXPECT_NEAR(current(done).y, 200, 0.1);
}

TEST_F(TenPhotoGallery, CloseWhileOpeningReturnsFromWhereItGot) {
  GalleryState s = gallery();
  open(s, 2);
  const GallerySlideView before = current(gallery_frame(s, kOpenAt + 100));
  gallery_close(s, kOpenAt + 100);
  const GalleryView after = gallery_frame(s, kOpenAt + 100);
  EXPECT_EQ(after.phase, GalleryPhase::closing);
  EXPECT_NEAR(current(after).scale, before.scale, 1e-9);
  EXPECT_EQ(gallery_frame(s, kOpenAt + 100 + kGalleryOpenCloseMs).phase, GalleryPhase::closed);
}

TEST_F(TenPhotoGallery, OpenWhileOpenGoesToThatPhoto) {
  GalleryState s = opened(2);
  gallery_open(s, 7, thumbnail(7), phone(), {}, kLater);
  const GalleryView v = gallery_frame(s, kLater + 5000);
  EXPECT_EQ(v.index, 7);
  EXPECT_EQ(v.announcement_id, 1);
}


// ---- reduced motion ------------------------------------------------------------------------

TEST_F(TenPhotoGallery, ReducedMotionFinishesEveryAnimationAtOnce) {
  GalleryState s = gallery({}, 10, true);
  open(s, 2);
  GalleryView v = gallery_frame(s, kOpenAt);
  EXPECT_EQ(v.phase, GalleryPhase::open);
  EXPECT_FALSE(v.animating);
  EXPECT_EQ(v.backdrop_opacity, 1);
  gallery_image_loaded(s, 2, 2048, 1365, kOpenAt);
  gallery_command(s, GalleryCommand::next, kOpenAt + 10);
  v = gallery_frame(s, kOpenAt + 10);
  EXPECT_EQ(current(v).x, 0);
  EXPECT_FALSE(v.animating);
  gallery_command(s, GalleryCommand::zoom_in, kOpenAt + 20);
  v = gallery_frame(s, kOpenAt + 20);
  EXPECT_NEAR(current(v).scale, 1.5, 1e-9);
  EXPECT_FALSE(v.animating);
  stroke(s, 1, {100, 320}, {180, 320}, kOpenAt + 30, 50);  // a flick: no glide
  EXPECT_FALSE(gallery_frame(s, kOpenAt + 80).animating);
  gallery_command(s, GalleryCommand::zoom_reset, kOpenAt + 90);
  stroke(s, 1, {300, 320}, {100, 320}, kOpenAt + 100, 300);  // the finger still drives a swipe
  v = gallery_frame(s, kOpenAt + 400);
  EXPECT_EQ(v.index, 4);
  EXPECT_EQ(current(v).x, 0);
  EXPECT_FALSE(v.animating);
  gallery_close(s, kOpenAt + 500);
  EXPECT_EQ(gallery_frame(s, kOpenAt + 500).phase, GalleryPhase::closed);
}

TEST_F(TenPhotoGallery, TurningReducedMotionOnMidAnimationJumpsToTheEnd) {
  GalleryState s = opened(2);
  gallery_command(s, GalleryCommand::next, kLater);
  gallery_command(s, GalleryCommand::zoom_in, kLater);
  gallery_set_reduced_motion(s, true, kLater + 50);
  GalleryView v = gallery_frame(s, kLater + 50);
  EXPECT_FALSE(v.animating);
  EXPECT_NEAR(current(v).scale, 1.5, 1e-9);
  EXPECT_NEAR(current(v).x, 180 - 1.5 * 180, 1e-9);  // the strip home, zoomed around the middle
  gallery_close(s, kLater + 100);
  gallery_set_reduced_motion(s, false, kLater + 100);
  EXPECT_EQ(gallery_frame(s, kLater + 100).phase, GalleryPhase::closed);

  GalleryState closing = opened(2);
  gallery_close(closing, kLater);
  gallery_set_reduced_motion(closing, true, kLater + 50);
  EXPECT_EQ(gallery_frame(closing, kLater + 50).phase, GalleryPhase::closed);
}

}  // namespace
}  // namespace pw
