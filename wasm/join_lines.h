#pragma once
#include <string>
#include <vector>

// Warnings cross to JS as one string, a line each: embind has no cheap
// vector<string> without a class handle.
inline std::string join_lines(const std::vector<std::string>& lines) {
  std::string joined;
  for (const auto& line : lines) joined += (joined.empty() ? "" : "\n") + line;
  return joined;
}
