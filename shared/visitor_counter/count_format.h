#pragma once
#include <cstdint>
#include <string>

namespace pw {

// How counts are written: Vietnamese portals group thousands with "." only
// from five digits on ("2451", "12.451", "1.121.895").
struct CountFormat {
  int group_from_digits = 5;
  std::string separator = ".";
};

std::string format_count(std::int64_t value, const CountFormat& format);

}  // namespace pw
