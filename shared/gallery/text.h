#pragma once
#include <string>

#include "core/language.h"

namespace pw {

// Every piece of UI text the photo lightbox shows or announces. Templates
// take {n} (the photo's number, from 1), {count} (photos) and {caption}.
struct GalleryStrings {
  std::string dialog;                        // the dialog's accessible name
  std::string previous;                      // buttons: each gesture has one
  std::string next;
  std::string zoom_in;
  std::string zoom_out;
  std::string close;
  std::string counter;                       // "{n} / {count}"
  std::string announcement;                  // polite, on a change of photo
  std::string announcement_without_caption;
  std::string error;                         // in place of a photo that failed to load
  std::string loading;                       // beside the delayed spinner
};

// Vietnamese by default, English as the alternative.
GalleryStrings default_gallery_strings(Language language);

// "3 / 10" for index 2 of 10 (index from 0 in, counted from 1 out, clamped
// to the photos); empty when there are none.
std::string gallery_counter(const GalleryStrings& strings, int index, int count);

// "Ảnh 3 trên 10: <caption>", or "Ảnh 3 trên 10" when the caption is blank.
// The caption is inserted last, so braces in it are never taken for
// placeholders. Same numbering as the counter; empty without photos.
std::string gallery_announcement(const GalleryStrings& strings, int index, int count,
                                 const std::string& caption);

// The accessible name of a bare image that becomes a thumbnail button and has
// no alt text: its caption, else "Xem ảnh 3" (the dialog's name and the
// photo's number, from 1), since a button cannot go without a name.
std::string gallery_thumbnail_name(const GalleryStrings& strings, int index, const std::string& caption);

// The developer warning when the lightbox's code cannot load; `reason` is the
// loader's ("… answered HTTP 404").
std::string gallery_lightbox_problem(const std::string& reason);

}  // namespace pw
