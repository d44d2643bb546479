#pragma once
#include <string_view>

namespace pw {

// What the reader can ask of the lightbox: each key and each button maps to
// one of these, so every gesture has a keyboard and a button equivalent.
enum class GalleryCommand { none, previous, next, first, last, zoom_in, zoom_out, zoom_reset, close };

// KeyboardEvent.key → command: ←/→, Home/End, Esc, + and − (also = and _,
// the same keys unshifted/shifted on most layouts, and the numpad's), 0 to
// reset the zoom. `modifier`: Ctrl, Meta or Alt is held, and then nothing is
// ours (Ctrl + + is the browser's page zoom, Alt + ← its Back). Tab is not a
// command: the adapter traps focus.
GalleryCommand gallery_key_command(std::string_view key, bool modifier);

}  // namespace pw
