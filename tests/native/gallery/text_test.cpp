#include "gallery/text.h"

#include <gtest/gtest.h>

namespace pw {
namespace {

const GalleryStrings& kVietnamese = default_gallery_strings(Language::vi);
const GalleryStrings& kEnglish = default_gallery_strings(Language::en);

// The second photo under "Một số hình ảnh tại Hội nghị".
const std::string kSeedCaption =
    "Đồng chí Lê Văn Bảo, UVBTVTU, Trưởng Ban Dân vận Tỉnh ủy phát biểu kết luận Hội nghị";

TEST(GalleryText, VietnameseNamesTheDialogAndEveryButton) {
  EXPECT_EQ(kVietnamese.dialog, "Xem ảnh");
  EXPECT_EQ(kVietnamese.previous, "Ảnh trước");
  EXPECT_EQ(kVietnamese.next, "Ảnh tiếp theo");
  EXPECT_EQ(kVietnamese.zoom_in, "Phóng to");
  EXPECT_EQ(kVietnamese.zoom_out, "Thu nhỏ");
  EXPECT_EQ(kVietnamese.close, "Đóng");
  EXPECT_EQ(kVietnamese.error, "Không tải được ảnh này");
  EXPECT_EQ(kVietnamese.loading, "Đang tải ảnh…");
}

TEST(GalleryText, EnglishIsTheAlternative) {
  EXPECT_EQ(kEnglish.dialog, "Photo viewer");
  EXPECT_EQ(kEnglish.previous, "Previous photo");
  EXPECT_EQ(kEnglish.next, "Next photo");
  EXPECT_EQ(kEnglish.zoom_in, "Zoom in");
  EXPECT_EQ(kEnglish.zoom_out, "Zoom out");
  EXPECT_EQ(kEnglish.close, "Close");
  EXPECT_EQ(kEnglish.error, "This photo could not be loaded");
  EXPECT_EQ(kEnglish.loading, "Loading photo…");
}

TEST(GalleryText, EveryDefaultTextIsFilledIn) {
  for (const GalleryStrings* strings : {&kVietnamese, &kEnglish}) {
    for (const std::string* text :
         {&strings->dialog, &strings->previous, &strings->next, &strings->zoom_in,
          &strings->zoom_out, &strings->close, &strings->counter, &strings->announcement,
          &strings->announcement_without_caption, &strings->error, &strings->loading}) {
      EXPECT_FALSE(text->empty());
    }
  }
}

TEST(GalleryText, TheCounterCountsFromOne) {
  EXPECT_EQ(gallery_counter(kVietnamese, 2, 10), "3 / 10");
  EXPECT_EQ(gallery_counter(kEnglish, 2, 10), "3 / 10");
  EXPECT_EQ(gallery_counter(kVietnamese, 0, 1), "1 / 1");
  EXPECT_EQ(gallery_counter(kVietnamese, 499, 500), "500 / 500");
}

TEST(GalleryText, TheCounterClampsAnIndexOutsideTheGallery) {
  EXPECT_EQ(gallery_counter(kVietnamese, 10, 10), "10 / 10");
  EXPECT_EQ(gallery_counter(kVietnamese, -4, 10), "1 / 10");
}

TEST(GalleryText, NothingIsCountedOrAnnouncedWithoutPhotos) {
  EXPECT_EQ(gallery_counter(kVietnamese, 0, 0), "");
  EXPECT_EQ(gallery_counter(kEnglish, 0, -1), "");
  EXPECT_EQ(gallery_announcement(kVietnamese, 0, 0, kSeedCaption), "");
}

TEST(GalleryText, AChangeOfPhotoIsAnnouncedWithItsCaption) {
  EXPECT_EQ(gallery_announcement(kVietnamese, 1, 10, kSeedCaption),
            "Ảnh 2 trên 10: " + kSeedCaption);
  EXPECT_EQ(gallery_announcement(kEnglish, 1, 10, kSeedCaption),
            "Photo 2 of 10: " + kSeedCaption);
}

TEST(GalleryText, APhotoWithoutCaptionIsAnnouncedByNumberAlone) {
  EXPECT_EQ(gallery_announcement(kVietnamese, 2, 10, ""), "Ảnh 3 trên 10");
  EXPECT_EQ(gallery_announcement(kEnglish, 2, 10, " \n "), "Photo 3 of 10");
}

TEST(GalleryText, CaptionsAreInsertedVerbatimAndNeverFilledIn) {
  EXPECT_EQ(gallery_announcement(kVietnamese, 0, 2, "<b>{n}</b> / {count} {caption}"),
            "Ảnh 1 trên 2: <b>{n}</b> / {count} {caption}");
}

TEST(GalleryText, AnnouncementsClampLikeTheCounter) {
  EXPECT_EQ(gallery_announcement(kVietnamese, 12, 10, "Quang cảnh Hội nghị"),
            "Ảnh 10 trên 10: Quang cảnh Hội nghị");
}

TEST(GalleryText, AnIntegratorsTemplatesAreFilledWherePlaceholdersStand) {
  GalleryStrings strings = kVietnamese;
  strings.counter = "Ảnh {n}/{count} ({n})";
  strings.announcement = "{caption} — {n}/{count}";
  strings.announcement_without_caption = "{count} ảnh, đang xem {n}";
  EXPECT_EQ(gallery_counter(strings, 3, 9), "Ảnh 4/9 (4)");
  EXPECT_EQ(gallery_announcement(strings, 3, 9, "Đại biểu"), "Đại biểu — 4/9");
  EXPECT_EQ(gallery_announcement(strings, 3, 9, ""), "9 ảnh, đang xem 4");
}

TEST(GalleryText, ABareImageWithoutAltIsNamedByItsCaptionElseByItsNumber) {
  EXPECT_EQ(gallery_thumbnail_name(kVietnamese, 1, kSeedCaption), kSeedCaption);
  EXPECT_EQ(gallery_thumbnail_name(kVietnamese, 2, ""), "Xem ảnh 3");
  EXPECT_EQ(gallery_thumbnail_name(kVietnamese, 2, " \t"), "Xem ảnh 3");  // a blank caption names nothing
  EXPECT_EQ(gallery_thumbnail_name(kEnglish, 0, ""), "Photo viewer 1");
}

TEST(GalleryText, TheLightboxLoadWarningSaysWhyAndWhatTheReaderGetsInstead) {
  EXPECT_EQ(gallery_lightbox_problem("/dist/portal-widgets-lightbox.0a1b2c3d4e5f.wasm answered HTTP 404"),
            "the lightbox could not load (/dist/portal-widgets-lightbox.0a1b2c3d4e5f.wasm answered HTTP 404); "
            "the photos open as plain links");
}

}  // namespace
}  // namespace pw
