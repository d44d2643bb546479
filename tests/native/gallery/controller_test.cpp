// The gallery controller's inputs: navigation, commands and keys, resizes, bad input.
#include "ten_photo_gallery.h"

namespace pw {
namespace {

// ---- navigation ---------------------------------------------------------------------

TEST_F(TenPhotoGallery, NextSlidesTheNextPhotoInAndAnnouncesIt) {
  GalleryState s = opened(2);
  EXPECT_TRUE(gallery_command(s, GalleryCommand::next, kLater));
  const GalleryView v = gallery_frame(s, kLater);
  EXPECT_EQ(v.index, 3);
  EXPECT_EQ(v.counter, "4 / 10");
  EXPECT_EQ(v.announcement, "Ảnh 4 trên 10: Rước kiệu, ảnh 4");
  EXPECT_EQ(v.announcement_id, 1);
  EXPECT_TRUE(v.animating);
  EXPECT_EQ(slide_indexes(v), (std::vector<int>{2, 3, 4}));
  EXPECT_DOUBLE_EQ(current(v).x, kSpacing);  // where the next one was: nothing jumps
  EXPECT_NEAR(slide_at(v, -1).x, 0, 0.1);    // the one we left, still in place
  const GalleryView moving = gallery_frame(s, kLater + 100);
  EXPECT_GT(current(moving).x, 0);
  EXPECT_LT(current(moving).x, kSpacing);
  const GalleryView done = gallery_frame(s, kLater + 1000);
  EXPECT_EQ(current(done).x, 0);
  EXPECT_FALSE(done.animating);
  EXPECT_EQ(done.fragment, "#anh-4");
}

TEST_F(TenPhotoGallery, PreviousComesInFromTheLeft) {
  GalleryState s = opened(2);
  EXPECT_TRUE(gallery_command(s, GalleryCommand::previous, kLater));
  const GalleryView v = gallery_frame(s, kLater);
  EXPECT_EQ(v.index, 1);
  EXPECT_DOUBLE_EQ(current(v).x, -kSpacing);
}

TEST_F(TenPhotoGallery, MashedNextContinuesFromWhereTheStripIs) {
  GalleryState s = opened(2);
  for (int i = 0; i < 5; ++i) gallery_command(s, GalleryCommand::next, kLater + i * 30);
  const GalleryView v = gallery_frame(s, kLater + 120);
  EXPECT_EQ(v.index, 7);
  EXPECT_LE(current(v).x, kSpacing);  // never from further than one slide
  EXPECT_EQ(v.announcement_id, 5);
  EXPECT_EQ(current(gallery_frame(s, kLater + 2000)).x, 0);
}

TEST_F(TenPhotoGallery, TheEndsStopWithoutLoopAndTheButtonsSaySo) {
  GalleryState s = opened(0);
  GalleryView v = gallery_frame(s, kLater);
  EXPECT_FALSE(v.can_previous);
  EXPECT_TRUE(v.can_next);
  EXPECT_FALSE(gallery_command(s, GalleryCommand::previous, kLater));
  EXPECT_FALSE(gallery_command(s, GalleryCommand::first, kLater));
  EXPECT_EQ(slide_indexes(v), (std::vector<int>{0, 1}));
  EXPECT_TRUE(gallery_command(s, GalleryCommand::last, kLater));
  v = gallery_frame(s, kLater + 5000);
  EXPECT_EQ(v.index, 9);
  EXPECT_FALSE(v.can_next);
  EXPECT_FALSE(gallery_command(s, GalleryCommand::next, kLater + 5000));
  EXPECT_EQ(v.announcement_id, 1);
}

TEST_F(TenPhotoGallery, WithLoopTheLastIsFollowedByTheFirstFromTheRight) {
  GalleryOptions options;
  options.loop = true;
  GalleryState s = opened(9, options);
  EXPECT_TRUE(gallery_frame(s, kLater).can_next);
  EXPECT_EQ(slide_indexes(gallery_frame(s, kLater)), (std::vector<int>{8, 9, 0}));
  EXPECT_TRUE(gallery_command(s, GalleryCommand::next, kLater));
  const GalleryView v = gallery_frame(s, kLater);
  EXPECT_EQ(v.index, 0);
  EXPECT_DOUBLE_EQ(current(v).x, kSpacing);
  EXPECT_EQ(v.counter, "1 / 10");
}

TEST_F(TenPhotoGallery, HomeAndEndJump) {
  GalleryState s = opened(4);
  EXPECT_TRUE(gallery_key(s, "End", false, kLater));
  EXPECT_EQ(gallery_frame(s, kLater).index, 9);
  EXPECT_TRUE(gallery_key(s, "Home", false, kLater + 1000));
  const GalleryView v = gallery_frame(s, kLater + 1000);
  EXPECT_EQ(v.index, 0);
  EXPECT_DOUBLE_EQ(current(v).x, -kSpacing);
}

TEST_F(TenPhotoGallery, KeysAreConsumedWhileOpenAndNotWithModifiers) {
  GalleryState s = opened(2);
  EXPECT_TRUE(gallery_key(s, "ArrowRight", false, kLater));
  EXPECT_EQ(gallery_frame(s, kLater).index, 3);
  EXPECT_TRUE(gallery_key(s, "ArrowLeft", false, kLater + 1000));
  EXPECT_EQ(gallery_frame(s, kLater + 1000).index, 2);
  EXPECT_FALSE(gallery_key(s, "+", true, kLater + 2000));  // Ctrl + +: the browser's zoom
  EXPECT_FALSE(gallery_key(s, "a", false, kLater + 2000));
  EXPECT_TRUE(gallery_key(s, "+", false, kLater + 2000));
  EXPECT_TRUE(gallery_frame(s, kLater + 5000).zoomed);
  EXPECT_TRUE(gallery_key(s, "0", false, kLater + 5000));
  EXPECT_FALSE(gallery_frame(s, kLater + 9000).zoomed);
  EXPECT_TRUE(gallery_key(s, "Escape", false, kLater + 9000));
  EXPECT_EQ(gallery_frame(s, kLater + 9000).phase, GalleryPhase::closing);
  EXPECT_EQ(gallery_frame(s, kLater + 12000).phase, GalleryPhase::closed);
  EXPECT_FALSE(gallery_key(s, "ArrowRight", false, kLater + 12000));  // closed: the page's
}

TEST_F(TenPhotoGallery, CommandsDoNothingWhileClosed) {
  GalleryState s = gallery();
  for (GalleryCommand c : {GalleryCommand::next, GalleryCommand::previous, GalleryCommand::zoom_in,
                           GalleryCommand::close, GalleryCommand::none}) {
    EXPECT_FALSE(gallery_command(s, c, kOpenAt));
  }
  EXPECT_EQ(gallery_frame(s, kOpenAt).phase, GalleryPhase::closed);
}

TEST_F(TenPhotoGallery, OnePhotoHasNoNeighboursAndNoNavigation) {
  GalleryOptions options;
  options.loop = true;
  GalleryState s = opened(0, options, 1);
  const GalleryView v = gallery_frame(s, kLater);
  EXPECT_EQ(slide_indexes(v), (std::vector<int>{0}));
  EXPECT_FALSE(v.arrows);  // hidden, not merely disabled
  EXPECT_FALSE(v.can_previous);
  EXPECT_FALSE(v.can_next);
  EXPECT_TRUE(v.preload.empty());
  EXPECT_FALSE(gallery_command(s, GalleryCommand::next, kLater));
  EXPECT_EQ(v.counter, "1 / 1");
  stroke(s, 1, {300, 320}, {60, 320}, kLater, 300);  // a swipe goes nowhere
  const GalleryView after = gallery_frame(s, kLater + 5000);
  EXPECT_EQ(after.index, 0);
  EXPECT_EQ(current(after).x, 0);
}

TEST_F(TenPhotoGallery, TwoLoopingPhotosNeverShowTheSamePhotoTwice) {
  GalleryOptions options;
  options.loop = true;
  GalleryState s = opened(0, options, 2);
  EXPECT_EQ(slide_indexes(gallery_frame(s, kLater)), (std::vector<int>{0, 1}));
  gallery_command(s, GalleryCommand::next, kLater);
  const GalleryView v = gallery_frame(s, kLater + 10);
  EXPECT_EQ(v.index, 1);
  EXPECT_EQ(slide_indexes(v), (std::vector<int>{0, 1}));  // the one we left slides out left
  EXPECT_EQ(slide_at(v, -1).index, 0);
}

TEST_F(TenPhotoGallery, FiveHundredPhotosStillMeanThreeSlides) {
  GalleryState s = opened(250, {}, 500);
  for (int i = 0; i < 20; ++i) gallery_command(s, GalleryCommand::next, kLater + i * 10);
  gallery_command(s, GalleryCommand::last, kLater + 300);
  const GalleryView v = gallery_frame(s, kLater + 310);
  EXPECT_EQ(v.index, 499);
  EXPECT_EQ(v.counter, "500 / 500");
  EXPECT_EQ(v.slides.size(), 2u);
  expect_readable(v);
  EXPECT_EQ(gallery_index_for_fragment(s, "#anh-500"), 499);
}


// ---- resize --------------------------------------------------------------------------------

TEST_F(TenPhotoGallery, TurningThePhoneWhileZoomedKeepsTheMagnificationWithinBounds) {
  GalleryState s = opened(2);
  gallery_command(s, GalleryCommand::zoom_in, kLater);
  gallery_command(s, GalleryCommand::zoom_in, kLater + 1000);
  const GalleryView before = gallery_frame(s, kLater + 2000);
  EXPECT_NEAR(current(before).scale, 2.25, 1e-9);
  gallery_resize(s, phone_turned(), kLater + 2000);
  const GalleryView after = gallery_frame(s, kLater + 2000);
  EXPECT_FALSE(after.animating);
  // The box is the photo at the new fit (240 px high), magnified as before.
  EXPECT_NEAR(current(after).height, 240, 1e-9);
  EXPECT_NEAR(current(after).scale, 2.25, 1e-9);
  // Neighbours follow the new width.
  EXPECT_NEAR(slide_at(after, 1).x, (640 - slide_at(after, 1).width) / 2 + 640 + kGallerySlideGapPx,
              1e-9);
  expect_at_rest_within_bounds(s, after);
}

TEST_F(TenPhotoGallery, AResizeAtFitStaysAtFitAndEndsAGesture) {
  GalleryState s = opened(2);
  stroke(s, 1, {300, 320}, {100, 320}, kLater, 300, false);
  gallery_resize(s, phone_turned(), kLater + 300);
  GalleryView v = gallery_frame(s, kLater + 300);
  EXPECT_EQ(current(v).x, (640 - current(v).width) / 2);
  EXPECT_DOUBLE_EQ(current(v).scale, 1);
  gallery_pointer_up(s, 1, {kLater + 400, 100, 320});  // no longer a swipe
  v = gallery_frame(s, kLater + 5000);
  EXPECT_EQ(v.index, 2);
  expect_at_rest_within_bounds(s, v);
}

TEST_F(TenPhotoGallery, AResizeWhileClosingFinishesTheClose) {
  GalleryState s = opened(2);
  gallery_close(s, kLater);
  gallery_resize(s, phone_turned(), kLater + 50);
  EXPECT_EQ(gallery_frame(s, kLater + 50).phase, GalleryPhase::closed);
}

TEST_F(TenPhotoGallery, AResizeMakesOldThumbnailMeasuresStale) {
  GalleryState s = opened(2);
  gallery_resize(s, phone_turned(), kLater);
  gallery_close(s, kLater);
  EXPECT_LT(current(gallery_frame(s, kLater + kGalleryOpenCloseMs - 1)).opacity, 0.01);  // fades
}

// ---- bad input -----------------------------------------------------------------------------

TEST_F(TenPhotoGallery, NaNAndInfinityNeverReachTheView) {
  GalleryState s = gallery();
  gallery_open(s, 2, {kNaN, kNaN, kNaN, kNaN}, {kNaN, kInf, -1, kNaN, kNaN}, {kNaN, kInf}, kNaN);
  expect_readable(gallery_frame(s, kNaN), "NaN open");
  expect_readable(gallery_frame(s, kInf), "infinite time");
  gallery_resize(s, {1e308, 1e308, kInf, kNaN, 1e308}, kNaN);
  expect_readable(gallery_frame(s, 5), "huge viewport");
  gallery_resize(s, phone(), 10);
  gallery_image_loaded(s, 2, kNaN, 1365, 20);
  gallery_image_loaded(s, 2, 1e300, 1e300, 20);
  expect_readable(gallery_frame(s, 30), "NaN natural size");
  EXPECT_EQ(gallery_frame(s, 1000).phase, GalleryPhase::open);
  gallery_pointer_down(s, 1, {kNaN, 100, 100}, false);
  gallery_pointer_down(s, 1, {1040, kNaN, 100}, false);
  gallery_pointer_down(s, 2, {1040, 100, 100}, false);
  gallery_pointer_move(s, 2, {kNaN, kInf, -kInf});
  gallery_pointer_move(s, 2, {1060, 1e300, 100});
  expect_readable(gallery_frame(s, 1060), "NaN pointers");
  gallery_pointer_up(s, 2, {kNaN, kNaN, kNaN});
  gallery_pointer_cancel(s, kNaN);
  gallery_thumbnail(s, 2, {kInf, 0, 10, 10});
  gallery_thumbnail(s, 2, {0, 0, kNaN, 10});
  gallery_command(s, GalleryCommand::zoom_in, kNaN);
  gallery_command(s, GalleryCommand::next, kInf);
  gallery_set_reduced_motion(s, true, kNaN);
  const GalleryView v = gallery_frame(s, 10'000);
  expect_readable(v, "after everything");
  EXPECT_EQ(v.phase, GalleryPhase::open);
  EXPECT_EQ(v.index, 3);
}

TEST_F(TenPhotoGallery, AnEmptyViewportDrawsNothingUnreadableAndRecovers) {
  GalleryState s = gallery();
  gallery_open(s, 2, thumbnail(2), {0, 0, 0, 0, 1}, {}, kOpenAt);
  const GalleryView empty = gallery_frame(s, kLater);
  expect_readable(empty);
  EXPECT_EQ(current(empty).width, 0);
  gallery_command(s, GalleryCommand::zoom_in, kLater);
  stroke(s, 1, {0, 0}, {50, 0}, kLater + 100, 100);
  gallery_resize(s, phone(), kLater + 1000);
  const GalleryView v = gallery_frame(s, kLater + 5000);
  EXPECT_DOUBLE_EQ(current(v).width, 360);
  expect_at_rest_within_bounds(s, v);
}

TEST_F(TenPhotoGallery, TimeGoingBackwardsIsHarmless) {
  GalleryState s = opened(2);
  gallery_command(s, GalleryCommand::next, kLater);
  expect_readable(gallery_frame(s, kLater - 5000));
  expect_readable(gallery_frame(s, kLater - 1));
  EXPECT_EQ(current(gallery_frame(s, kLater + 5000)).x, 0);
}

TEST_F(TenPhotoGallery, AnItemWithoutAnImageShowsTheErrorMessage) {
  std::vector<GalleryItem> items = photos(3);
  items[1] = GalleryItem{};  // the markup held no usable URL
  GalleryState s = start_gallery({}, items, false, false);
  open(s, 1);
  gallery_image_loaded(s, 1, 100, 100, kOpenAt);  // cannot load what has no URL
  const GalleryView v = gallery_frame(s, kLater);
  EXPECT_TRUE(current(v).failed);
  EXPECT_EQ(current(v).src, "");
  EXPECT_TRUE(v.can_next);
}

// Random input of every kind, including garbage, in any order: after each
// event the view is readable; once the fingers are up and time has passed,
// the photo is at rest within its zoom range and pan bounds.
TEST_F(TenPhotoGallery, RandomInputKeepsEveryInvariant) {
  for (unsigned seed = 1; seed <= 40; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 random(seed);
    const auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    const auto coordinate = [&]() -> double {
      switch (pick(12)) {
        case 0: return kNaN;
        case 1: return 1e9;
        default: return pick(700) - 20;
      }
    };
    GalleryOptions options;
    options.loop = seed % 2 == 0;
    const int count = 1 + pick(seed % 3 == 0 ? 500 : 6);
    GalleryState s = start_gallery(options, photos(count), seed % 5 == 0, seed % 7 == 0);
    double t = kOpenAt;
    for (int step = 0; step < 300; ++step) {
      t += pick(5) == 0 ? -pick(30) : pick(60);
      switch (pick(14)) {
        case 0: gallery_open(s, pick(count + 2) - 1, thumbnail(pick(9)), phone(), {}, t); break;
        case 1: gallery_close(s, t); break;
        case 2: gallery_command(s, static_cast<GalleryCommand>(pick(9)), t); break;
        case 3:
        case 4: gallery_pointer_down(s, 1 + pick(3), {t, coordinate(), coordinate()}, pick(2) == 0); break;
        case 5:
        case 6:
        case 7: gallery_pointer_move(s, 1 + pick(3), {t, coordinate(), coordinate()}); break;
        case 8: gallery_pointer_up(s, 1 + pick(3), {t, coordinate(), coordinate()}); break;
        case 9: gallery_pointer_cancel(s, t); break;
        case 10: gallery_image_loaded(s, pick(count), 200 + pick(6000), 200 + pick(6000), t); break;
        case 11: gallery_image_failed(s, pick(count), t); break;
        case 12: gallery_resize(s, pick(2) == 0 ? phone() : GalleryViewport{200.0 + pick(1800), 200.0 + pick(1000), 0, 100, 1.0 + pick(3)}, t); break;
        case 13: gallery_set_reduced_motion(s, pick(3) == 0, t); break;
      }
      expect_readable(gallery_frame(s, t), "step " + std::to_string(step));
      if (HasFailure()) return;
    }
    gallery_pointer_cancel(s, t);
    gallery_frame(s, t + 10'000);  // a waiting tap is confirmed
    gallery_pointer_cancel(s, t + 10'000);
    const GalleryView rest = gallery_frame(s, t + 20'000);
    expect_readable(rest, "at rest");
    expect_at_rest_within_bounds(s, rest, "at rest");
    if (rest.phase == GalleryPhase::open) {
      EXPECT_EQ(rest.backdrop_opacity, 1);
    }
    if (HasFailure()) return;
  }
}

}  // namespace
}  // namespace pw
