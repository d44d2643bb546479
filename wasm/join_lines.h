#pragma once
#include <string>
#include <vector>

// Warnings and per-item labels cross to JS as one string, a line each, which
// the adapters split.
inline std::string join_lines(const std::vector<std::string>& lines) {
  std::string joined;
  for (const auto& line : lines) joined += (joined.empty() ? "" : "\n") + line;
  return joined;
}
