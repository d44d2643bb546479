#include "gallery/zoom_pan.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace pw {

const Size kLandscapePhoto{1600, 1067};
const Size kPortraitPhoto{800, 1200};
const Size kPanorama{8000, 1000};
const Size kTwentyMegapixel{5472, 3648};
const Size kTinyImage{300, 200};
const Size kUnknownSize{0, 0};
const Size kPhoneViewport{360, 640};
const Size kDesktopViewport{1440, 900};
const Size kCaptionAndButtons{0, 120};  // 60 px above and below
const Point kPhoneCentre{180, 320};

bool finite(const ZoomState& s) {
  return std::isfinite(s.zoom) && std::isfinite(s.pan.x) && std::isfinite(s.pan.y);
}

// The image point under `focus`, in image pixels.
Point image_point(const ZoomState& s, Point focus) {
  return {(focus.x - s.pan.x) / s.zoom, (focus.y - s.pan.y) / s.zoom};
}

ZoomState at_fit(Size image, Size viewport) {
  const double fit = zoom_levels(image, viewport).fit;
  const PanBounds b = pan_bounds(image, viewport, fit);
  return {fit, {b.min_x, b.min_y}};
}

TEST(ZoomLevels, ALandscapePhotoFitsThePhoneWidthAndFillsItsHeight) {
  const ZoomLevels l = zoom_levels(kLandscapePhoto, kPhoneViewport);
  EXPECT_DOUBLE_EQ(l.fit, 360.0 / 1600);
  EXPECT_DOUBLE_EQ(l.fill, 640.0 / 1067);
  EXPECT_DOUBLE_EQ(l.max, 1);
  EXPECT_EQ(l.initial, l.fit);
}

TEST(ZoomLevels, APortraitPhotoFitsTheDesktopHeight) {
  const ZoomLevels l = zoom_levels(kPortraitPhoto, kDesktopViewport);
  EXPECT_DOUBLE_EQ(l.fit, 900.0 / 1200);
  EXPECT_DOUBLE_EQ(l.fill, 1440.0 / 800);
  EXPECT_DOUBLE_EQ(l.max, 4 * 0.75);  // a small photo still magnifies 4× over fit
}

TEST(ZoomLevels, APanoramaFitsItsWidthAndFillsFarIn) {
  const ZoomLevels phone = zoom_levels(kPanorama, kPhoneViewport);
  EXPECT_DOUBLE_EQ(phone.fit, 360.0 / 8000);
  EXPECT_DOUBLE_EQ(phone.fill, 0.64);
  EXPECT_DOUBLE_EQ(phone.max, 1);
  EXPECT_DOUBLE_EQ(zoom_levels(kPanorama, kDesktopViewport).fit, 1440.0 / 8000);
}

TEST(ZoomLevels, ATwentyMegapixelPhotoZoomsToOneToOnePixels) {
  const ZoomLevels phone = zoom_levels(kTwentyMegapixel, kPhoneViewport);
  EXPECT_DOUBLE_EQ(phone.fit, 360.0 / 5472);
  EXPECT_DOUBLE_EQ(phone.max, 1);
  EXPECT_GT(phone.max / phone.fit, 15);
  const ZoomLevels desktop = zoom_levels(kTwentyMegapixel, kDesktopViewport);
  EXPECT_DOUBLE_EQ(desktop.fit, 900.0 / 3648);
  EXPECT_DOUBLE_EQ(desktop.max, 1);
}

TEST(ZoomLevels, ATinyImageIsNeverUpscaledToFit) {
  const ZoomLevels desktop = zoom_levels(kTinyImage, kDesktopViewport);
  EXPECT_EQ(desktop.fit, 1);
  EXPECT_DOUBLE_EQ(desktop.fill, 1440.0 / 300);
  EXPECT_EQ(desktop.max, kMaxZoomOverFit);
  EXPECT_EQ(zoom_levels(kTinyImage, kPhoneViewport).fit, 1);
}

TEST(ZoomLevels, PaddingKeepsRoomForCaptionAndButtonsAtFitOnly) {
  const ZoomLevels l = zoom_levels(kPortraitPhoto, kPhoneViewport, kCaptionAndButtons);
  EXPECT_DOUBLE_EQ(l.fit, 0.43333333333333335);  // min(360 / 800, 520 / 1200)
  EXPECT_DOUBLE_EQ(l.fill, 640.0 / 1200);
  // Padding larger than the viewport is ignored rather than giving zoom 0.
  EXPECT_DOUBLE_EQ(zoom_levels(kPortraitPhoto, kPhoneViewport, {400, 700}).fit, 360.0 / 800);
}

