// What a frame shows (gallery/lightbox_view.cpp): loading photos, spinners, errors, preloading, texts.
#include "ten_photo_gallery.h"

namespace pw {
namespace {

// ---- loading ---------------------------------------------------------------------------------

TEST_F(TenPhotoGallery, TheDecodedImageReplacesTheStandInWithoutAJump) {
  GalleryState s = gallery();
  open(s, 2);
  const GallerySlideView before = current(gallery_frame(s, kLater));
  EXPECT_DOUBLE_EQ(before.width, 360);
  EXPECT_DOUBLE_EQ(before.height, 240);
  gallery_image_loaded(s, 2, 1024, 683, kLater);  // the 1024w file: the photo is 2048 wide
  const GallerySlideView after = current(gallery_frame(s, kLater));
  EXPECT_DOUBLE_EQ(after.width, 360);
  EXPECT_DOUBLE_EQ(after.height, 683.0 * 360 / 1024);
  // The real photo is 0.12 px taller on screen: it settles at once, unseen.
  EXPECT_NEAR(after.width * after.scale, before.width * before.scale, 1e-9);
  EXPECT_NEAR(after.x, before.x, 1e-9);
  EXPECT_NEAR(after.y, before.y, 0.5);
  const GalleryView settled = gallery_frame(s, kLater + 5000);
  expect_at_rest_within_bounds(s, settled);
  EXPECT_TRUE(current(settled).loaded);
  EXPECT_EQ(s.image.width, 2048);  // the zoom counts in the largest file's pixels
}

TEST_F(TenPhotoGallery, APhotoWithoutDeclaredSizeTakesTheThumbnailsShapeUntilLoaded) {
  std::vector<GalleryItem> items = photos(10);
  items[2].aspect = 0;  // no width/height anywhere in the markup
  GalleryState s = start_gallery({}, items, false, false);
  gallery_open(s, 2, {20, 100, 100, 100}, phone(), {}, kOpenAt);  // a square thumbnail
  GalleryView v = gallery_frame(s, kLater);
  EXPECT_DOUBLE_EQ(current(v).width, 360);
  EXPECT_DOUBLE_EQ(current(v).height, 360);
  gallery_image_loaded(s, 2, 800, 1200, kLater);  // portrait after all
  v = gallery_frame(s, kLater);
  EXPECT_NEAR(current(v).height * current(v).scale, 360 * 1.5, 1e-9);  // same width on screen
  EXPECT_TRUE(v.animating);  // then eases to the new fit
  v = gallery_frame(s, kLater + 5000);
  EXPECT_NEAR(current(v).height, 520, 1e-9);
  EXPECT_DOUBLE_EQ(current(v).scale, 1);
  expect_at_rest_within_bounds(s, v);
}

TEST_F(TenPhotoGallery, AnImageLoadedMidPinchWaitsForTheFingersToLift) {
  GalleryState s = gallery();
  open(s, 2);
  gallery_frame(s, kLater);
  gallery_pointer_down(s, 1, {kLater, 130, 320}, false);
  gallery_pointer_down(s, 2, {kLater + 5, 230, 320}, false);
  gallery_pointer_move(s, 2, {kLater + 30, 280, 320});
  const double scale = current(gallery_frame(s, kLater + 30)).scale;
  gallery_image_loaded(s, 2, 2048, 1365, kLater + 40);
  EXPECT_DOUBLE_EQ(current(gallery_frame(s, kLater + 40)).scale, scale);
  gallery_pointer_up(s, 1, {kLater + 60, 130, 320});
  gallery_pointer_up(s, 2, {kLater + 60, 280, 320});
  const GalleryView v = gallery_frame(s, kLater + 5000);
  EXPECT_EQ(s.image.width, 2048);
  expect_at_rest_within_bounds(s, v);
}

TEST_F(TenPhotoGallery, TheSpinnerAppearsOnlyAfterAShortDelay) {
  GalleryState s = gallery();
  open(s, 2);
  GalleryView v = gallery_frame(s, kOpenAt + 100);
  EXPECT_FALSE(current(v).spinner);
  EXPECT_EQ(current(v).message, "");
  EXPECT_TRUE(v.wake);
  EXPECT_EQ(v.wake_at_ms, kOpenAt + kGallerySpinnerDelayMs);
  v = gallery_frame(s, kOpenAt + kGallerySpinnerDelayMs);
  EXPECT_TRUE(current(v).spinner);
  EXPECT_EQ(current(v).message, "Đang tải ảnh…");
  EXPECT_FALSE(v.wake);
  gallery_image_loaded(s, 2, 2048, 1365, kOpenAt + 400);
  v = gallery_frame(s, kOpenAt + 400);
  EXPECT_FALSE(current(v).spinner);
  EXPECT_EQ(current(v).message, "");
}

TEST_F(TenPhotoGallery, AQuickLoadNeverShowsASpinnerAndANewPhotoRestartsTheDelay) {
  GalleryState s = gallery();
  open(s, 2);
  gallery_image_loaded(s, 2, 2048, 1365, kOpenAt + 120);
  GalleryView v = gallery_frame(s, kOpenAt + 1000);
  EXPECT_FALSE(current(v).spinner);
  EXPECT_FALSE(v.wake);
  gallery_command(s, GalleryCommand::next, kLater);
  EXPECT_FALSE(current(gallery_frame(s, kLater + 299)).spinner);
  EXPECT_TRUE(current(gallery_frame(s, kLater + 300)).spinner);
}

TEST_F(TenPhotoGallery, ABrokenImageShowsTheErrorInPlaceAndNavigationGoesOn) {
  GalleryState s = opened(2);
  gallery_command(s, GalleryCommand::next, kLater);
  gallery_image_failed(s, 3, kLater + 500);
  GalleryView v = gallery_frame(s, kLater + 2000);
  const GallerySlideView& broken = current(v);
  EXPECT_TRUE(broken.failed);
  EXPECT_FALSE(broken.spinner);
  EXPECT_EQ(broken.message, "Không tải được ảnh này");
  EXPECT_EQ(broken.src, "");
  EXPECT_EQ(broken.placeholder, "/anh/le-hoi-4-240.jpg");
  EXPECT_FALSE(v.can_zoom_in);
  EXPECT_FALSE(gallery_command(s, GalleryCommand::zoom_in, kLater + 2000));
  tap_at(s, {180, 320}, kLater + 2100);
  tap_at(s, {180, 320}, kLater + 2300);  // a double tap does not zoom it either
  EXPECT_DOUBLE_EQ(current(gallery_frame(s, kLater + 4000)).scale, 1);
  EXPECT_TRUE(gallery_command(s, GalleryCommand::next, kLater + 4000));
  stroke(s, 1, {60, 320}, {260, 320}, kLater + 6000, 500);  // and swipes still work
  v = gallery_frame(s, kLater + 9000);
  EXPECT_EQ(v.index, 3);
  EXPECT_TRUE(current(v).failed);
  gallery_command(s, GalleryCommand::next, kLater + 9000);
  EXPECT_TRUE(slide_at(gallery_frame(s, kLater + 9000), -1).failed);  // a neighbour says so too
}

TEST_F(TenPhotoGallery, AZoomedPhotoThatFailsReturnsToFit) {
  GalleryState s = gallery();
  open(s, 2);
  gallery_command(s, GalleryCommand::zoom_in, kLater);
  gallery_image_failed(s, 2, kLater + 1000);
  const GalleryView v = gallery_frame(s, kLater + 1000);
  EXPECT_DOUBLE_EQ(current(v).scale, 1);
  EXPECT_FALSE(v.zoomed);
  expect_at_rest_within_bounds(s, v);
}

TEST_F(TenPhotoGallery, NeighboursWaitForTheCurrentPhotoThenPreviousOneAndNextTwoAreFetched) {
  GalleryState s = gallery();
  open(s, 4);
  GalleryView v = gallery_frame(s, kLater);
  EXPECT_EQ(current(v).src, "/anh/le-hoi-5-1024.jpg");
  EXPECT_EQ(slide_at(v, -1).src, "");
  EXPECT_EQ(slide_at(v, 1).src, "");
  EXPECT_TRUE(v.preload.empty());
  gallery_image_loaded(s, 4, 2048, 1365, kLater);
  v = gallery_frame(s, kLater);
  EXPECT_EQ(slide_at(v, -1).src, "/anh/le-hoi-4-1024.jpg");
  EXPECT_EQ(slide_at(v, 1).src, "/anh/le-hoi-6-1024.jpg");
  ASSERT_EQ(v.preload.size(), 1u);  // the one after next is on no slide
  EXPECT_EQ(v.preload[0].index, 6);
  EXPECT_EQ(v.preload[0].src, "/anh/le-hoi-7-1024.jpg");
  gallery_image_loaded(s, 6, 1024, 683, kLater + 100);
  EXPECT_TRUE(gallery_frame(s, kLater + 100).preload.empty());  // already there
}

TEST_F(TenPhotoGallery, AFailedCurrentPhotoLetsTheNeighboursLoad) {
  GalleryState s = gallery();
  open(s, 4);
  gallery_image_failed(s, 4, kLater);
  EXPECT_EQ(slide_at(gallery_frame(s, kLater), 1).src, "/anh/le-hoi-6-1024.jpg");
}

TEST_F(TenPhotoGallery, SaveDataOrPreloadOffFetchesNothingAhead) {
  GalleryState s = gallery({}, 10, false, true);
  open(s, 4);
  gallery_image_loaded(s, 4, 2048, 1365, kLater);
  GalleryView v = gallery_frame(s, kLater);
  EXPECT_TRUE(v.preload.empty());
  EXPECT_EQ(slide_at(v, 1).src, "");  // the thumbnail stands in
  EXPECT_EQ(slide_at(v, 1).placeholder, "/anh/le-hoi-6-240.jpg");
  gallery_set_save_data(s, false);
  EXPECT_EQ(gallery_frame(s, kLater).preload.size(), 1u);

  GalleryOptions options;
  options.preload = false;
  GalleryState off = opened(4, options);
  v = gallery_frame(off, kLater);
  EXPECT_TRUE(v.preload.empty());
  EXPECT_EQ(slide_at(v, -1).src, "");
  gallery_command(off, GalleryCommand::next, kLater);
  EXPECT_EQ(current(gallery_frame(off, kLater)).src, "/anh/le-hoi-6-1024.jpg");  // once current
}

TEST_F(TenPhotoGallery, LoadsReportedForUnknownPhotosAreIgnored) {
  GalleryState s = opened(2);
  gallery_image_loaded(s, -1, 100, 100, kLater);
  gallery_image_loaded(s, 10, 100, 100, kLater);
  gallery_image_failed(s, 99, kLater);
  gallery_thumbnail(s, -3, thumbnail(0));
  expect_readable(gallery_frame(s, kLater));
}

// ---- texts ---------------------------------------------------------------------------------

TEST_F(TenPhotoGallery, ACaptionHoldingHtmlStaysText) {
  std::vector<GalleryItem> items = photos(10);
  items[3].caption = "<b>Lễ</b> <img src=x onerror=alert(1)> {n}";
  GalleryState s = start_gallery({}, items, false, false);
  open(s, 2);
  gallery_command(s, GalleryCommand::next, kLater);
  const GalleryView v = gallery_frame(s, kLater);
  EXPECT_EQ(v.announcement, "Ảnh 4 trên 10: <b>Lễ</b> <img src=x onerror=alert(1)> {n}");
}

TEST_F(TenPhotoGallery, ABlankCaptionIsAnnouncedWithoutIt) {
  std::vector<GalleryItem> items = photos(10);
  items[3].caption = "";
  GalleryState s = start_gallery({}, items, false, false);
  open(s, 2);
  gallery_command(s, GalleryCommand::next, kLater);
  EXPECT_EQ(gallery_frame(s, kLater).announcement, "Ảnh 4 trên 10");
}

TEST_F(TenPhotoGallery, EnglishAndOverriddenTexts) {
  GalleryOptions options = parse_gallery_options(
      {R"({"lang":"en","strings":{"counter":"{n} of {count}"}})", "", "", ""}).options;
  GalleryState s = opened(2, options);
  gallery_command(s, GalleryCommand::next, kLater);
  const GalleryView v = gallery_frame(s, kLater);
  EXPECT_EQ(v.counter, "4 of 10");
  EXPECT_EQ(v.announcement, "Photo 4 of 10: Rước kiệu, ảnh 4");
}

TEST_F(TenPhotoGallery, DeepLinksNameThePhotoUnlessTurnedOff) {
  GalleryState s = gallery();
  EXPECT_EQ(gallery_index_for_fragment(s, "#anh-3"), 2);
  EXPECT_EQ(gallery_index_for_fragment(s, "#anh-11"), -1);
  EXPECT_EQ(gallery_index_for_fragment(s, "#top"), -1);
  GalleryOptions options;
  options.deep_link = false;
  GalleryState off = opened(2, options);
  EXPECT_EQ(gallery_index_for_fragment(off, "#anh-3"), -1);
  EXPECT_EQ(gallery_frame(off, kLater).fragment, "");
}

}  // namespace
}  // namespace pw
