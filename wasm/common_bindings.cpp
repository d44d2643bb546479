// Exports shared by every widget.
#include <string>

#include "boundary.h"

#include "accessible_name.h"

// (label, visibleText) → the label, with the visible text in it when it was not
PW_EXPORT const char* nameWithVisibleText() {
  pw::wasm::CallArgs args;
  const std::string label = args.text();
  const std::string visible = args.text();
  return pw::wasm::result().text(pw::wasm::Key::none, pw::name_with_visible_text(label, visible)).done();
}
