#pragma once
#include "gallery/items.h"

namespace pw {

// Photos to fetch ahead of the reader, most likely first: the next, the
// previous, the one after next (preload_indexes in gallery/items.h). Without
// loop only those reachable without wrapping: at the last photo there is
// nothing ahead, and fetching the first would be a waste. None when the
// reader asked to save data.
PreloadList gallery_preload(int current, int count, bool loop, bool save_data);

}  // namespace pw