TEST(ZoomLevels, LevelsAreOrderedForEveryPhotoAndViewport) {
  for (const Size image :
       {kLandscapePhoto, kPortraitPhoto, kPanorama, kTwentyMegapixel, kTinyImage}) {
    for (const Size viewport : {kPhoneViewport, kDesktopViewport}) {
      const ZoomLevels l = zoom_levels(image, viewport, kCaptionAndButtons);
      EXPECT_GT(l.fit, 0);
      EXPECT_LE(l.fit, 1);
      EXPECT_LE(l.fit, l.fill);
      EXPECT_LE(l.fit, l.max);
      EXPECT_GE(l.max, 1);
    }
  }
}

TEST(ZoomLevels, AnUnknownSizeOrAnEmptyViewportLeavesNothingToZoom) {
  for (const ZoomLevels& l : {zoom_levels(kUnknownSize, kPhoneViewport),
                              zoom_levels(kLandscapePhoto, {0, 0}),
                              zoom_levels({NAN, INFINITY}, kPhoneViewport),
                              zoom_levels({-5, 10}, {-1, NAN})}) {
    EXPECT_EQ(l.fit, 1);
    EXPECT_EQ(l.fill, 1);
    EXPECT_EQ(l.max, 1);
    EXPECT_EQ(l.initial, 1);
  }
}

TEST(ZoomLevels, AbsurdSizesStayFinite) {
  const ZoomLevels l = zoom_levels({1e-300, 1e-300}, kDesktopViewport);
  EXPECT_EQ(l.fit, 1);
  EXPECT_EQ(l.fill, kMaxZoom);
  const ZoomLevels huge = zoom_levels({1e300, 1e300}, kPhoneViewport);
  EXPECT_EQ(huge.fit, kMinZoom);
  EXPECT_EQ(huge.max, 1);
}

TEST(StandInImage, TheThumbnailsAspectFillsTheSpaceTheRealPhotoWillTake) {
  const Size portrait = stand_in_image(800.0 / 1200, kPhoneViewport);
  EXPECT_DOUBLE_EQ(portrait.width, 360);
  EXPECT_DOUBLE_EQ(portrait.height, 540);
  const Size wide = stand_in_image(8, kDesktopViewport, kCaptionAndButtons);
  EXPECT_DOUBLE_EQ(wide.width, 1440);
  EXPECT_DOUBLE_EQ(wide.height, 180);
  const ZoomLevels l = zoom_levels(800.0 / 1200, kPhoneViewport);
  EXPECT_NEAR(l.fit, 1, 1e-12);
  EXPECT_NEAR(l.max, 4, 1e-12);
}

TEST(StandInImage, AnUnreadableAspectIsSquareAndAnEmptyViewportIsEmpty) {
  const Size square = stand_in_image(NAN, kPhoneViewport);
  EXPECT_EQ(square.width, 360);
  EXPECT_EQ(square.height, 360);
  EXPECT_EQ(stand_in_image(0, kPhoneViewport).width, 360);
  EXPECT_EQ(stand_in_image(1.5, {0, 0}).width, 0);
  EXPECT_EQ(zoom_levels(1.5, {0, 0}).fit, 1);
}

TEST(RescaleForImage, SwappingTheStandInForTheRealPhotoKeepsItsSizeOnScreen) {
  const Size stand_in = stand_in_image(1600.0 / 1067, kPhoneViewport);
  const ZoomState zoomed{2, {-100, 50}};
  const ZoomState real = rescale_for_image(zoomed, stand_in, kLandscapePhoto);
  EXPECT_DOUBLE_EQ(real.zoom * kLandscapePhoto.width, 2 * stand_in.width);
  EXPECT_EQ(real.pan.x, -100);
  EXPECT_EQ(rescale_for_image(zoomed, kUnknownSize, kLandscapePhoto).zoom, 2);
}

TEST(PanBounds, AtFitThePhotoIsCentredOnBothAxes) {
  const PanBounds b = pan_bounds(kLandscapePhoto, kPhoneViewport, 360.0 / 1600);
  EXPECT_DOUBLE_EQ(b.min_x, 0);
  EXPECT_DOUBLE_EQ(b.max_x, 0);
  EXPECT_DOUBLE_EQ(b.min_y, (640 - 1067 * 0.225) / 2);
  EXPECT_EQ(b.min_y, b.max_y);
}

