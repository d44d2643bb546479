#include "gallery/preload.h"

#include "gallery/items.h"

namespace pw {

PreloadList gallery_preload(int current, int count, bool loop, bool save_data) {
  PreloadList indexes = preload_indexes(current, count, save_data);
  if (loop || indexes.empty()) return indexes;
  const long long here = wrap_index(current, count);
  PreloadList reachable;
  for (int index : indexes) {
    const long long offset = index - here;
    if (offset == 1 || offset == -1 || offset == 2) reachable.push_back(index);
  }
  return reachable;
}

}  // namespace pw
