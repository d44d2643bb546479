#include "carousel/text.h"

#include <gtest/gtest.h>

namespace pw {
namespace {

const CarouselStrings& kVietnamese = default_carousel_strings(Language::vi);
const CarouselStrings& kEnglish = default_carousel_strings(Language::en);

TEST(CarouselText, VietnameseNamesTheRegionRolesAndButtons) {
  EXPECT_EQ(kVietnamese.region, "Các tin khác");
  EXPECT_EQ(kVietnamese.region_role, "băng chuyền");
  EXPECT_EQ(kVietnamese.slide_role, "tin");
  EXPECT_EQ(kVietnamese.previous, "Tin trước");
  EXPECT_EQ(kVietnamese.next, "Tin tiếp theo");
}

TEST(CarouselText, EnglishIsTheAlternative) {
  EXPECT_EQ(kEnglish.region_role, "carousel");
  EXPECT_EQ(kEnglish.slide_role, "slide");
  EXPECT_EQ(kEnglish.previous, "Previous");
  EXPECT_EQ(kEnglish.next, "Next");
}

TEST(CarouselText, EveryDefaultTextIsFilledIn) {
  for (const CarouselStrings* strings : {&kVietnamese, &kEnglish}) {
    for (const std::string* text :
         {&strings->region, &strings->region_role, &strings->slide_role, &strings->slide_label,
          &strings->previous, &strings->next, &strings->pagination, &strings->page_button,
          &strings->position_one, &strings->position_range, &strings->stop_autoplay,
          &strings->start_autoplay}) {
      EXPECT_FALSE(text->empty());
    }
  }
}

TEST(CarouselText, SlideLabelsReadTheSameInBothLanguages) {
  EXPECT_EQ(slide_label(kVietnamese, 3, 8), "3 / 8");
  EXPECT_EQ(slide_label(kEnglish, 3, 8), "3 / 8");
}

TEST(CarouselText, PageButtonsSayWhichPageOfHowMany) {
  EXPECT_EQ(page_button_label(kVietnamese, 2, 4), "Trang 2/4");
  EXPECT_EQ(page_button_label(kEnglish, 2, 4), "Page 2 of 4");
}

TEST(CarouselText, ThePositionAnnouncementGivesTheRangeInView) {
  EXPECT_EQ(announce_position(kVietnamese, 3, 5, 8), "Tin 3–5 trên 8");
  EXPECT_EQ(announce_position(kEnglish, 3, 5, 8), "Items 3–5 of 8");
}

TEST(CarouselText, OneCardInViewIsAnnouncedAlone) {
  EXPECT_EQ(announce_position(kVietnamese, 3, 3, 8), "Tin 3 trên 8");
  EXPECT_EQ(announce_position(kEnglish, 3, 3, 8), "Item 3 of 8");
}

TEST(CarouselText, OutOfRangeOrSwappedNumbersAreClampedAndOrdered) {
  EXPECT_EQ(announce_position(kVietnamese, 7, 2, 8), "Tin 2–7 trên 8");
  EXPECT_EQ(announce_position(kVietnamese, 0, 12, 8), "Tin 1–8 trên 8");
  EXPECT_EQ(announce_position(kVietnamese, 5, 9, 1), "Tin 1 trên 1");
}

TEST(CarouselText, NothingIsAnnouncedWithoutCards) {
  EXPECT_EQ(announce_position(kVietnamese, 1, 1, 0), "");
  EXPECT_EQ(announce_position(kEnglish, 1, 1, -3), "");
}

TEST(CarouselText, AnIntegratorsTemplatesAreFilledWherePlaceholdersStand) {
  CarouselStrings strings = kVietnamese;
  strings.slide_label = "Tin {n} ({n}) trong {count}";
  strings.page_button = "{pages} trang, đang ở {page}";
  strings.position_range = "{count}: {n}";
  EXPECT_EQ(slide_label(strings, 4, 9), "Tin 4 (4) trong 9");
  EXPECT_EQ(page_button_label(strings, 1, 3), "3 trang, đang ở 1");
  EXPECT_EQ(announce_position(strings, 1, 4, 9), "9: 1–4");
}

}  // namespace
}  // namespace pw