TEST(PanBounds, AtFillOneAxisPansAndTheOtherStaysPut) {
  const double fill = zoom_levels(kLandscapePhoto, kPhoneViewport).fill;
  const PanBounds b = pan_bounds(kLandscapePhoto, kPhoneViewport, fill);
  EXPECT_DOUBLE_EQ(b.min_x, 360 - 1600 * fill);
  EXPECT_EQ(b.max_x, 0);
  EXPECT_NEAR(b.min_y, 0, 1e-9);
  EXPECT_NEAR(b.max_y, 0, 1e-9);
}

TEST(PanBounds, AtMaxNoEdgeMayComeInsideTheViewport) {
  const PanBounds b = pan_bounds(kTwentyMegapixel, kPhoneViewport, 1);
  EXPECT_EQ(b.min_x, 360 - 5472);
  EXPECT_EQ(b.max_x, 0);
  EXPECT_EQ(b.min_y, 640 - 3648);
  EXPECT_EQ(b.max_y, 0);
}

TEST(PanBounds, AnUnreadableZoomCentresAPointAndAnEmptyViewportGivesZero) {
  const PanBounds b = pan_bounds(kLandscapePhoto, kPhoneViewport, NAN);
  EXPECT_EQ(b.min_x, 180);
  EXPECT_EQ(b.max_y, 320);
  const PanBounds empty = pan_bounds(kLandscapePhoto, {0, 0}, 1);
  EXPECT_EQ(empty.min_x, -1600);
  EXPECT_EQ(empty.max_x, 0);
}

TEST(ClampPan, KeepsThePanInsideAndCentresAnUnreadableOne) {
  const PanBounds b{-500, 0, -200, 0};
  EXPECT_EQ(clamp_pan({50, -300}, b).x, 0);
  EXPECT_EQ(clamp_pan({50, -300}, b).y, -200);
  EXPECT_EQ(clamp_pan({-100, -20}, b).x, -100);
  EXPECT_EQ(clamp_pan({NAN, INFINITY}, b).x, -250);
  EXPECT_EQ(clamp_pan({NAN, INFINITY}, b).y, 0);
}

TEST(RubberBand, GrowsMonotonicallyAndNeverReachesTheDimension) {
  double previous = 0;
  for (double overshoot = 1; overshoot <= 1e6; overshoot *= 1.5) {
    const double shown = rubber_band(overshoot, 360);
    EXPECT_GT(shown, previous);
    EXPECT_LT(shown, 360);
    EXPECT_LT(shown, overshoot);
    previous = shown;
  }
  EXPECT_LE(rubber_band(1e308, 360), 360);
}

TEST(RubberBand, StartsAtTheFactorKeepsTheSignAndHasNoRoomForNothing) {
  EXPECT_NEAR(rubber_band(0.001, 360) / 0.001, kRubberBandFactor, 1e-5);
  EXPECT_DOUBLE_EQ(rubber_band(-100, 360), -rubber_band(100, 360));
  EXPECT_EQ(rubber_band(0, 360), 0);
  EXPECT_EQ(rubber_band(100, 0), 0);
  EXPECT_EQ(rubber_band(NAN, 360), 0);
  EXPECT_EQ(rubber_band(100, NAN), 0);
  EXPECT_EQ(rubber_band(INFINITY, 360), 360);
}

TEST(RubberBandPan, FollowsInsideTheBoundsAndResistsPastThem) {
  const PanBounds b{-500, 0, -200, 0};
  const Pan inside = rubber_band_pan({-100, -50}, b, kPhoneViewport);
  EXPECT_EQ(inside.x, -100);
  EXPECT_EQ(inside.y, -50);
  const Pan past = rubber_band_pan({100, -300}, b, kPhoneViewport);
  EXPECT_DOUBLE_EQ(past.x, rubber_band(100, 360));
  EXPECT_DOUBLE_EQ(past.y, -200 - rubber_band(100, 640));
}

TEST(ZoomAround, ThePointUnderThePinchCentreStaysUnderIt) {
  const ZoomState start = at_fit(kTwentyMegapixel, kPhoneViewport);
  for (const Point focus : {Point{100, 200}, kPhoneCentre, Point{0, 0}, Point{360, 640}}) {
    for (const double zoom : {0.03, 0.2, 1.0, 3.0}) {
      const ZoomState z = zoom_around(start, zoom, focus, kTwentyMegapixel, kPhoneViewport);
      EXPECT_EQ(z.zoom, zoom);
      EXPECT_NEAR(image_point(z, focus).x, image_point(start, focus).x, 1e-9);
      EXPECT_NEAR(image_point(z, focus).y, image_point(start, focus).y, 1e-9);
    }
  }
}

