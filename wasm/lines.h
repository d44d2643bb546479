#pragma once
#include <string>
#include <vector>

namespace pw::wasm {

// Warnings and per-item labels cross as one string, "\n" between lines, which
// the adapters split: a std::vector would cross as a class handle to delete.
inline std::string lines(const std::vector<std::string>& lines) {
  std::string joined;
  for (const auto& line : lines) {
    if (!joined.empty()) joined += '\n';
    joined += line;
  }
  return joined;
}

}  // namespace pw::wasm
