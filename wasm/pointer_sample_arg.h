#pragma once
#include "boundary.h"
#include "velocity_tracker.h"

namespace pw::wasm {

// A pointer event as the adapters send it: (tMs, x, y).
inline PointerSample pointer_sample(CallArgs& args) {
  const double t_ms = args.number();
  const double x = args.number();
  const double y = args.number();
  return {t_ms, x, y};
}

}  // namespace pw::wasm
