#pragma once

namespace pw::wasm {

// How many widget instances C++ holds for JS. Each bound class has a
// LiveInstance member, so the leak test can check, through
// PortalWidgets.diagnostics(), that destroy() deleted every one.
inline int live_instance_count = 0;

struct LiveInstance {
  LiveInstance() { ++live_instance_count; }
  LiveInstance(const LiveInstance&) { ++live_instance_count; }
  LiveInstance& operator=(const LiveInstance&) = default;
  ~LiveInstance() { --live_instance_count; }
};

}  // namespace pw::wasm
