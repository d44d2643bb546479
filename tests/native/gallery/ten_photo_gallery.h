#pragma once
// The gallery controller's test fixture, shared by the test files of its
// parts (controller, lightbox_phases, lightbox_zoom, lightbox_gesture_effects,
// lightbox_view): a ten-photo gallery read on a phone, and the checks they all use.
// One fixture class for all of them, as GoogleTest wants for one test suite.
#include "gallery/controller.h"
#include "gallery/slides.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace pw {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
inline constexpr double kInf = std::numeric_limits<double>::infinity();

// "Lễ hội đền Hùng" as a news site publishes it: ten 3:2 photos with a srcset
// (480w, 1024w, 2048w), thumbnails in a three-column grid, read on a phone
// (360 × 640 CSS px, dpr 2) whose lightbox keeps 120 px for buttons and caption.
class TenPhotoGallery : public ::testing::Test {
 protected:
  static constexpr double kOpenAt = 10'000;  // ms, when the reader taps a thumbnail
  static constexpr double kLater = 20'000;   // every animation has ended by then
  static constexpr double kSpacing = 360 + kGallerySlideGapPx;

  static GalleryViewport phone() { return {360, 640, 0, 120, 2}; }
  static GalleryViewport phone_turned() { return {640, 360, 0, 120, 2}; }

  static GalleryItem photo(int n) {
    GalleryItem item;
    const std::string base = "/anh/le-hoi-" + std::to_string(n);
    item.full_src = base + "-2048.jpg";
    item.candidates =
        parse_srcset(base + "-480.jpg 480w, " + base + "-1024.jpg 1024w, " + base + "-2048.jpg 2048w");
    item.thumb_src = base + "-240.jpg";
    item.caption = "Rước kiệu, ảnh " + std::to_string(n);
    item.aspect = 1.5;
    item.has_image = true;
    return item;
  }

  static std::vector<GalleryItem> photos(int count) {
    std::vector<GalleryItem> items;
    for (int i = 1; i <= count; ++i) items.push_back(photo(i));
    return items;
  }

  static GalleryRect thumbnail(int i) {
    return {20.0 + (i % 3) * 110, 100.0 + (i / 3) * 80, 100, 100 / 1.5};
  }

  static GalleryState gallery(GalleryOptions options = {}, int count = 10, bool reduced = false,
                              bool save_data = false) {
    return start_gallery(options, photos(count), reduced, save_data);
  }

  static void open(GalleryState& s, int i, double t = kOpenAt) {
    gallery_open(s, i, thumbnail(i), phone(), {}, t);
  }

  // Open at photo `i` (its full image decoded at 2048 × 1365) and settled.
  static GalleryState opened(int i = 2, GalleryOptions options = {}, int count = 10) {
    GalleryState s = gallery(options, count);
    open(s, i);
    gallery_image_loaded(s, i, 2048, 1365, kOpenAt + 100);
    gallery_frame(s, kOpenAt + 1000);
    return s;
  }

  static const GallerySlideView& slide_at(const GalleryView& v, int position) {
    for (const GallerySlideView& slide : v.slides) {
      if (slide.position == position) return slide;
    }
    ADD_FAILURE() << "no slide at position " << position;
    static const GallerySlideView none;
    return none;
  }
  static const GallerySlideView& current(const GalleryView& v) { return slide_at(v, 0); }

  static std::vector<int> slide_indexes(const GalleryView& v) {
    std::vector<int> out;
    for (const GallerySlideView& slide : v.slides) out.push_back(slide.index);
    return out;
  }

  static std::vector<int> preload_indexes_of(const GalleryView& v) {
    std::vector<int> out;
    for (const GalleryPreloadView& p : v.preload) out.push_back(p.index);
    return out;
  }

  // The point of the photo (in the slide's own px) under a point of the screen.
  static Point photo_point(const GallerySlideView& slide, Point screen) {
    return {(screen.x - slide.x) / slide.scale, (screen.y - slide.y) / slide.scale};
  }

