#include "carousel/loop.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace pw {
namespace {

std::vector<double> cards(int count, double width) { return std::vector<double>(count, width); }

const CarouselMeasure kSeedPageNewsAt320{320, cards(9, 280), 16};   // period 2664
const CarouselMeasure kSeedPageNewsAt1000{1000, cards(9, 238), 16};  // period 2286
const CarouselMeasure kMixedNewsAt600{600, {280, 180, 420, 240, 300, 160}, 12};
const CarouselMeasure kFiveNewsAt1032{1032, cards(5, 238), 16};  // exactly enough to loop
const CarouselMeasure kTwoHundredNewsAt1000{1000, cards(200, 238), 16};
const CarouselMeasure kThreeNewsAt1000{1000, cards(3, 238), 16};

const CarouselLayout kPhoneLoop = layout_carousel(kSeedPageNewsAt320, true);
const CarouselLayout kDesktopLoop = layout_carousel(kSeedPageNewsAt1000, true);

// How many slides cover the point `x` once translated by `offsets`.
int slides_covering(const CarouselLayout& layout, const std::vector<double>& offsets, double x) {
  int covering = 0;
  for (std::size_t i = 0; i < offsets.size(); ++i) {
    if (layout.slide_starts[i] + offsets[i] <= x && x < layout.slide_ends[i] + offsets[i]) ++covering;
  }
  return covering;
}

// Whether the point `x` falls on a slide (not a gap) in the endlessly repeated track.
bool on_a_slide(const CarouselLayout& layout, double x) {
  const double lap = wrap_scroll(layout, x);
  for (std::size_t i = 0; i < layout.slide_starts.size(); ++i) {
    if (layout.slide_starts[i] <= lap && lap < layout.slide_ends[i]) return true;
  }
  return false;
}

void expect_view_filled_by_real_slides(const CarouselMeasure& measure) {
  const CarouselLayout layout = layout_carousel(measure, true);
  ASSERT_TRUE(layout.can_loop);
  const double period = loop_period(layout);
  for (double scroll = -1.5 * period; scroll < 2.5 * period; scroll += 13.7) {
    const std::vector<double> offsets = loop_offsets(layout, scroll);
    for (double x = scroll + 0.5; x < scroll + layout.view_width; x += 1) {
      ASSERT_EQ(slides_covering(layout, offsets, x), on_a_slide(layout, x) ? 1 : 0)
          << "scroll " << scroll << ", pixel " << x - scroll;
    }
  }
}

TEST(CarouselLoop, ThePeriodIsTheContentAndOneGap) {
  EXPECT_DOUBLE_EQ(loop_period(kPhoneLoop), 2664);
  EXPECT_DOUBLE_EQ(loop_period(kDesktopLoop), 2286);
  EXPECT_DOUBLE_EQ(loop_period(layout_carousel(kSeedPageNewsAt320, false)), 0);
}

TEST(CarouselLoop, WrapBringsAScrollBackIntoOnePeriod) {
  EXPECT_DOUBLE_EQ(wrap_scroll(kPhoneLoop, 100), 100);
  EXPECT_DOUBLE_EQ(wrap_scroll(kPhoneLoop, 2700), 36);
  EXPECT_DOUBLE_EQ(wrap_scroll(kPhoneLoop, -10), 2654);
  EXPECT_DOUBLE_EQ(wrap_scroll(kPhoneLoop, 2664), 0);
  EXPECT_DOUBLE_EQ(wrap_scroll(kPhoneLoop, 3 * 2664 + 5), 5);
  EXPECT_DOUBLE_EQ(wrap_scroll(kPhoneLoop, -1e-13), 0);  // would round up to the period
  EXPECT_DOUBLE_EQ(wrap_scroll(kPhoneLoop, NAN), 0);
}

TEST(CarouselLoop, WithoutLoopWrapClampsToTheLimits) {
  const CarouselLayout layout = layout_carousel(kSeedPageNewsAt320, false);
  EXPECT_DOUBLE_EQ(wrap_scroll(layout, -10), 0);
  EXPECT_DOUBLE_EQ(wrap_scroll(layout, 5000), 2328);
  EXPECT_DOUBLE_EQ(wrap_scroll(layout, 1000), 1000);
  EXPECT_EQ(loop_offsets(layout, 2500), std::vector<double>(9, 0.0));
}

TEST(CarouselLoop, AtTheStartNoSlideMoves) {
  EXPECT_EQ(loop_offsets(kPhoneLoop, 0), std::vector<double>(9, 0.0));
  EXPECT_EQ(loop_offsets(kDesktopLoop, 1270), std::vector<double>(9, 0.0));
}

TEST(CarouselLoop, PastTheEndTheFirstSlidesComeAroundAfterTheLast) {
  std::vector<double> expected(9, 0.0);
  expected[0] = 2664;  // the view [2500, 2820) needs card 1 at 2664
  EXPECT_EQ(loop_offsets(kPhoneLoop, 2500), expected);
  std::vector<double> a_lap_on(9, 2664.0);
  a_lap_on[0] = 2 * 2664;
  EXPECT_EQ(loop_offsets(kPhoneLoop, 2664 + 2500), a_lap_on);
}

TEST(CarouselLoop, BeforeTheStartTheLastSlidesComeAroundBeforeTheFirst) {
  std::vector<double> expected(9, -2664.0);
  expected[0] = 0;  // card 9 at -296 shows in [-100, 220) with card 1 after it
  EXPECT_EQ(loop_offsets(kPhoneLoop, -100), expected);
}

TEST(CarouselLoop, OffsetsAreWholePeriodsEvenFarFromTheStart) {
  for (double scroll : {-1e6, 12345.6, 1e9}) {
    for (double offset : loop_offsets(kDesktopLoop, scroll)) {
      const double laps = offset / 2286;
      EXPECT_NEAR(laps, std::round(laps), 1e-9);
    }
  }
  EXPECT_EQ(loop_offsets(kDesktopLoop, INFINITY), std::vector<double>(9, 0.0));
}

TEST(CarouselLoop, EveryPixelOfAPhoneViewShowsExactlyOneCardOrAGap) {
  expect_view_filled_by_real_slides(kSeedPageNewsAt320);
}

TEST(CarouselLoop, EveryPixelOfADesktopViewShowsExactlyOneCardOrAGap) {
  expect_view_filled_by_real_slides(kSeedPageNewsAt1000);
}

TEST(CarouselLoop, EveryPixelShowsExactlyOneCardOrAGapWithMixedWidths) {
  expect_view_filled_by_real_slides(kMixedNewsAt600);
}

TEST(CarouselLoop, EveryPixelShowsExactlyOneCardOrAGapAtTheTightestLoop) {
  expect_view_filled_by_real_slides(kFiveNewsAt1032);
}

TEST(CarouselLoop, TwoHundredCardsLoopWithoutGapsOrDoubles) {
  const CarouselLayout layout = layout_carousel(kTwoHundredNewsAt1000, true);
  const double period = loop_period(layout);
  for (double scroll : {-500.0, period - 700, period + 333.3}) {
    const std::vector<double> offsets = loop_offsets(layout, scroll);
    for (double x = scroll + 0.5; x < scroll + layout.view_width; x += 1) {
      ASSERT_EQ(slides_covering(layout, offsets, x), on_a_slide(layout, x) ? 1 : 0);
    }
  }
}

TEST(CarouselLoop, AWrapMovesOnInsteadOfRunningBackAcrossTheTrack) {
  // From card 9 (2032) "next" to card 1: 254 px on, not 2032 px back.
  EXPECT_DOUBLE_EQ(loop_destination(kDesktopLoop, 2032, 0, +1), 2286);
  EXPECT_DOUBLE_EQ(loop_destination(kDesktopLoop, 0, 2032, -1), -254);
  EXPECT_DOUBLE_EQ(loop_destination(kDesktopLoop, 2032, 0, 0), 2286);
  EXPECT_DOUBLE_EQ(loop_destination(kDesktopLoop, 254, 508, 0), 508);
  EXPECT_DOUBLE_EQ(loop_destination(kDesktopLoop, 254, 508, +1), 508);
  EXPECT_DOUBLE_EQ(loop_destination(kDesktopLoop, 2286 + 254, 508, +1), 2286 + 508);
  EXPECT_DOUBLE_EQ(loop_destination(kDesktopLoop, 508, 508, -1), 508);
}

TEST(CarouselLoop, WithoutLoopTheDestinationIsTheSnapItself) {
  const CarouselLayout layout = layout_carousel(kThreeNewsAt1000, true);
  EXPECT_DOUBLE_EQ(loop_destination(layout, 500, 0, +1), 0);
  EXPECT_DOUBLE_EQ(loop_destination(kDesktopLoop, NAN, 508, +1), 508);
}

}  // namespace
}  // namespace pw
