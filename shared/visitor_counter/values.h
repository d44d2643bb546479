#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pw {

// The three numbers of "Thống kê truy cập".
struct CounterValues {
  std::int64_t online = 0;
  std::int64_t today = 0;
  std::int64_t total = 0;
};

inline bool operator==(const CounterValues& a, const CounterValues& b) {
  return a.online == b.online && a.today == b.today && a.total == b.total;
}

// Where each number sits in the endpoint's response (`data-pw-map`).
struct CounterMap {
  std::string online = "/online";
  std::string today = "/today";
  std::string total = "/total";
};

// Largest count a browser shows exactly (2^53 - 1).
inline constexpr std::int64_t kMaxExactCount = 9007199254740991;

// A count as a server rendered it on the page: "1.121.895", "2451", "1,121,895",
// "1 121 895". Anything else (empty, letters, a sign) → nullopt.
std::optional<std::int64_t> parse_displayed_count(std::string_view text);

}  // namespace pw