  // One finger from `from` to `to` over `ms` in `steps` moves, lifted there unless told not.
  static void stroke(GalleryState& s, int id, Point from, Point to, double t0, double ms,
                     bool lift = true, bool mouse = false, int steps = 10) {
    gallery_pointer_down(s, id, {t0, from.x, from.y}, mouse);
    for (int k = 1; k <= steps; ++k) {
      const double f = static_cast<double>(k) / steps;
      gallery_pointer_move(s, id, {t0 + ms * f, from.x + (to.x - from.x) * f,
                                   from.y + (to.y - from.y) * f});
    }
    if (lift) gallery_pointer_up(s, id, {t0 + ms, to.x, to.y});
  }

  static void tap_at(GalleryState& s, Point at, double t, bool mouse = false) {
    gallery_pointer_down(s, 1, {t, at.x, at.y}, mouse);
    gallery_pointer_up(s, 1, {t + 60, at.x, at.y});
  }

  // Nothing unreadable, nothing out of range, never more than three slides.
  static void expect_readable(const GalleryView& v, const std::string& where = "") {
    SCOPED_TRACE(where);
    EXPECT_TRUE(std::isfinite(v.backdrop_opacity));
    EXPECT_GE(v.backdrop_opacity, 0);
    EXPECT_LE(v.backdrop_opacity, 1);
    EXPECT_TRUE(std::isfinite(v.wake_at_ms));
    if (v.count > 0) {
      EXPECT_GE(v.index, 0);
      EXPECT_LT(v.index, v.count);
    } else {
      EXPECT_EQ(v.index, 0);
    }
    EXPECT_LE(v.slides.size(), 3u);
    std::set<int> seen;
    for (const GallerySlideView& slide : v.slides) {
      EXPECT_TRUE(seen.insert(slide.index).second) << "photo " << slide.index << " twice";
      EXPECT_GE(slide.index, 0);
      EXPECT_LT(slide.index, v.count);
      for (double value : {slide.x, slide.y, slide.scale, slide.width, slide.height, slide.opacity}) {
        EXPECT_TRUE(std::isfinite(value));
      }
      EXPECT_GT(slide.scale, 0);
      EXPECT_GE(slide.width, 0);
      EXPECT_GE(slide.opacity, 0);
      EXPECT_LE(slide.opacity, 1);
    }
    for (const GalleryPreloadView& p : v.preload) {
      EXPECT_GE(p.index, 0);
      EXPECT_LT(p.index, v.count);
    }
  }

  // At rest: zoom within [fit, max] (the slide's scale counts from fit) and
  // the photo within its pan bounds.
  static void expect_at_rest_within_bounds(const GalleryState& s, const GalleryView& v,
                                           const std::string& where = "") {
    SCOPED_TRACE(where);
    if (v.phase != GalleryPhase::open) return;
    EXPECT_FALSE(v.animating);
    const GallerySlideView& slide = current(v);
    const ZoomLevels levels =
        zoom_levels(s.image, {s.viewport.width, s.viewport.height},
                    {s.viewport.padding_width, s.viewport.padding_height});
    EXPECT_GE(slide.scale, 1 - 1e-9);
    if (!slide.failed) {
      EXPECT_LE(slide.scale, levels.max / levels.fit * (1 + 1e-9));
    }
    const double on_screen_w = slide.width * slide.scale;
    const double on_screen_h = slide.height * slide.scale;
    const auto check_axis = [](double pos, double size, double view) {
      if (size <= view + 1e-6) {
        EXPECT_NEAR(pos, (view - size) / 2, 1e-6);
      } else {
        EXPECT_LE(pos, 1e-6);
        EXPECT_GE(pos, view - size - 1e-6);
      }
    };
    check_axis(slide.x, on_screen_w, s.viewport.width);
    check_axis(slide.y, on_screen_h, s.viewport.height);
  }
};

}  // namespace pw
