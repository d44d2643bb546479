// The wasm module's memcpy, strlen and round: the short versions of
// shared/compact_libc.h in place of emscripten's. A definition here wins over
// the C library's, which is then not linked at all.
#include <cstddef>

#include "compact_libc.h"

extern "C" {

void* memcpy(void* __restrict to, const void* __restrict from, std::size_t bytes) {
  return pw::copy_bytes(to, from, bytes);
}

std::size_t strlen(const char* text) { return pw::text_length(text); }

double round(double x) { return pw::round_half_away(x); }

}  // extern "C"
