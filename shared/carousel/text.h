#pragma once
#include <string>

#include "core/language.h"

namespace pw {

// Every piece of UI text the carousel shows or announces. Templates take
// {n} (a slide number, or a range "3–5"), {count} (slides), {page} and {pages}.
struct CarouselStrings {
  std::string region;            // the carousel's accessible name
  std::string region_role;       // aria-roledescription of the region
  std::string slide_role;        // aria-roledescription of each slide
  std::string slide_label;       // "{n} / {count}"
  std::string previous;          // previous button
  std::string next;              // next button
  std::string pagination;        // the group of page buttons
  std::string page_button;       // "Trang {page}/{pages}"
  std::string position_one;      // one slide in view
  std::string position_range;    // several; {n} is "first–last"
  std::string stop_autoplay;     // the pause/play button, first in tab order
  std::string start_autoplay;
};

// Vietnamese by default, English as the alternative.
CarouselStrings default_carousel_strings(Language language);

// "3 / 8" for slide 3 of 8 (numbers as people count, from 1).
std::string slide_label(const CarouselStrings& strings, int n, int count);

// "Trang 2/4" / "Page 2 of 4" (from 1).
std::string page_button_label(const CarouselStrings& strings, int page, int pages);

// What is in view, for the polite live region: "Tin 3–5 trên 8", or
// "Tin 3 trên 8" for one slide. Slide numbers from 1, clamped to [1, count];
// empty when there are no slides.
std::string announce_position(const CarouselStrings& strings, int first_visible, int last_visible,
                              int count);

}  // namespace pw
