#pragma once
#include <cstdint>
#include <vector>

#include "json_value.h"

namespace pw {

// Objects from untrusted text may hold thousands of members, so repeated keys
// are found by sorting, never by comparing every pair: a stable merge sort
// costs O(n log n) key comparisons whatever the keys are.

// Member positions ordered by key; equal keys stay in document order.
std::vector<std::uint32_t> members_by_key(const std::vector<JsonMember>& members);

// Each repeated key keeps its first place and its last value, as a
// JavaScript object does (nlohmann also kept the last value).
void keep_last_of_repeated_keys(std::vector<JsonMember>& members);

}  // namespace pw
