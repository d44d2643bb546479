#include "carousel/layout.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace pw {
namespace {

std::vector<double> cards(int count, double width) { return std::vector<double>(count, width); }

const CarouselMeasure kSeedPageNewsAt320{320, cards(9, 280), 16};   // phone: one card and a peek
const CarouselMeasure kSeedPageNewsAt1000{1000, cards(9, 238), 16};  // desktop: exactly four per view
const CarouselMeasure kMixedNewsAt600{600, {280, 180, 420, 240, 300, 160}, 12};
const CarouselMeasure kWideLastNewsAt320{320, {280, 500}, 16};       // a banner wider than the view
const CarouselMeasure kThreeNewsAt1000{1000, cards(3, 238), 16};     // fewer than fit
const CarouselMeasure kOneNewsAt320{320, {280}, 16};
const CarouselMeasure kNoNewsAt320{320, {}, 16};
const CarouselMeasure kTwoHundredNewsAt1000{1000, cards(200, 238), 16};
const CarouselMeasure kSeedPageNewsInHiddenTab{0, cards(9, 0), 16};  // measured before shown
const CarouselMeasure kUnmeasurableNewsAt320{320, {280, NAN, -40, INFINITY, 280}, NAN};
const CarouselMeasure kFiveNewsAt1000{1000, cards(5, 238), 16};      // content 1254
const CarouselMeasure kFiveNewsAt1040{1040, cards(5, 238), 16};

bool all_finite(const CarouselLayout& layout) {
  for (const auto* values : {&layout.slide_starts, &layout.slide_ends, &layout.snaps})
    for (double v : *values)
      if (!std::isfinite(v)) return false;
  return std::isfinite(layout.content_width) && std::isfinite(layout.max_scroll) &&
         std::isfinite(layout.view_width) && std::isfinite(layout.gap);
}

TEST(CarouselLayout, PlacesSlidesOneGapApartFromTheInlineStart) {
  const CarouselLayout layout = layout_carousel(kSeedPageNewsAt320, false);
  ASSERT_EQ(slide_count(layout), 9);
  EXPECT_DOUBLE_EQ(layout.slide_starts[0], 0);
  EXPECT_DOUBLE_EQ(layout.slide_ends[0], 280);
  EXPECT_DOUBLE_EQ(layout.slide_starts[1], 296);
  EXPECT_DOUBLE_EQ(layout.slide_ends[8], 2648);
  EXPECT_DOUBLE_EQ(layout.content_width, 2648);
  EXPECT_DOUBLE_EQ(layout.max_scroll, 2328);
}

TEST(CarouselLayout, OnAPhoneEveryCardHasASnapAndTheLastRestsAtTheLimit) {
  const CarouselLayout layout = layout_carousel(kSeedPageNewsAt320, false);
  ASSERT_EQ(snap_count(layout), 9);
  for (int i = 0; i < 8; ++i) EXPECT_DOUBLE_EQ(layout.snaps[i], 296.0 * i);
  EXPECT_DOUBLE_EQ(layout.snaps[8], 2328);  // card 9 starts at 2368, past the limit
  for (int i = 0; i < 9; ++i) EXPECT_EQ(snap_of_slide(layout, i), i);
}

TEST(CarouselLayout, CardsThatAllFitInTheLastViewShareTheLastSnap) {
  const CarouselLayout layout = layout_carousel(kSeedPageNewsAt1000, false);
  EXPECT_EQ(layout.snaps, (std::vector<double>{0, 254, 508, 762, 1016, 1270}));
  for (int i = 0; i < 5; ++i) EXPECT_EQ(snap_of_slide(layout, i), i);
  for (int i = 5; i < 9; ++i) EXPECT_EQ(snap_of_slide(layout, i), 5);
}

TEST(CarouselLayout, SnapOfSlideClampsTheSlideIndex) {
  const CarouselLayout layout = layout_carousel(kSeedPageNewsAt1000, false);
  EXPECT_EQ(snap_of_slide(layout, -4), 0);
  EXPECT_EQ(snap_of_slide(layout, 40), 5);
}

TEST(CarouselLayout, PagesAreGreedyGroupsOfCardsThatFitTheView) {
  const CarouselLayout desktop = layout_carousel(kSeedPageNewsAt1000, false);
  EXPECT_EQ(desktop.page_first_slide, (std::vector<int>{0, 4, 8}));
  EXPECT_EQ(snap_of_page(desktop, 0), 0);
  EXPECT_EQ(snap_of_page(desktop, 1), 4);
  EXPECT_EQ(snap_of_page(desktop, 2), 5);  // card 9 can only be reached at the limit

  const CarouselLayout phone = layout_carousel(kSeedPageNewsAt320, false);
  EXPECT_EQ(page_count(phone), 9);  // a card and a peek: one card per page
}

TEST(CarouselLayout, ThePageShownIsTheLastWhoseStartHasBeenReached) {
  const CarouselLayout layout = layout_carousel(kSeedPageNewsAt1000, false);
  EXPECT_EQ(page_of_snap(layout, 0), 0);
  EXPECT_EQ(page_of_snap(layout, 3), 0);
  EXPECT_EQ(page_of_snap(layout, 4), 1);
  EXPECT_EQ(page_of_snap(layout, 5), 2);
}

TEST(CarouselLayout, VariableWidthsGiveTheirOwnStartsSnapsAndPages) {
  const CarouselLayout layout = layout_carousel(kMixedNewsAt600, false);
  EXPECT_EQ(layout.slide_starts, (std::vector<double>{0, 292, 484, 916, 1168, 1480}));
  EXPECT_DOUBLE_EQ(layout.content_width, 1640);
  EXPECT_EQ(layout.snaps, (std::vector<double>{0, 292, 484, 916, 1040}));
  EXPECT_EQ(snap_of_slide(layout, 4), 4);
  EXPECT_EQ(snap_of_slide(layout, 5), 4);
  EXPECT_EQ(layout.page_first_slide, (std::vector<int>{0, 2, 3, 5}));
  EXPECT_EQ(snap_of_page(layout, 3), 4);
}

TEST(CarouselLayout, ASlideWiderThanTheViewIsItsOwnPageAndTheEndStaysReachable) {
  const CarouselLayout layout = layout_carousel(kWideLastNewsAt320, false);
  EXPECT_EQ(layout.page_first_slide, (std::vector<int>{0, 1}));
  EXPECT_EQ(layout.snaps, (std::vector<double>{0, 296, 476}));  // 476 shows the banner's end
  EXPECT_EQ(snap_of_slide(layout, 1), 1);
  EXPECT_EQ(page_of_snap(layout, 2), 1);
}

TEST(CarouselLayout, FewerCardsThanFitNeitherScrollNorLoop) {
  const CarouselLayout layout = layout_carousel(kThreeNewsAt1000, true);
  EXPECT_DOUBLE_EQ(layout.max_scroll, 0);
  EXPECT_EQ(layout.snaps, (std::vector<double>{0}));
  EXPECT_EQ(layout.page_first_slide, (std::vector<int>{0}));
  EXPECT_FALSE(layout.can_loop);
  EXPECT_EQ(inert_slides(layout, 0, -1), SlideFlags(3, false));
}

TEST(CarouselLayout, OneCardIsOnePageWithOneSnapAndNeverLoops) {
  const CarouselLayout layout = layout_carousel(kOneNewsAt320, true);
  EXPECT_EQ(layout.snaps, (std::vector<double>{0}));
  EXPECT_EQ(page_count(layout), 1);
  EXPECT_FALSE(layout.can_loop);
}

TEST(CarouselLayout, NoCardsGiveAnInertLayout) {
  const CarouselLayout layout = layout_carousel(kNoNewsAt320, true);
  EXPECT_EQ(slide_count(layout), 0);
  EXPECT_EQ(layout.snaps, (std::vector<double>{0}));
  EXPECT_EQ(page_count(layout), 0);
  EXPECT_FALSE(layout.can_loop);
  EXPECT_EQ(snap_of_slide(layout, 0), 0);
  EXPECT_EQ(snap_of_page(layout, 0), 0);
  EXPECT_EQ(page_of_snap(layout, 0), 0);
  EXPECT_TRUE(slides_in_view(layout, 0).empty());
  EXPECT_TRUE(inert_slides(layout, 0, 0).empty());
}

TEST(CarouselLayout, AContainerOfWidthZeroHidesNothingUntilMeasured) {
  for (double view : {0.0, -320.0, static_cast<double>(NAN), static_cast<double>(INFINITY)}) {
    CarouselMeasure measure = kSeedPageNewsInHiddenTab;
    measure.view_width = view;
    const CarouselLayout layout = layout_carousel(measure, true);
    EXPECT_TRUE(all_finite(layout));
    EXPECT_EQ(layout.snaps, (std::vector<double>{0}));
    EXPECT_EQ(layout.page_first_slide, (std::vector<int>{0}));
    EXPECT_DOUBLE_EQ(layout.max_scroll, 0);
    EXPECT_FALSE(layout.can_loop);
    EXPECT_EQ(slides_in_view(layout, 500), SlideFlags(9, true));
    EXPECT_EQ(inert_slides(layout, 500, -1), SlideFlags(9, false));
  }
}

TEST(CarouselLayout, WidthsThatAreNegativeOrNotFiniteCountAsZero) {
  const CarouselLayout layout = layout_carousel(kUnmeasurableNewsAt320, true);
  EXPECT_TRUE(all_finite(layout));
  EXPECT_DOUBLE_EQ(layout.gap, 0);
  EXPECT_EQ(layout.slide_starts, (std::vector<double>{0, 280, 280, 280, 280}));
  EXPECT_EQ(layout.slide_ends, (std::vector<double>{280, 280, 280, 280, 560}));
  EXPECT_DOUBLE_EQ(layout.max_scroll, 240);
  EXPECT_EQ(layout.snaps, (std::vector<double>{0, 240}));  // 280 clamped to the limit
  EXPECT_EQ(snap_of_slide(layout, 3), 1);
  EXPECT_FALSE(layout.can_loop);  // 560 - 280 < 320
}

// Found by carousel_controller_fuzz: finite but absurd widths (1.8e308 px)
// summed to infinite snaps; "next" then named a slide the track never reached.
TEST(CarouselLayout, WidthsBeyondAnyBrowsersLayoutAreCappedSoEverythingStaysFinite) {
  const double huge = 1.7976931348623157e308;
  const CarouselLayout layout = layout_carousel({huge, {huge, huge, 280, 280}, huge}, true);
  EXPECT_TRUE(all_finite(layout));
  EXPECT_DOUBLE_EQ(layout.view_width, kMaxLayoutPx);
  EXPECT_EQ(layout.slide_ends[1], 3 * kMaxLayoutPx);
  EXPECT_EQ(snap_count(layout), 4);
}

TEST(CarouselLayout, TwoHundredCardsLayOutWithOneSnapEachUntilTheLimit) {
  const CarouselLayout layout = layout_carousel(kTwoHundredNewsAt1000, false);
  EXPECT_DOUBLE_EQ(layout.max_scroll, 49784);
  ASSERT_EQ(snap_count(layout), 197);  // card 197 starts exactly at the limit
  EXPECT_DOUBLE_EQ(layout.snaps.back(), 49784);
  EXPECT_EQ(snap_of_slide(layout, 199), 196);
  EXPECT_EQ(page_count(layout), 50);
  EXPECT_EQ(page_of_snap(layout, 196), 49);
  EXPECT_TRUE(layout_carousel(kTwoHundredNewsAt1000, true).can_loop);
}

TEST(CarouselLayout, LoopsOnlyWhenTheContentLessTheWidestCardStillCoversTheView) {
  // 1254 + 16 - 238 = 1032: enough for a 1000 px view, not for 1040.
  EXPECT_TRUE(layout_carousel(kFiveNewsAt1000, true).can_loop);
  EXPECT_FALSE(layout_carousel(kFiveNewsAt1040, true).can_loop);
  EXPECT_TRUE(layout_carousel(kSeedPageNewsAt320, true).can_loop);
  EXPECT_FALSE(layout_carousel(kSeedPageNewsAt320, false).can_loop);
}

TEST(CarouselLayout, ALoopingLayoutGivesEveryCardItsOwnSnapAtItsStart) {
  const CarouselLayout layout = layout_carousel(kSeedPageNewsAt1000, true);
  ASSERT_TRUE(layout.can_loop);
  EXPECT_EQ(layout.snaps, layout.slide_starts);
  EXPECT_EQ(snap_of_slide(layout, 8), 8);
  EXPECT_EQ(layout.page_first_slide, (std::vector<int>{0, 4, 8}));
  EXPECT_EQ(snap_of_page(layout, 2), 8);
}

TEST(CarouselLayout, PartlyVisibleCardsAreInView) {
  const CarouselLayout layout = layout_carousel(kSeedPageNewsAt320, false);
  // The 24 px peek of the second card counts.
  EXPECT_EQ(slides_in_view(layout, 0),
            (SlideFlags{true, true, false, false, false, false, false, false, false}));
  EXPECT_EQ(slides_in_view(layout, 2328),
            (SlideFlags{false, false, false, false, false, false, false, true, true}));
}

TEST(CarouselLayout, ASubpixelSliverDoesNotCountAsInView) {
  const CarouselLayout layout = layout_carousel(kSeedPageNewsAt320, false);
  const SlideFlags in_view = slides_in_view(layout, 279.5);  // 0.5 px of card 1
  EXPECT_FALSE(in_view[0]);
  EXPECT_TRUE(in_view[1]);
  EXPECT_TRUE(in_view[2]);  // 7.5 px of card 3
  EXPECT_TRUE(slides_in_view(layout, 279.5, 0)[0]);
}

TEST(CarouselLayout, ALoopingViewSeesTheCardsBroughtAroundFromTheStart) {
  const CarouselLayout layout = layout_carousel(kSeedPageNewsAt1000, true);
  EXPECT_EQ(slides_in_view(layout, 2032),  // card 9, then cards 1–3 again
            (SlideFlags{true, true, true, false, false, false, false, false, true}));
  EXPECT_EQ(slides_in_view(layout, -254),  // card 9 before card 1
            (SlideFlags{true, true, true, false, false, false, false, false, true}));
}

TEST(CarouselLayout, OffScreenCardsAreInertButNeverTheOneHoldingFocus) {
  const CarouselLayout layout = layout_carousel(kSeedPageNewsAt1000, false);
  EXPECT_EQ(inert_slides(layout, 0, -1),
            (SlideFlags{false, false, false, false, true, true, true, true, true}));
  EXPECT_EQ(inert_slides(layout, 0, 7),
            (SlideFlags{false, false, false, false, true, true, true, false, true}));
  EXPECT_EQ(inert_slides(layout, 1270, 0),
            (SlideFlags{false, true, true, true, true, false, false, false, false}));
}

TEST(CarouselLayout, AScrollThatIsNotFiniteCountsAsTheStart) {
  const CarouselLayout layout = layout_carousel(kSeedPageNewsAt1000, false);
  EXPECT_EQ(slides_in_view(layout, NAN), slides_in_view(layout, 0));
}

}  // namespace
}  // namespace pw
