#include "gallery/keys.h"

namespace pw {

GalleryCommand gallery_key_command(std::string_view key, bool modifier) {
  if (modifier) return GalleryCommand::none;
  // "Left"/"Right"/"Esc"/"Add"/"Subtract": older Edge and IE key names.
  if (key == "ArrowLeft" || key == "Left") return GalleryCommand::previous;
  if (key == "ArrowRight" || key == "Right") return GalleryCommand::next;
  if (key == "Home") return GalleryCommand::first;
  if (key == "End") return GalleryCommand::last;
  if (key == "Escape" || key == "Esc") return GalleryCommand::close;
  if (key == "+" || key == "=" || key == "Add") return GalleryCommand::zoom_in;
  if (key == "-" || key == "_" || key == "Subtract" || key == "\u2212") {
    return GalleryCommand::zoom_out;
  }
  if (key == "0") return GalleryCommand::zoom_reset;
  return GalleryCommand::none;
}

}  // namespace pw
