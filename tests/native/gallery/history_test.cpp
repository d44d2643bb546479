#include "gallery/history.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gallery/controller.h"

namespace pw {
namespace {

// A reader opens photo 3 of a gallery with deep links: one entry is pushed,
// carrying "#anh-3".
TEST(LightboxHistory, OpeningPushesOneEntryOnce) {
  LightboxHistory history;
  EXPECT_EQ(lightbox_history_step(history, true, "#anh-3"), HistoryStep::push);
  EXPECT_EQ(history.fragment, "#anh-3");
  EXPECT_EQ(lightbox_history_step(history, true, "#anh-3"), HistoryStep::none);
  EXPECT_EQ(lightbox_history_step(history, true, "#anh-3"), HistoryStep::none);
}

TEST(LightboxHistory, ANewPhotoReplacesTheFragmentInPlace) {
  LightboxHistory history;
  lightbox_history_step(history, true, "#anh-3");
  EXPECT_EQ(lightbox_history_step(history, true, "#anh-4"), HistoryStep::replace);
  EXPECT_EQ(history.fragment, "#anh-4");
  EXPECT_EQ(lightbox_history_step(history, true, "#anh-4"), HistoryStep::none);
}

// Without deep links the entry keeps the page's URL and is never rewritten.
TEST(LightboxHistory, WithoutDeepLinksTheEntryIsPushedButNeverReplaced) {
  LightboxHistory history;
  EXPECT_EQ(lightbox_history_step(history, true, ""), HistoryStep::push);
  EXPECT_EQ(lightbox_history_step(history, true, ""), HistoryStep::none);
}

TEST(LightboxHistory, ClosingOtherwiseThanByBackTakesTheEntryOffOnce) {
  LightboxHistory history;
  lightbox_history_step(history, true, "#anh-3");
  EXPECT_EQ(lightbox_history_step(history, false, ""), HistoryStep::back);
  EXPECT_EQ(lightbox_history_step(history, false, ""), HistoryStep::none);
  // The popstate of that back() is ours: draw again, nothing to close.
  EXPECT_EQ(lightbox_history_popped(history, false), HistoryPop::redraw);
  EXPECT_EQ(lightbox_history_popped(history, false), HistoryPop::ignore);
}

TEST(LightboxHistory, BackFromOurEntryCloses) {
  LightboxHistory history;
  lightbox_history_step(history, true, "#anh-3");
  EXPECT_EQ(lightbox_history_popped(history, false), HistoryPop::close);
  // Closed by Back: the entry is already gone, so nothing is taken off.
  EXPECT_EQ(lightbox_history_step(history, false, ""), HistoryStep::none);
}

// A popstate that lands on our own entry (Forward onto it) or comes while
// nothing is pushed is not the lightbox's business.
TEST(LightboxHistory, PopstatesAboutOtherEntriesAreIgnored) {
  LightboxHistory closed;
  EXPECT_EQ(lightbox_history_popped(closed, false), HistoryPop::ignore);
  LightboxHistory open;
  lightbox_history_step(open, true, "#anh-1");
  EXPECT_EQ(lightbox_history_popped(open, true), HistoryPop::ignore);
  EXPECT_EQ(lightbox_history_step(open, true, "#anh-1"), HistoryStep::none);
}

// Reopened before our back() has landed: the new entry waits for that
// popstate, or back() would take the new entry off instead of the old one.
TEST(LightboxHistory, AReopenWaitsForItsOwnBackBeforePushing) {
  LightboxHistory history;
  lightbox_history_step(history, true, "#anh-3");
  lightbox_history_step(history, false, "");
  EXPECT_EQ(lightbox_history_step(history, true, "#anh-5"), HistoryStep::none);
  EXPECT_EQ(lightbox_history_popped(history, false), HistoryPop::redraw);
  EXPECT_EQ(lightbox_history_step(history, true, "#anh-5"), HistoryStep::push);
  EXPECT_EQ(history.fragment, "#anh-5");
}

// Through the controller: each frame names its step, and Back closes.
GalleryState three_photos() {
  std::vector<GalleryItem> items(3);
  for (GalleryItem& item : items) {
    item.full_src = "/anh.jpg";
    item.thumb_src = "/anh-nho.jpg";
    item.aspect = 1.5;
    item.has_image = true;
  }
  return start_gallery(GalleryOptions{}, items, true, false);
}

TEST(GalleryHistory, FramesNameTheStepsAndBackFromTheEntryCloses) {
  GalleryState s = three_photos();
  EXPECT_EQ(gallery_frame(s, 0).history, HistoryStep::none);  // closed: nothing pushed
  gallery_open(s, 1, {0, 0, 90, 60}, {360, 640, 0, 120, 2}, {}, 10);
  const GalleryView first = gallery_frame(s, 10);
  EXPECT_EQ(first.history, HistoryStep::push);
  EXPECT_EQ(first.fragment, "#anh-2");
  EXPECT_EQ(gallery_frame(s, 20).history, HistoryStep::none);
  gallery_command(s, GalleryCommand::next, 30);
  EXPECT_EQ(gallery_frame(s, 40).history, HistoryStep::replace);
  EXPECT_EQ(gallery_frame(s, 50).fragment, "#anh-3");

  EXPECT_FALSE(gallery_popstate(s, true, 60));  // Forward onto our entry: nothing
  EXPECT_TRUE(gallery_popstate(s, false, 60));  // Back from it
  const GalleryView closing = gallery_frame(s, 60);
  EXPECT_NE(closing.phase, GalleryPhase::open);
  EXPECT_EQ(closing.history, HistoryStep::none);  // Back already took the entry off
}

TEST(GalleryHistory, ClosingByItsButtonTakesTheEntryBackOff) {
  GalleryState s = three_photos();
  gallery_open(s, 0, {0, 0, 90, 60}, {360, 640, 0, 120, 2}, {}, 10);
  gallery_frame(s, 10);
  gallery_command(s, GalleryCommand::close, 20);
  EXPECT_EQ(gallery_frame(s, 20).history, HistoryStep::back);
  EXPECT_TRUE(gallery_popstate(s, false, 30));  // our back() landed: redraw, no second close
  EXPECT_EQ(gallery_frame(s, 1000).phase, GalleryPhase::closed);
}

}  // namespace
}  // namespace pw
