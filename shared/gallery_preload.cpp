#include "gallery_preload.h"

#include "gallery_items.h"

namespace pw {

std::vector<int> gallery_preload(int current, int count, bool loop, bool save_data) {
  std::vector<int> indexes = preload_indexes(current, count, save_data);
  if (loop || indexes.empty()) return indexes;
  const long long here = wrap_index(current, count);
  std::vector<int> reachable;
  for (int index : indexes) {
    const long long offset = index - here;
    if (offset == 1 || offset == -1 || offset == 2) reachable.push_back(index);
  }
  return reachable;
}

}  // namespace pw
