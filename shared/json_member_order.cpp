#include "json_member_order.h"

#include <algorithm>
#include <utility>

namespace pw {

std::vector<std::uint32_t> members_by_key(const std::vector<JsonMember>& members) {
  const std::size_t count = members.size();
  std::vector<std::uint32_t> order(count), merged(count);
  for (std::size_t i = 0; i < count; ++i) order[i] = static_cast<std::uint32_t>(i);
  // Bottom-up: runs of `width` are already sorted; merge them in pairs. Taking
  // from the right run only when strictly smaller keeps equal keys in order.
  for (std::size_t width = 1; width < count; width *= 2) {
    for (std::size_t low = 0; low < count; low += 2 * width) {
      const std::size_t middle = std::min(low + width, count);
      const std::size_t high = std::min(low + 2 * width, count);
      std::size_t left = low, right = middle, out = low;
      while (left < middle && right < high) {
        const bool right_first = members[order[right]].key < members[order[left]].key;
        merged[out++] = right_first ? order[right++] : order[left++];
      }
      while (left < middle) merged[out++] = order[left++];
      while (right < high) merged[out++] = order[right++];
    }
    order.swap(merged);
  }
  return order;
}

void keep_last_of_repeated_keys(std::vector<JsonMember>& members) {
  if (members.size() < 2) return;
  const std::vector<std::uint32_t> order = members_by_key(members);
  // The order's own element type: one vector instantiation fewer in the wasm.
  std::vector<std::uint32_t> repeated(members.size());
  bool any = false;
  for (std::size_t run = 0, end = 0; run < order.size(); run = end) {
    for (end = run + 1; end < order.size() && members[order[end]].key == members[order[run]].key;) ++end;
    if (end - run == 1) continue;
    members[order[run]] = std::move(members[order[end - 1]]);  // the same key, the last value
    for (std::size_t i = run + 1; i < end; ++i) repeated[order[i]] = true;
    any = true;
  }
  if (!any) return;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (repeated[i]) continue;
    if (kept != i) members[kept] = std::move(members[i]);
    ++kept;
  }
  members.erase(members.begin() + static_cast<std::ptrdiff_t>(kept), members.end());
}

}  // namespace pw