TEST(ZoomAround, UnreadableInputsGiveAFiniteState) {
  const ZoomState start{0.5, {-10, -20}};
  EXPECT_EQ(zoom_around(start, NAN, kPhoneCentre, kLandscapePhoto, kPhoneViewport).zoom, 0.5);
  EXPECT_TRUE(finite(zoom_around(start, 2, {NAN, 1}, kLandscapePhoto, kPhoneViewport)));
  const ZoomState lost{0, {NAN, 0}};
  const ZoomState fresh = zoom_around(lost, 0.5, kPhoneCentre, kLandscapePhoto, kPhoneViewport);
  EXPECT_TRUE(finite(fresh));
  EXPECT_DOUBLE_EQ(fresh.pan.x, (360 - 800) / 2.0);  // centred
  EXPECT_TRUE(finite(zoom_around({1e-300, {0, 0}}, 1e300, kPhoneCentre, kLandscapePhoto, {0, 0})));
}

TEST(PinchTo, ThePointUnderTheFingersFollowsTheirCentre) {
  const ZoomState start = at_fit(kLandscapePhoto, kPhoneViewport);
  const Point origin{150, 300};
  const Point centre{190, 260};
  const ZoomState z = pinch_to(start, 0.6, origin, centre, kLandscapePhoto, kPhoneViewport);
  EXPECT_NEAR(image_point(z, centre).x, image_point(start, origin).x, 1e-9);
  EXPECT_NEAR(image_point(z, centre).y, image_point(start, origin).y, 1e-9);
}

TEST(PinchZoom, FollowsTheFingersWithinRangeAndResistsPastIt) {
  const ZoomLevels l = zoom_levels(kTwentyMegapixel, kPhoneViewport);
  EXPECT_DOUBLE_EQ(pinch_zoom(l.fit, 3, l), 3 * l.fit);
  const double past = pinch_zoom(0.8, 2, l);
  EXPECT_GT(past, l.max);
  EXPECT_LT(past, 1.6);
  EXPECT_LT(pinch_zoom(0.8, 1e9, l), l.max * (1 + kPinchResistRoom));
  EXPECT_GT(pinch_zoom(l.fit, 1e-9, l), l.fit * (1 - kPinchResistRoom));
  EXPECT_LT(pinch_zoom(l.fit, 0.5, l), l.fit);
  EXPECT_EQ(pinch_zoom(NAN, NAN, l), l.fit);
}

TEST(Settle, APinchPastMaxComesBackToMaxAroundItsCentre) {
  const ZoomLevels l = zoom_levels(kTwentyMegapixel, kPhoneViewport);
  const ZoomState live{1.3, {-2000, -1500}};
  const Point focus{200, 300};
  const ZoomState rest = settle_around(live, l, kTwentyMegapixel, kPhoneViewport, focus);
  EXPECT_EQ(rest.zoom, 1);
  EXPECT_NEAR(image_point(rest, focus).x, image_point(live, focus).x, 1e-9);
}

TEST(Settle, APinchBelowFitComesBackCentred) {
  const ZoomLevels l = zoom_levels(kLandscapePhoto, kPhoneViewport);
  const ZoomState rest = settle({0.1, {40, 90}}, l, kLandscapePhoto, kPhoneViewport);
  EXPECT_EQ(rest.zoom, l.fit);
  EXPECT_DOUBLE_EQ(rest.pan.x, 0);
  EXPECT_DOUBLE_EQ(rest.pan.y, (640 - 1067 * l.fit) / 2);
}

TEST(Settle, APanPastAnEdgeIsPulledBackInside) {
  const ZoomLevels l = zoom_levels(kTwentyMegapixel, kPhoneViewport);
  const ZoomState rest = settle({1, {80, -4000}}, l, kTwentyMegapixel, kPhoneViewport);
  EXPECT_EQ(rest.pan.x, 0);
  EXPECT_EQ(rest.pan.y, 640 - 3648);
}

TEST(Settle, RotatingThePhoneWhileZoomedKeepsTheZoomAndFindsNewBounds) {
  const Size rotated{640, 360};
  const ZoomLevels l = zoom_levels(kTwentyMegapixel, rotated);
  const ZoomState rest = settle({0.5, {-2000, -1500}}, l, kTwentyMegapixel, rotated);
  EXPECT_EQ(rest.zoom, 0.5);
  const PanBounds b = pan_bounds(kTwentyMegapixel, rotated, 0.5);
  EXPECT_GE(rest.pan.x, b.min_x);
  EXPECT_GE(rest.pan.y, b.min_y);
}

