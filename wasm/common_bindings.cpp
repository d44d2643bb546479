// embind surface shared by every widget.
#include <emscripten/bind.h>

#include "accessible_name.h"

EMSCRIPTEN_BINDINGS(common) {
  emscripten::function("nameWithVisibleText", &pw::name_with_visible_text);
}
