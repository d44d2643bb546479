#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "json_value.h"

namespace pw {

// Objects from untrusted text may hold thousands of members, so repeated keys
// are found by sorting, never by comparing every pair: a stable merge sort
// costs O(n log n) key comparisons whatever the keys are.

// Member positions ordered by key; equal keys stay in document order.
std::vector<std::uint32_t> members_by_key(const std::vector<JsonMember>& members);

inline constexpr std::size_t kNoMember = static_cast<std::size_t>(-1);

// The position of the first member named `key`, searching positions ordered
// by members_by_key (members appended since are not seen); kNoMember if none.
std::size_t find_by_key(const std::vector<JsonMember>& members,
                        const std::vector<std::uint32_t>& by_key, std::string_view key);

// Each repeated key keeps its first place and its last value, as a
// JavaScript object does (nlohmann also kept the last value).
void keep_last_of_repeated_keys(std::vector<JsonMember>& members);

}  // namespace pw
