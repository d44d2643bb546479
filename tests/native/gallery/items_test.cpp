#include "gallery/items.h"
#include "gallery/srcset.h"

#include <gtest/gtest.h>

#include <climits>
#include <cmath>
#include <set>
#include <string>

namespace pw {
namespace {

std::vector<int> as_vector(const PreloadList& list) { return {list.begin(), list.end()}; }

// The candidates as srcset text, to compare with what the page wrote.
std::string srcset_text(const std::vector<SrcsetCandidate>& candidates) {
  std::string text;
  for (const SrcsetCandidate& candidate : candidates) {
    if (!text.empty()) text += ", ";
    text += candidate.url + " ";
    text += candidate.width > 0 ? std::to_string(static_cast<long long>(candidate.width)) + "w"
                                : std::to_string(candidate.density) + "x";
  }
  return text;
}

GalleryItemMarkup seed_photo(int n, const char* caption, const char* alt, double width,
                             double height) {
  const std::string number = (n < 10 ? "0" : "") + std::to_string(n);
  GalleryItemMarkup markup;
  markup.link_href = "/photos/hoi-nghi-" + number + ".jpg";
  markup.img_src = "/photos/hoi-nghi-" + number + "-thumb.jpg";
  markup.figcaption = caption;
  markup.alt = alt;
  markup.thumb_width = width;
  markup.thumb_height = height;
  return markup;
}

// The 10 photos under "Một số hình ảnh tại Hội nghị" (web/demo/index.html).
const std::vector<GalleryItemMarkup> kSeedConferencePhotos{
    seed_photo(1, "Quang cảnh Hội nghị", "Ảnh 1: hội trường Hội nghị nhìn từ cuối phòng", 400, 267),
    seed_photo(2,
               "Đồng chí Lê Văn Bảo, UVBTVTU, Trưởng Ban Dân vận Tỉnh ủy phát biểu kết luận Hội nghị",
               "Ảnh 2: đồng chí Lê Văn Bảo tại bục phát biểu", 400, 267),
    seed_photo(3, "Đồng chí Võ Ngọc Thanh, Trưởng Ban Dân tộc tỉnh phát biểu tại Hội nghị",
               "Ảnh 3: đồng chí Võ Ngọc Thanh tại bàn chủ tọa", 267, 400),
    seed_photo(4, "Đại biểu tham dự Hội nghị", "Ảnh 4: các đại biểu ngồi dự Hội nghị", 267, 400),
    seed_photo(5, "Toàn cảnh hội trường", "Ảnh 5: toàn cảnh hội trường chụp ngang", 400, 133),
    seed_photo(6, "Ký kết chương trình phối hợp năm 2022", "Ảnh 6: lãnh đạo hai cơ quan ký văn bản",
               400, 400),
    seed_photo(7, "Lãnh đạo Ban Dân vận Tỉnh ủy và Ban Dân tộc tỉnh trao văn bản ký kết",
               "Ảnh 7: lãnh đạo hai cơ quan bắt tay sau khi ký", 400, 225),
    seed_photo(8, "Đại diện phòng Dân tộc các huyện phát biểu ý kiến",
               "Ảnh 8: đại biểu cấp huyện phát biểu tại chỗ", 400, 300),
    seed_photo(9, "Đại biểu thảo luận tại Hội nghị", "Ảnh 9: đại biểu trao đổi bên lề Hội nghị", 320,
               400),
    seed_photo(10, "Các đại biểu chụp ảnh lưu niệm", "Ảnh 10: các đại biểu đứng chụp ảnh chung", 400,
               300),
};

// A lazy-loading WordPress plugin before it has run: a 1×1 gif in src, the
// real sources in data-src and data-srcset, the link to the attachment page.
const GalleryItemMarkup kWordPressLazyPhoto{
    "https://sbdt.vn/2022/02/hoi-nghi/hoi-nghi-01/",
    "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7",
    "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01-300x200.jpg",
    "",
    "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01-300x200.jpg 300w, "
    "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01-1024x683.jpg 1024w, "
    "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01.jpg 2048w",
    "Quang cảnh Hội nghị",
    "",
    "",
    300,
    200,
    0,
    0};

// The same markup after the plugin has run: sources moved into src/srcset.
const GalleryItemMarkup kWordPressLoadedPhoto{
    "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01.jpg",
    "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01-300x200.jpg",
    "",
    "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01-300x200.jpg 300w, "
    "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01-1024x683.jpg 1024w, "
    "/wp-content/uploads/2022/02/hoi-nghi-01.jpg 2048w",
    "",
    "Quang cảnh Hội nghị",
    "",
    "",
    300,
    200,
    2048,
    1365};

// A SharePoint rich-text field: a bare img, resized by the page, no caption
// but its alt text, no link.
const GalleryItemMarkup kSharePointBareImage{
    "",
    "/SiteAssets/Lists/TinTuc/Attachments/1523/hoi-nghi-05.jpg?RenditionID=5",
    "",
    "",
    "",
    "",
    "",
    "  Toàn cảnh\n  hội trường  ",
    600,
    200,
    0,
    0};

TEST(GalleryItems, SeedPhotosOpenTheLinkedFullImageWithTheThumbnailStandingIn) {
  ASSERT_EQ(kSeedConferencePhotos.size(), 10u);
  const GalleryItem first = gallery_item(kSeedConferencePhotos[0]);
  EXPECT_TRUE(first.has_image);
  EXPECT_EQ(first.full_src, "/photos/hoi-nghi-01.jpg");
  EXPECT_EQ(first.thumb_src, "/photos/hoi-nghi-01-thumb.jpg");
  EXPECT_TRUE(first.candidates.empty());
  EXPECT_EQ(first.caption, "Quang cảnh Hội nghị");
  EXPECT_DOUBLE_EQ(first.aspect, 400.0 / 267);
  for (const GalleryItemMarkup& markup : kSeedConferencePhotos) {
    const GalleryItem item = gallery_item(markup);
    EXPECT_EQ(item.full_src, markup.link_href);
    EXPECT_EQ(item.caption, markup.figcaption);
    EXPECT_GT(item.aspect, 0);
  }
  EXPECT_DOUBLE_EQ(gallery_item(kSeedConferencePhotos[2]).aspect, 267.0 / 400);
  EXPECT_DOUBLE_EQ(gallery_item(kSeedConferencePhotos[5]).aspect, 1);
}

TEST(GalleryItems, LazyWordPressMarkupTakesTheLargestDataSrcsetCandidate) {
  const GalleryItem item = gallery_item(kWordPressLazyPhoto);
  EXPECT_TRUE(item.has_image);
  // The link goes to the attachment page, so the image's own sources decide.
  EXPECT_EQ(item.full_src, "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01.jpg");
  EXPECT_EQ(srcset_text(item.candidates),
            "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01-300x200.jpg 300w, "
            "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01-1024x683.jpg 1024w, "
            "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01.jpg 2048w");
  // The thumbnail is what the loader will show, not its 1×1 placeholder.
  EXPECT_EQ(item.thumb_src, "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01-300x200.jpg");
  EXPECT_DOUBLE_EQ(item.aspect, 1.5);
}

TEST(GalleryItems, ThePlaceholderGifLosesToDataSrc) {
  GalleryItemMarkup markup = kWordPressLazyPhoto;
  markup.link_href = "";
  markup.img_data_srcset = "";
  const GalleryItem item = gallery_item(markup);
  EXPECT_EQ(item.full_src, "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01-300x200.jpg");
  EXPECT_EQ(item.thumb_src, item.full_src);
}

TEST(GalleryItems, LoadedWordPressMarkupKeepsTheSrcsetThatNamesTheLinkedFile) {
  const GalleryItem item = gallery_item(kWordPressLoadedPhoto);
  EXPECT_EQ(item.full_src, "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01.jpg");
  // The 2048w candidate is the linked file written root-relative, so the srcset
  // describes the full image and zooming may pick from it.
  EXPECT_FALSE(item.candidates.empty());
  EXPECT_EQ(item.thumb_src, "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01-300x200.jpg");
  EXPECT_DOUBLE_EQ(item.aspect, 2048.0 / 1365);
}

TEST(GalleryItems, AThumbnailOnlySrcsetIsDroppedWhenTheLinkIsTheFullImage) {
  GalleryItemMarkup markup = kSeedConferencePhotos[0];
  markup.img_srcset = "/photos/hoi-nghi-01-thumb.jpg 400w, /photos/hoi-nghi-01-thumb@2x.jpg 800w";
  const GalleryItem item = gallery_item(markup);
  EXPECT_EQ(item.full_src, "/photos/hoi-nghi-01.jpg");
  EXPECT_TRUE(item.candidates.empty());
}

TEST(GalleryItems, ARelativeCandidateMatchesTheAbsoluteLink) {
  GalleryItemMarkup markup;
  markup.link_href = "https://tinh.gov.vn/photos/2022/hoi-nghi-02.jpg";
  markup.img_srcset = "hoi-nghi-02-thumb.jpg 400w, hoi-nghi-02.jpg 1600w";
  EXPECT_FALSE(gallery_item(markup).candidates.empty());
  markup.img_srcset = "hoi-nghi-02-thumb.jpg 400w, other-hoi-nghi-02.jpg 1600w";
  EXPECT_TRUE(gallery_item(markup).candidates.empty());
}

TEST(GalleryItems, SharePointBareImageIsItsOwnFullImage) {
  const GalleryItem item = gallery_item(kSharePointBareImage);
  EXPECT_TRUE(item.has_image);
  EXPECT_EQ(item.full_src, "/SiteAssets/Lists/TinTuc/Attachments/1523/hoi-nghi-05.jpg?RenditionID=5");
  EXPECT_EQ(item.thumb_src, item.full_src);
  EXPECT_TRUE(item.candidates.empty());
  EXPECT_EQ(item.caption, "Toàn cảnh hội trường");
  EXPECT_DOUBLE_EQ(item.aspect, 3);
}

TEST(GalleryItems, ALinkToAnArticleLeavesTheImagesOwnSourceAsTheFullImage) {
  for (const char* page :
       {"/tin-tuc/hoi-nghi-tong-ket-2021.html", "/Pages/TinTuc.aspx?ID=1523", "/tin-tuc/",
        "https://tinh.gov.vn", "?p=1523", "#", "/chi-tiet.php?id=7#anh"}) {
    GalleryItemMarkup markup = kSeedConferencePhotos[3];
    markup.link_href = page;
    const GalleryItem item = gallery_item(markup);
    EXPECT_EQ(item.full_src, "/photos/hoi-nghi-04-thumb.jpg") << page;
    EXPECT_EQ(item.thumb_src, "/photos/hoi-nghi-04-thumb.jpg") << page;
  }
}

TEST(GalleryItems, AnImageHandlerLinkWithoutExtensionLosesToTheImg) {
  GalleryItemMarkup markup = kSeedConferencePhotos[4];
  markup.link_href = "/GetImage.ashx?id=5";
  EXPECT_EQ(gallery_item(markup).full_src, "/photos/hoi-nghi-05-thumb.jpg");
}

TEST(GalleryItems, WithoutAnImgALinkThatIsNotAPageIsTheLastResort) {
  GalleryItemMarkup markup;
  for (const char* page : {"/Picture.aspx?ID=5", "/tin-tuc/bai-viet.html", "/tin-tuc/",
                           "https://tinh.gov.vn", "?attachment_id=12", "#", "/bao-cao.PDF"}) {
    markup.link_href = page;
    EXPECT_FALSE(gallery_item(markup).has_image) << page;
  }
  markup.link_href = "/GetImage.ashx?id=5";
  GalleryItem item = gallery_item(markup);
  EXPECT_TRUE(item.has_image);
  EXPECT_EQ(item.full_src, "/GetImage.ashx?id=5");
  EXPECT_EQ(item.thumb_src, "/GetImage.ashx?id=5");
  markup.link_href = "/photos/hoi-nghi-01.jpg";  // a text link "Ảnh" to the photo
  item = gallery_item(markup);
  EXPECT_EQ(item.full_src, "/photos/hoi-nghi-01.jpg");
  EXPECT_EQ(item.aspect, 0);
}

TEST(GalleryItems, ImageLinksAreRecognisedByExtensionInAnyCaseWithQueriesAndFragments) {
  EXPECT_TRUE(looks_like_image_url("/photos/hoi-nghi-01.JPG"));
  EXPECT_TRUE(looks_like_image_url("https://cdn.tinh.gov.vn/a/b.webp?v=3#top"));
  EXPECT_TRUE(looks_like_image_url("//cdn.tinh.gov.vn/a/b.avif"));
  EXPECT_TRUE(looks_like_image_url("anh.jpeg"));
  EXPECT_TRUE(looks_like_image_url("data:image/png;base64,iVBORw0KGgo="));
  EXPECT_FALSE(looks_like_image_url("/photos/hoi-nghi-01.jpg.html"));
  EXPECT_FALSE(looks_like_image_url("/view?file=anh.jpg"));
  EXPECT_FALSE(looks_like_image_url("https://anh.jpg"));  // a host, not a file
  EXPECT_FALSE(looks_like_image_url("/photos/"));
  EXPECT_FALSE(looks_like_image_url(""));
}

TEST(GalleryItems, AJavascriptHrefIsNeverTheFullImage) {
  for (const char* script : {"javascript:void(0)", "JavaScript:openPhoto(1)", "  javascript:x()",
                             "java\nscript:alert(1)", "\tjava\tscript:alert(1).jpg",
                             "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>"}) {
    GalleryItemMarkup markup = kSeedConferencePhotos[1];
    markup.link_href = script;
    const GalleryItem item = gallery_item(markup);
    EXPECT_EQ(item.full_src, "/photos/hoi-nghi-02-thumb.jpg") << script;
    markup.img_src = script;
    EXPECT_FALSE(gallery_item(markup).has_image) << script;
    EXPECT_EQ(gallery_item(markup).full_src, "") << script;
    EXPECT_EQ(gallery_item(markup).thumb_src, "") << script;
  }
}

TEST(GalleryItems, UnsafeSrcsetCandidatesAreDroppedFromTheSrcset) {
  GalleryItemMarkup markup;
  markup.img_srcset = "javascript:alert(1) 4000w, /anh-800.jpg 800w, data:text/html,x 2000w";
  const GalleryItem item = gallery_item(markup);
  EXPECT_EQ(item.full_src, "/anh-800.jpg");
  EXPECT_EQ(srcset_text(item.candidates), "/anh-800.jpg 800w");
}

// Found by gallery_item_fuzz when the candidates were written back into a
// srcset text: trimming "\x01,javascript:…" left a URL that starts with a
// comma, and the comma split it into an unvetted javascript: URL.
TEST(GalleryItems, CandidatesThatTrimmingLeavesWithAnEdgeCommaAreDropped) {
  GalleryItemMarkup markup;
  markup.img_srcset = std::string("\x01,javascript:alert(1) 4000w, /anh-800.jpg,\x01 2x, ") +
                      "/anh-1200.jpg 1200w";
  const GalleryItem item = gallery_item(markup);
  EXPECT_EQ(srcset_text(item.candidates), "/anh-1200.jpg 1200w");
  EXPECT_EQ(item.full_src, "/anh-1200.jpg");
  for (const SrcsetCandidate& candidate : item.candidates) {
    EXPECT_EQ(vetted_image_url(candidate.url), candidate.url);
  }
}

TEST(GalleryItems, UrlsAreVettedAsBrowsersReadThem) {
  EXPECT_EQ(vetted_image_url("  /photos/a.jpg\n"), "/photos/a.jpg");
  EXPECT_EQ(vetted_image_url("/photos/\ta\n.jpg"), "/photos/a.jpg");
  EXPECT_EQ(vetted_image_url("HTTPS://tinh.gov.vn/a.jpg"), "HTTPS://tinh.gov.vn/a.jpg");
  EXPECT_EQ(vetted_image_url("//cdn.tinh.gov.vn/a.jpg"), "//cdn.tinh.gov.vn/a.jpg");
  EXPECT_EQ(vetted_image_url("anh.jpg"), "anh.jpg");
  EXPECT_EQ(vetted_image_url("/a:b/c.jpg"), "/a:b/c.jpg");
  EXPECT_EQ(vetted_image_url("Data:Image/GIF;base64,R0lGOD"), "Data:Image/GIF;base64,R0lGOD");
  EXPECT_EQ(vetted_image_url(" \n\t "), "");
  EXPECT_EQ(vetted_image_url(""), "");
  EXPECT_EQ(vetted_image_url("data:,hello"), "");
  EXPECT_EQ(vetted_image_url("file:///C:/anh.jpg"), "");
  EXPECT_EQ(vetted_image_url("\x01javascript:alert(1)"), "");
}

TEST(GalleryItems, WhitespaceOnlySourcesAreIgnored) {
  GalleryItemMarkup markup;
  markup.link_href = "   ";
  markup.img_data_src = "\n\t";
  markup.img_data_srcset = "  ,  ";
  markup.img_src = "/photos/hoi-nghi-07-thumb.jpg";
  const GalleryItem item = gallery_item(markup);
  EXPECT_EQ(item.full_src, "/photos/hoi-nghi-07-thumb.jpg");
  EXPECT_EQ(item.thumb_src, "/photos/hoi-nghi-07-thumb.jpg");
}

TEST(GalleryItems, DataSrcsetWinsOverThePlaceholderSrcsetOfALazyLoader) {
  GalleryItemMarkup markup;
  markup.img_srcset = "data:image/gif;base64,R0lGODlhAQABAAAAACw= 1w";
  markup.img_data_srcset = "/anh-400.jpg 400w, /anh-1600.jpg 1600w";
  const GalleryItem item = gallery_item(markup);
  EXPECT_EQ(item.full_src, "/anh-1600.jpg");
  EXPECT_EQ(item.thumb_src, "/anh-400.jpg");
}

TEST(GalleryItems, AnImgWithOnlyAPlaceholderStillShowsIt) {
  GalleryItemMarkup markup;
  markup.img_src = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
  const GalleryItem item = gallery_item(markup);
  EXPECT_TRUE(item.has_image);
  EXPECT_EQ(item.full_src, "data:image/gif;base64,R0lGODlhAQABAAAAACw=");
}

TEST(GalleryItems, EmptyMarkupHasNoImage) {
  const GalleryItem item = gallery_item(GalleryItemMarkup{});
  EXPECT_FALSE(item.has_image);
  EXPECT_EQ(item.full_src, "");
  EXPECT_EQ(item.thumb_src, "");
  EXPECT_EQ(item.caption, "");
  EXPECT_EQ(item.aspect, 0);
}

TEST(GalleryItems, TheCaptionIsTheFirstThatIsNotBlank) {
  GalleryItemMarkup markup = kSeedConferencePhotos[0];
  markup.data_caption = "Chú thích từ data-pw-caption";
  EXPECT_EQ(gallery_item(markup).caption, "Quang cảnh Hội nghị");
  markup.figcaption = " \u00a0\n ";  // an empty figcaption as editors leave it
  EXPECT_EQ(gallery_item(markup).caption, "Chú thích từ data-pw-caption");
  markup.data_caption = "\t";
  EXPECT_EQ(gallery_item(markup).caption, "Ảnh 1: hội trường Hội nghị nhìn từ cuối phòng");
  markup.alt = "";
  EXPECT_EQ(gallery_item(markup).caption, "");
}

TEST(GalleryItems, CaptionWhitespaceIsCollapsedAndTrimmed) {
  GalleryItemMarkup markup;
  markup.figcaption = "\n   Đồng chí\u00a0\u00a0Lê Văn Bảo,\t\tUVBTVTU\r\n phát biểu   ";
  EXPECT_EQ(gallery_item(markup).caption, "Đồng chí Lê Văn Bảo, UVBTVTU phát biểu");
}

TEST(GalleryItems, CaptionsThatLookLikeHtmlAreKeptVerbatimAsText) {
  GalleryItemMarkup markup;
  markup.figcaption = "<b>Đại biểu</b> &amp; <img src=x onerror=alert(1)> {caption}";
  EXPECT_EQ(gallery_item(markup).caption,
            "<b>Đại biểu</b> &amp; <img src=x onerror=alert(1)> {caption}");
  markup.figcaption = "";
  markup.data_caption = "<script>alert('xss')</script>";
  EXPECT_EQ(gallery_item(markup).caption, "<script>alert('xss')</script>");
}

TEST(GalleryItems, DeclaredSizeBeatsTheThumbnailsAspect) {
  GalleryItemMarkup markup = kSeedConferencePhotos[5];  // square thumbnail
  markup.declared_width = 5472;                          // a 20-megapixel original
  markup.declared_height = 3648;
  EXPECT_DOUBLE_EQ(gallery_item(markup).aspect, 1.5);
}

TEST(GalleryItems, UnusableSizesLeaveTheAspectUnknownOrToTheThumbnail) {
  GalleryItemMarkup markup = kSeedConferencePhotos[6];
  markup.declared_width = 1600;  // a width without a height says nothing
  EXPECT_DOUBLE_EQ(gallery_item(markup).aspect, 400.0 / 225);
  markup.declared_height = NAN;
  EXPECT_DOUBLE_EQ(gallery_item(markup).aspect, 400.0 / 225);
  markup.thumb_width = 0;
  EXPECT_EQ(gallery_item(markup).aspect, 0);
  markup.thumb_width = -400;
  markup.thumb_height = 225;
  EXPECT_EQ(gallery_item(markup).aspect, 0);
  markup.thumb_width = INFINITY;
  EXPECT_EQ(gallery_item(markup).aspect, 0);
  markup.thumb_width = 1e-300;
  markup.thumb_height = 1e300;
  EXPECT_EQ(gallery_item(markup).aspect, 0);
}

TEST(GalleryIndexes, WrapBothWays) {
  EXPECT_EQ(wrap_index(0, 10), 0);
  EXPECT_EQ(wrap_index(9, 10), 9);
  EXPECT_EQ(wrap_index(10, 10), 0);
  EXPECT_EQ(wrap_index(-1, 10), 9);
  EXPECT_EQ(wrap_index(-11, 10), 9);
  EXPECT_EQ(wrap_index(25, 10), 5);
  EXPECT_EQ(wrap_index(500, 500), 0);
  EXPECT_EQ(wrap_index(-1, 500), 499);
}

TEST(GalleryIndexes, WrapOfAnEmptyOrSingleGalleryIsZero) {
  EXPECT_EQ(wrap_index(3, 0), 0);
  EXPECT_EQ(wrap_index(-3, 0), 0);
  EXPECT_EQ(wrap_index(3, -5), 0);
  EXPECT_EQ(wrap_index(7, 1), 0);
  EXPECT_EQ(wrap_index(-7, 1), 0);
}

TEST(GalleryIndexes, WrapSurvivesExtremeIntegers) {
  EXPECT_EQ(wrap_index(INT_MIN, 10), 2);  // -2147483648 = -214748365 × 10 + 2
  EXPECT_EQ(wrap_index(INT_MAX, 10), 7);
  EXPECT_EQ(wrap_index(INT_MIN, INT_MAX), INT_MAX - 1);
  EXPECT_EQ(wrap_index(-1, INT_MAX), INT_MAX - 1);
}

TEST(GalleryPreload, NextThenPreviousThenTheOneAfterNext) {
  EXPECT_EQ(as_vector(preload_indexes(4, 10, false)), (std::vector<int>{5, 3, 6}));
}

TEST(GalleryPreload, WrapsAroundTheEnds) {
  EXPECT_EQ(as_vector(preload_indexes(0, 10, false)), (std::vector<int>{1, 9, 2}));
  EXPECT_EQ(as_vector(preload_indexes(9, 10, false)), (std::vector<int>{0, 8, 1}));
  EXPECT_EQ(as_vector(preload_indexes(499, 500, false)), (std::vector<int>{0, 498, 1}));
  EXPECT_EQ(as_vector(preload_indexes(-1, 10, false)), (std::vector<int>{0, 8, 1}));
}

TEST(GalleryPreload, SmallGalleriesGetNoRepeatsAndNeverTheCurrentPhoto) {
  EXPECT_EQ(as_vector(preload_indexes(0, 0, false)), std::vector<int>{});
  EXPECT_EQ(as_vector(preload_indexes(0, 1, false)), std::vector<int>{});
  EXPECT_EQ(as_vector(preload_indexes(0, 2, false)), std::vector<int>{1});
  EXPECT_EQ(as_vector(preload_indexes(1, 2, false)), std::vector<int>{0});
  EXPECT_EQ(as_vector(preload_indexes(0, 3, false)), (std::vector<int>{1, 2}));
  EXPECT_EQ(as_vector(preload_indexes(2, 3, false)), (std::vector<int>{0, 1}));
}

TEST(GalleryPreload, SavingDataPreloadsNothing) {
  EXPECT_EQ(as_vector(preload_indexes(4, 10, true)), std::vector<int>{});
  EXPECT_EQ(as_vector(preload_indexes(0, 500, true)), std::vector<int>{});
}

TEST(GalleryPreload, AtMostThreeDistinctNeighboursInAGalleryOf500) {
  for (int current = 0; current < 500; ++current) {
    const std::vector<int> indexes = as_vector(preload_indexes(current, 500, false));
    ASSERT_EQ(indexes.size(), 3u);
    const std::set<int> distinct(indexes.begin(), indexes.end());
    EXPECT_EQ(distinct.size(), 3u);
    for (int index : indexes) {
      EXPECT_GE(index, 0);
      EXPECT_LT(index, 500);
      EXPECT_NE(index, current);
    }
  }
}

TEST(GalleryDeepLink, OpensThePhotoNumberedFromOne) {
  EXPECT_EQ(deep_link_index("#anh-3", 10), 2);
  EXPECT_EQ(deep_link_index("#anh-1", 10), 0);
  EXPECT_EQ(deep_link_index("#anh-10", 10), 9);
  EXPECT_EQ(deep_link_index("anh-3", 10), 2);
  EXPECT_EQ(deep_link_index("#anh-500", 500), 499);
  EXPECT_EQ(deep_link_index("#anh-9999", 9999), 9998);
}

TEST(GalleryDeepLink, RejectsNumbersOutsideTheGallery) {
  EXPECT_EQ(deep_link_index("#anh-0", 10), -1);
  EXPECT_EQ(deep_link_index("#anh-11", 10), -1);
  EXPECT_EQ(deep_link_index("#anh-1", 0), -1);
  EXPECT_EQ(deep_link_index("#anh-1", -1), -1);
}

TEST(GalleryDeepLink, RejectsAnythingButPlainShortNumbers) {
  for (const char* fragment :
       {"#anh-03", "#anh-x", "#anh-", "#anh", "#anh--3", "#anh-+3", "#anh-3 ", "#anh-3a",
        "#anh-3.0", "#anh-10000", "#anh-99999999999", "#ANH-3", "#anh_3", "##anh-3", "#tin-3", "#",
        "", "#anh-٣"}) {
    EXPECT_EQ(deep_link_index(fragment, 10000), -1) << fragment;
  }
}

TEST(GalleryDeepLink, FragmentsRoundTrip) {
  EXPECT_EQ(deep_link_fragment(2), "#anh-3");
  EXPECT_EQ(deep_link_fragment(0), "#anh-1");
  EXPECT_EQ(deep_link_fragment(499), "#anh-500");
  for (int index : {0, 1, 9, 99, 499, 9998}) {
    EXPECT_EQ(deep_link_index(deep_link_fragment(index), 9999), index);
  }
}

TEST(GalleryDeepLink, NoFragmentForAnIndexNoLinkCanName) {
  EXPECT_EQ(deep_link_fragment(-1), "");
  EXPECT_EQ(deep_link_fragment(9999), "");
  EXPECT_EQ(deep_link_fragment(INT_MAX), "");
}

}  // namespace
}  // namespace pw
