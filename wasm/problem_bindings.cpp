// embind binding of the developer warnings an adapter gives about the page
// around a widget (markup it lacks, storage that throws). The adapter finds
// the fact; C++ holds the words, in one call for all of them so that each
// new warning costs no new binding.
#include <emscripten/bind.h>

#include <string>

#include "carousel/options.h"
#include "core/ui_strings.h"
#include "font_scale/options.h"
#include "gallery/text.h"
#include "visitor_counter/options.h"

namespace {

// `code` is the widget and the pw:error code; `detail` is what the page gave
// (the target selector, the reason the lightbox's code did not load), "" when none.
std::string problem(const std::string& code, const std::string& detail) {
  if (code == "loader:unknown-widget") return pw::unknown_widget_problem(detail);
  if (code == "carousel:markup") return pw::kCarouselListProblem;
  if (code == "visitor-counter:markup") return pw::kCounterFieldsProblem;
  if (code == "font-scale:storage") return pw::kFontScaleStorageProblem;
  if (code == "font-scale:target") return pw::font_scale_target_problem(detail);
  if (code == "gallery:lightbox") return pw::gallery_lightbox_problem(detail);
  return "unknown problem " + code;
}

}  // namespace

EMSCRIPTEN_BINDINGS(problems) {
  emscripten::function("problem", &problem);
}