TEST(Settle, UnreadableStatesAndLevelsComeToAFiniteRest) {
  const ZoomLevels l = zoom_levels(kLandscapePhoto, kPhoneViewport);
  EXPECT_EQ(settle({NAN, {NAN, NAN}}, l, kLandscapePhoto, kPhoneViewport).zoom, l.fit);
  EXPECT_TRUE(finite(settle({NAN, {NAN, NAN}}, l, kLandscapePhoto, kPhoneViewport)));
  EXPECT_TRUE(finite(settle({2, {1, 1}}, {NAN, NAN, NAN, NAN}, kLandscapePhoto, {0, 0})));
  EXPECT_TRUE(finite(settle({2, {1, 1}}, zoom_levels(kUnknownSize, {0, 0}), kUnknownSize, {0, 0})));
}

TEST(ZoomTo, TheKeysZoomAroundTheViewportCentreWithinRange) {
  const ZoomLevels l = zoom_levels(kTwentyMegapixel, kPhoneViewport);
  const ZoomState fit = at_fit(kTwentyMegapixel, kPhoneViewport);
  const ZoomState in = zoom_to(fit, next_zoom_step(fit.zoom, l, +1), kPhoneCentre, l,
                               kTwentyMegapixel, kPhoneViewport);
  EXPECT_DOUBLE_EQ(in.zoom, fit.zoom * 1.5);
  EXPECT_NEAR(image_point(in, kPhoneCentre).x, 5472 / 2.0, 1e-9);
  EXPECT_EQ(zoom_to(fit, 50, kPhoneCentre, l, kTwentyMegapixel, kPhoneViewport).zoom, l.max);
}

TEST(IsZoomedIn, ATolerancePastFitStillCountsAsFit) {
  const ZoomLevels l = zoom_levels(kLandscapePhoto, kPhoneViewport);
  EXPECT_FALSE(is_zoomed_in(l.fit, l));
  EXPECT_FALSE(is_zoomed_in(l.fit * 1.005, l));
  EXPECT_TRUE(is_zoomed_in(l.fit * 1.02, l));
  EXPECT_FALSE(is_zoomed_in(NAN, l));
}

TEST(NextZoomStep, StepsByHalfAgainAndStopsAtTheEnds) {
  const ZoomLevels l = zoom_levels(kTwentyMegapixel, kPhoneViewport);
  EXPECT_DOUBLE_EQ(next_zoom_step(l.fit, l, +1), l.fit * 1.5);
  EXPECT_DOUBLE_EQ(next_zoom_step(0.6, l, -1), 0.4);
  EXPECT_EQ(next_zoom_step(0.9, l, +1), l.max);
  EXPECT_EQ(next_zoom_step(l.fit * 1.2, l, -1), l.fit);
  EXPECT_EQ(next_zoom_step(0.9, l, 0), l.fit);  // the 0 key
  EXPECT_EQ(next_zoom_step(NAN, l, +1), l.fit);
  int steps = 0;
  for (double z = l.fit; z < l.max; z = next_zoom_step(z, l, +1)) ++steps;
  EXPECT_EQ(steps, 7);  // fit to 1:1 of a 20-megapixel photo on a phone
}

TEST(DoubleTapZoom, AtFitALandscapePhotoOnAPhoneFillsTheScreen) {
  const ZoomLevels l = zoom_levels(kLandscapePhoto, kPhoneViewport);
  EXPECT_DOUBLE_EQ(double_tap_zoom(l.fit, l), l.fill);
  EXPECT_EQ(double_tap_zoom(l.fill, l), l.fit);  // and back
}

TEST(DoubleTapZoom, APhotoThatNearlyFillsItStillDoubles) {
  const ZoomLevels l = zoom_levels(kTwentyMegapixel, kDesktopViewport);
  EXPECT_DOUBLE_EQ(double_tap_zoom(l.fit, l), 2 * l.fit);
}

TEST(DoubleTapZoom, NeverPastMax) {
  const ZoomLevels small = zoom_levels(kTinyImage, kDesktopViewport);  // fill 4.8, max 4
  EXPECT_EQ(double_tap_zoom(small.fit, small), small.max);
  const ZoomLevels flat = zoom_levels(kUnknownSize, kPhoneViewport);
  EXPECT_EQ(double_tap_zoom(1, flat), 1);
  EXPECT_EQ(double_tap_zoom(NAN, flat), 1);
}

}  // namespace pw
