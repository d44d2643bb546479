#include "gallery/srcset.h"

#include <gtest/gtest.h>

#include <cmath>

namespace pw {
namespace {

// As WordPress writes it for a 2048-pixel upload.
constexpr const char* kWordPressSrcset =
    "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01-300x200.jpg 300w, "
    "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01-768x512.jpg 768w, "
    "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01-1024x683.jpg 1024w, "
    "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01.jpg 2048w";

// Resized by an image handler through the query string, in no particular order.
constexpr const char* kHandlerSrcset =
    "/ImageHandler.ashx?file=hoi-nghi-05.jpg&w=1600 1600w,"
    "/ImageHandler.ashx?file=hoi-nghi-05.jpg&w=400 400w,"
    "/ImageHandler.ashx?file=hoi-nghi-05.jpg&w=800 800w";

constexpr const char* kDensitySrcset = "/photos/hoi-nghi-06.jpg, /photos/hoi-nghi-06@2x.jpg 2x, "
                                       "/photos/hoi-nghi-06@3x.jpg 3x";

const std::vector<SrcsetCandidate> kWordPress = parse_srcset(kWordPressSrcset);
const std::vector<SrcsetCandidate> kHandler = parse_srcset(kHandlerSrcset);
const std::vector<SrcsetCandidate> kDensities = parse_srcset(kDensitySrcset);

TEST(Srcset, ReadsWidthCandidatesInOrder) {
  ASSERT_EQ(kWordPress.size(), 4u);
  EXPECT_EQ(kWordPress[0].url, "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01-300x200.jpg");
  EXPECT_EQ(kWordPress[0].width, 300);
  EXPECT_EQ(kWordPress[0].density, 0);
  EXPECT_EQ(kWordPress[3].url, "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01.jpg");
  EXPECT_EQ(kWordPress[3].width, 2048);
}

TEST(Srcset, KeepsQueryStringsAndNeedsNoSpaceAfterCommas) {
  ASSERT_EQ(kHandler.size(), 3u);
  EXPECT_EQ(kHandler[0].url, "/ImageHandler.ashx?file=hoi-nghi-05.jpg&w=1600");
  EXPECT_EQ(kHandler[1].url, "/ImageHandler.ashx?file=hoi-nghi-05.jpg&w=400");
  EXPECT_EQ(kHandler[2].width, 800);
}

TEST(Srcset, ACandidateWithoutDescriptorIsOneX) {
  ASSERT_EQ(kDensities.size(), 3u);
  EXPECT_EQ(kDensities[0].url, "/photos/hoi-nghi-06.jpg");
  EXPECT_EQ(kDensities[0].density, 1);
  EXPECT_EQ(kDensities[0].width, 0);
  EXPECT_EQ(kDensities[2].density, 3);
}

TEST(Srcset, ReadsDensitiesAsHtmlFloatingPointNumbers) {
  const auto candidates = parse_srcset("a.jpg 1.5x, b.jpg .75x, c.jpg 2e0x, d.jpg 25E-1x");
  ASSERT_EQ(candidates.size(), 4u);
  EXPECT_DOUBLE_EQ(candidates[0].density, 1.5);
  EXPECT_DOUBLE_EQ(candidates[1].density, 0.75);
  EXPECT_DOUBLE_EQ(candidates[2].density, 2);
  EXPECT_DOUBLE_EQ(candidates[3].density, 2.5);
}

TEST(Srcset, ToleratesExtraWhitespaceAndStrayCommas) {
  const auto candidates =
      parse_srcset("  \n\t a.jpg \t 400w \n ,,  , b.jpg\t800w  ,\n c.jpg   1200w , ");
  ASSERT_EQ(candidates.size(), 3u);
  EXPECT_EQ(candidates[0].url, "a.jpg");
  EXPECT_EQ(candidates[1].url, "b.jpg");
  EXPECT_EQ(candidates[2].url, "c.jpg");
  EXPECT_EQ(candidates[2].width, 1200);
}

TEST(Srcset, ACommaRightAfterAUrlEndsThatCandidate) {
  const auto candidates = parse_srcset("a.jpg, b.jpg 2x");
  ASSERT_EQ(candidates.size(), 2u);
  EXPECT_EQ(candidates[0].url, "a.jpg");
  EXPECT_EQ(candidates[0].density, 1);
  EXPECT_EQ(candidates[1].density, 2);
}

TEST(Srcset, CommasInsideAPathSurviveAsTheStandardSays) {
  const auto candidates =
      parse_srcset("/upload/w_400,h_300/anh.jpg 400w, /upload/w_800,h_600/anh.jpg 800w");
  ASSERT_EQ(candidates.size(), 2u);
  EXPECT_EQ(candidates[0].url, "/upload/w_400,h_300/anh.jpg");
  EXPECT_EQ(candidates[1].url, "/upload/w_800,h_600/anh.jpg");
}

TEST(Srcset, AHeightBesideAWidthIsAcceptedAndIgnored) {
  const auto candidates = parse_srcset("a.jpg 400w 300h, b.jpg 300h");
  ASSERT_EQ(candidates.size(), 1u);
  EXPECT_EQ(candidates[0].width, 400);
}

TEST(Srcset, MalformedCandidatesAreLeftOutAndTheRestKept) {
  const auto candidates = parse_srcset(
      "zero.jpg 0w, fraction.jpg 1.5w, negative.jpg -2x, twice.jpg 2x 3x, both.jpg 640w 2x, "
      "reversed.jpg 2x 640w, unknown.jpg 640q, plus.jpg +2x, dot.jpg 1.x, bare.jpg w, "
      "huge.jpg 99999999999w, dense.jpg 1e9x, paren.jpg 2x(foo), good.jpg 640w");
  ASSERT_EQ(candidates.size(), 1u);
  EXPECT_EQ(candidates[0].url, "good.jpg");
}

TEST(Srcset, ParenthesesKeepTheirCommasInsideOneDescriptor) {
  // A future descriptor "(a, b)" must not split the candidate; it is unknown, so dropped.
  const auto candidates = parse_srcset("a.jpg 400w (x, y), b.jpg 800w");
  ASSERT_EQ(candidates.size(), 1u);
  EXPECT_EQ(candidates[0].url, "b.jpg");
}

TEST(Srcset, GarbageNeverCrashesAndYieldsNothingUsable) {
  EXPECT_TRUE(parse_srcset("").empty());
  EXPECT_TRUE(parse_srcset("   ").empty());
  EXPECT_TRUE(parse_srcset(",,,,").empty());
  EXPECT_TRUE(parse_srcset("a.jpg (((((").empty());
  EXPECT_TRUE(parse_srcset("a.jpg 1e").empty());
  EXPECT_TRUE(parse_srcset("a.jpg 1e99999999999999x").empty());
  EXPECT_TRUE(parse_srcset(std::string_view("a.jpg 4\0w", 9)).empty());
  const std::string binary = "\xff\xfe,\x01 \x80w, \xc3\xa1.jpg 9";
  for (const SrcsetCandidate& candidate : parse_srcset(binary)) EXPECT_FALSE(candidate.url.empty());
}

TEST(Srcset, ChoosesTheSmallestFileThatFillsTheSlotOnThisScreen) {
  // A 360-pixel-wide phone slot at 2x needs 720 pixels: the 768w file.
  EXPECT_EQ(choose_source(kWordPress, 360, 2, 1),
            "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01-768x512.jpg");
  EXPECT_EQ(choose_source(kWordPress, 300, 1, 1),
            "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01-300x200.jpg");
  EXPECT_EQ(choose_source(kHandler, 500, 1, 1), "/ImageHandler.ashx?file=hoi-nghi-05.jpg&w=800");
}

TEST(Srcset, ZoomingInUpgradesTheChoice) {
  EXPECT_EQ(choose_source(kHandler, 380, 1, 1), "/ImageHandler.ashx?file=hoi-nghi-05.jpg&w=400");
  EXPECT_EQ(choose_source(kHandler, 380, 1, 2), "/ImageHandler.ashx?file=hoi-nghi-05.jpg&w=800");
  EXPECT_EQ(choose_source(kHandler, 380, 1, 4), "/ImageHandler.ashx?file=hoi-nghi-05.jpg&w=1600");
  EXPECT_EQ(choose_source(kDensities, 380, 1, 2.5), "/photos/hoi-nghi-06@3x.jpg");
}

TEST(Srcset, WhenNothingIsLargeEnoughTheLargestIsTaken) {
  EXPECT_EQ(choose_source(kWordPress, 1920, 2, 3),
            "https://sbdt.vn/wp-content/uploads/2022/02/hoi-nghi-01.jpg");
  EXPECT_EQ(choose_source(kDensities, 400, 4, 1), "/photos/hoi-nghi-06@3x.jpg");
}

TEST(Srcset, AnExactFitIsEnoughEvenThroughRoundingErrors) {
  EXPECT_EQ(choose_source(parse_srcset("a.jpg 600w, b.jpg 900w"), 400, 1.5, 1), "a.jpg");
  EXPECT_EQ(choose_source(parse_srcset("a.jpg 100w, b.jpg 900w"), 100.0 / 3, 3, 1), "a.jpg");
}

TEST(Srcset, DensitiesAreComparedWithTheScreenNotTheSlot) {
  EXPECT_EQ(choose_source(kDensities, 5000, 1, 1), "/photos/hoi-nghi-06.jpg");
  EXPECT_EQ(choose_source(kDensities, 10, 1.5, 1), "/photos/hoi-nghi-06@2x.jpg");
  EXPECT_EQ(choose_source(kDensities, 10, 2, 1), "/photos/hoi-nghi-06@2x.jpg");
}

TEST(Srcset, AMixedSrcsetIsJudgedByItsWidths) {
  const auto mixed = parse_srcset("small.jpg 2x, medium.jpg 800w, large.jpg 1600w");
  EXPECT_EQ(choose_source(mixed, 100, 1, 1), "medium.jpg");
  EXPECT_EQ(choose_source(mixed, 1000, 1, 1), "large.jpg");
  EXPECT_EQ(largest_source(mixed), "large.jpg");
}

TEST(Srcset, NonsenseScreenFiguresFallBackToOne) {
  const std::string at_one = choose_source(kHandler, 500, 1, 1);
  EXPECT_EQ(choose_source(kHandler, 500, 0, 1), at_one);
  EXPECT_EQ(choose_source(kHandler, 500, NAN, NAN), at_one);
  EXPECT_EQ(choose_source(kHandler, 500, -2, INFINITY), at_one);
  // An unknown slot needs nothing: the smallest file.
  EXPECT_EQ(choose_source(kHandler, NAN, 1, 1), "/ImageHandler.ashx?file=hoi-nghi-05.jpg&w=400");
  EXPECT_EQ(choose_source(kHandler, -5, 1, 1), "/ImageHandler.ashx?file=hoi-nghi-05.jpg&w=400");
  EXPECT_EQ(choose_source(kHandler, INFINITY, 1, 1), "/ImageHandler.ashx?file=hoi-nghi-05.jpg&w=400");
}

TEST(Srcset, NoCandidatesMeansNoSource) {
  EXPECT_EQ(choose_source({}, 400, 2, 1), "");
  EXPECT_EQ(largest_source({}), "");
  EXPECT_EQ(largest_width({}), 0);
}

TEST(Srcset, LargestWidthIsZeroWhenOnlyDensitiesAreGiven) {
  EXPECT_EQ(largest_width(kWordPress), 2048);
  EXPECT_EQ(largest_width(kHandler), 1600);
  EXPECT_EQ(largest_width(kDensities), 0);
  EXPECT_EQ(largest_source(kDensities), "/photos/hoi-nghi-06@3x.jpg");
  EXPECT_EQ(largest_source(kHandler), "/ImageHandler.ashx?file=hoi-nghi-05.jpg&w=1600");
}

TEST(Srcset, TheFirstOfEqualCandidatesWins) {
  const auto twins = parse_srcset("first.jpg 800w, second.jpg 800w");
  EXPECT_EQ(choose_source(twins, 400, 1, 1), "first.jpg");
  EXPECT_EQ(largest_source(twins), "first.jpg");
}

}  // namespace
}  // namespace pw

namespace pw {

TEST(Srcset, SmallestSourceIsTheThumbnailCandidate) {
  EXPECT_EQ(smallest_source(parse_srcset("big.jpg 1600w, small.jpg 320w, mid.jpg 800w")), "small.jpg");
  EXPECT_EQ(smallest_source(parse_srcset("a@2x.jpg 2x, a.jpg 1x")), "a.jpg");
  EXPECT_EQ(smallest_source({}), "");
}

}  // namespace pw
