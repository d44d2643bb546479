#include "gallery/keys.h"

#include <gtest/gtest.h>

namespace pw {

TEST(GalleryKeys, ArrowsHomeAndEndNavigate) {
  EXPECT_EQ(gallery_key_command("ArrowLeft", false), GalleryCommand::previous);
  EXPECT_EQ(gallery_key_command("ArrowRight", false), GalleryCommand::next);
  EXPECT_EQ(gallery_key_command("Left", false), GalleryCommand::previous);
  EXPECT_EQ(gallery_key_command("Right", false), GalleryCommand::next);
  EXPECT_EQ(gallery_key_command("Home", false), GalleryCommand::first);
  EXPECT_EQ(gallery_key_command("End", false), GalleryCommand::last);
}

TEST(GalleryKeys, EscapeCloses) {
  EXPECT_EQ(gallery_key_command("Escape", false), GalleryCommand::close);
  EXPECT_EQ(gallery_key_command("Esc", false), GalleryCommand::close);
}

TEST(GalleryKeys, PlusMinusAndZeroZoom) {
  for (const char* key : {"+", "=", "Add"}) {
    EXPECT_EQ(gallery_key_command(key, false), GalleryCommand::zoom_in) << key;
  }
  for (const char* key : {"-", "_", "Subtract", "\u2212"}) {
    EXPECT_EQ(gallery_key_command(key, false), GalleryCommand::zoom_out) << key;
  }
  EXPECT_EQ(gallery_key_command("0", false), GalleryCommand::zoom_reset);
}

TEST(GalleryKeys, WithCtrlMetaOrAltNothingIsOurs) {
  for (const char* key : {"+", "-", "0", "ArrowLeft", "Escape"}) {
    EXPECT_EQ(gallery_key_command(key, true), GalleryCommand::none) << key;
  }
}

TEST(GalleryKeys, OtherKeysAreNotCommands) {
  for (const char* key : {"", "Tab", "a", "1", "ArrowUp", "PageDown", " ", "Enter", "escape"}) {
    EXPECT_EQ(gallery_key_command(key, false), GalleryCommand::none) << key;
  }
}

}  // namespace pw
