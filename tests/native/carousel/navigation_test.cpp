#include "carousel/navigation.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace pw {
namespace {

std::vector<double> cards(int count, double width) { return std::vector<double>(count, width); }

const CarouselMeasure kSeedPageNewsAt320{320, cards(9, 280), 16};   // one card and a peek
const CarouselMeasure kSeedPageNewsAt1000{1000, cards(9, 238), 16};  // four per view
const CarouselMeasure kWideLastNewsAt320{320, {280, 500}, 16};
const CarouselMeasure kFiveNewsAt1040{1040, cards(5, 238), 16};      // scrolls 214 px, cannot loop
const CarouselMeasure kOneNewsAt320{320, {280}, 16};
const CarouselMeasure kNoNewsAt320{320, {}, 16};
const CarouselMeasure kSeedPageNewsInHiddenTab{0, cards(9, 0), 16};
const CarouselMeasure kTwoHundredNewsAt320{320, cards(200, 280), 16};

const CarouselLayout kPhone = layout_carousel(kSeedPageNewsAt320, false);
const CarouselLayout kDesktop = layout_carousel(kSeedPageNewsAt1000, false);
const CarouselLayout kDesktopLoop = layout_carousel(kSeedPageNewsAt1000, true);

void expect_target(const CarouselTarget& target, int snap, bool wrapped, bool moved) {
  EXPECT_EQ(target.snap, snap);
  EXPECT_EQ(target.wrapped, wrapped);
  EXPECT_EQ(target.moved, moved);
}

TEST(CarouselNavigation, NextAndPreviousSlideStepOneSnap) {
  expect_target(navigate(kPhone, 0, CarouselStep::next_slide, false), 1, false, true);
  expect_target(navigate(kPhone, 5, CarouselStep::previous_slide, false), 4, false, true);
  expect_target(navigate(kDesktop, 4, CarouselStep::next_slide, false), 5, false, true);
}

TEST(CarouselNavigation, WithoutLoopTheEndsStayPut) {
  expect_target(navigate(kPhone, 8, CarouselStep::next_slide, false), 8, false, false);
  expect_target(navigate(kPhone, 0, CarouselStep::previous_slide, false), 0, false, false);
  expect_target(navigate(kDesktop, 5, CarouselStep::next_slide, false), 5, false, false);
}

TEST(CarouselNavigation, ALoopingCarouselWrapsAtTheEnds) {
  ASSERT_TRUE(kDesktopLoop.can_loop);
  expect_target(navigate(kDesktopLoop, 8, CarouselStep::next_slide, true), 0, true, true);
  expect_target(navigate(kDesktopLoop, 0, CarouselStep::previous_slide, true), 8, true, true);
}

TEST(CarouselNavigation, LoopAskedForButImpossibleRewindsToTheOtherEnd) {
  const CarouselLayout layout = layout_carousel(kFiveNewsAt1040, true);
  ASSERT_FALSE(layout.can_loop);
  ASSERT_EQ(layout.snaps, (std::vector<double>{0, 214}));
  expect_target(navigate(layout, 1, CarouselStep::next_slide, true), 0, true, true);
  expect_target(navigate(layout, 0, CarouselStep::previous_slide, true), 1, true, true);
  expect_target(navigate(layout, 1, CarouselStep::next_slide, false), 1, false, false);
}

TEST(CarouselNavigation, ASnapOutOfRangeIsClampedFirst) {
  expect_target(navigate(kPhone, 99, CarouselStep::previous_slide, false), 7, false, true);
  expect_target(navigate(kPhone, -3, CarouselStep::next_slide, false), 1, false, true);
}

TEST(CarouselNavigation, NothingMovesWithOneSnapOrNoneEvenWithLoop) {
  for (const CarouselMeasure* measure : {&kOneNewsAt320, &kNoNewsAt320, &kSeedPageNewsInHiddenTab}) {
    const CarouselLayout layout = layout_carousel(*measure, true);
    for (CarouselStep step : {CarouselStep::next_slide, CarouselStep::previous_slide}) {
      expect_target(navigate(layout, 0, step, true), 0, false, false);
    }
    EXPECT_FALSE(can_go_previous(layout, 0, true));
    EXPECT_FALSE(can_go_next(layout, 0, true));
  }
}

TEST(CarouselNavigation, GoToPageLandsOnThePagesStartClamped) {
  expect_target(go_to_page(kDesktop, 1), 4, false, true);
  expect_target(go_to_page(kDesktop, 2, 5), 5, false, false);
  expect_target(go_to_page(kDesktop, 99, 0), 5, false, true);
  expect_target(go_to_page(kDesktop, -3, 2), 0, false, true);
  expect_target(go_to_page(layout_carousel(kNoNewsAt320, false), 0), 0, false, false);
}

TEST(CarouselNavigation, ButtonsAreDisabledAtTheEndsOnlyWithoutLoop) {
  EXPECT_FALSE(can_go_previous(kPhone, 0, false));
  EXPECT_TRUE(can_go_next(kPhone, 0, false));
  EXPECT_TRUE(can_go_previous(kPhone, 8, false));
  EXPECT_FALSE(can_go_next(kPhone, 8, false));
  EXPECT_TRUE(can_go_previous(kDesktopLoop, 0, true));
  EXPECT_TRUE(can_go_next(kDesktopLoop, 8, true));
}

TEST(CarouselNavigation, TheNearestSnapWinsAndTiesGoToTheEarlier) {
  EXPECT_EQ(snap_nearest(kPhone, 147), 0);
  EXPECT_EQ(snap_nearest(kPhone, 148), 0);  // halfway between 0 and 296
  EXPECT_EQ(snap_nearest(kPhone, 149), 1);
  EXPECT_EQ(snap_nearest(kPhone, -80), 0);
  EXPECT_EQ(snap_nearest(kPhone, 5000), 8);
  EXPECT_EQ(snap_nearest(kPhone, NAN), 0);
  EXPECT_EQ(snap_nearest(kDesktop, 1200), 5);
}

TEST(CarouselNavigation, AroundTheLoopTheNearestSnapMayBeTheFirst) {
  // Period 2286: 2250 is 36 px before card 1 comes around again.
  EXPECT_EQ(snap_nearest(kDesktopLoop, 2250), 0);
  EXPECT_EQ(snap_nearest(kDesktopLoop, -20), 0);
  EXPECT_EQ(snap_nearest(kDesktopLoop, -200), 8);
  EXPECT_EQ(snap_nearest(kDesktopLoop, 2286 + 260), 1);
}

TEST(CarouselNavigation, FocusInAPartlyVisibleCardBringsItWhollyIntoView) {
  EXPECT_EQ(snap_showing_slide(kPhone, 0, 1), 1);  // the 24 px peek
  EXPECT_EQ(snap_showing_slide(kPhone, 3, 2), 2);
  EXPECT_EQ(snap_showing_slide(kDesktop, 0, 5), 2);  // least movement that shows card 6
  EXPECT_EQ(snap_showing_slide(kDesktop, 5, 1), 1);
}

TEST(CarouselNavigation, FocusInAWhollyVisibleCardMovesNothing) {
  EXPECT_EQ(snap_showing_slide(kDesktop, 0, 3), 0);
  EXPECT_EQ(snap_showing_slide(kDesktop, 5, 8), 5);
  EXPECT_EQ(snap_showing_slide(kDesktop, 2, 4), 2);
}

TEST(CarouselNavigation, FocusInACardWiderThanTheViewShowsItsStartUnlessItFillsTheView) {
  const CarouselLayout layout = layout_carousel(kWideLastNewsAt320, false);
  EXPECT_EQ(snap_showing_slide(layout, 0, 1), 1);
  EXPECT_EQ(snap_showing_slide(layout, 2, 1), 2);  // already all the reader sees
}

TEST(CarouselNavigation, FocusAroundTheLoopTakesTheShortWay) {
  EXPECT_EQ(snap_showing_slide(kDesktopLoop, 8, 1), 8);  // card 2 already shown after card 9
  EXPECT_EQ(snap_showing_slide(kDesktopLoop, 8, 3), 0);  // 254 px on beats 1016 px back
}

TEST(CarouselNavigation, FocusOnNoCardOrAnUnmeasuredCarouselMovesNothing) {
  EXPECT_EQ(snap_showing_slide(kPhone, 4, -1), 4);
  EXPECT_EQ(snap_showing_slide(kPhone, 4, 9), 4);
  EXPECT_EQ(snap_showing_slide(layout_carousel(kSeedPageNewsInHiddenTab, false), 0, 6), 0);
}

TEST(CarouselNavigation, TwoHundredCardsStepToTheLastOne) {
  const CarouselLayout layout = layout_carousel(kTwoHundredNewsAt320, false);
  int snap = 0;
  for (int i = 0; i < 250; ++i) snap = navigate(layout, snap, CarouselStep::next_slide, false).snap;
  EXPECT_EQ(snap, 199);
  EXPECT_EQ(snap_showing_slide(layout, 0, 150), 150);
}

}  // namespace
}  // namespace pw
