// The wasm module's memcpy, strlen and round (the short versions of
// shared/compact_libc.h) and its WASI exit, in place of emscripten's. A
// definition here wins over the C library's, which is then not linked at all.
#include <cstddef>

#include "compact_libc.h"

extern "C" {

void* memcpy(void* __restrict to, const void* __restrict from, std::size_t bytes) {
  return pw::copy_bytes(to, from, bytes);
}

std::size_t strlen(const char* text) { return pw::text_length(text); }

double round(double x) { return pw::round_half_away(x); }

// emscripten's abort (out of memory, or a container asked past its size
// limit) ends in WASI's proc_exit, which would be an import from JS. Trapping
// here instead spares the import and its stub: the failed call throws a
// RuntimeError in JS.
[[noreturn]] void __wasi_proc_exit(int) { __builtin_trap(); }

}  // extern "C"
