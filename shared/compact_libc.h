#pragma once
#include <cstddef>

namespace pw {

// Smaller stand-ins for C library functions, which wasm/compact_libc.cpp
// makes the wasm module's memcpy, strlen and round (emscripten's are written
// for speed on large inputs: 776 B of code for the three). What the module
// copies and measures is structs and short strings.

// memcpy: `bytes` from `from` to `to` (not overlapping); returns `to`. Words
// at a time when both are 4-byte aligned.
void* copy_bytes(void* to, const void* from, std::size_t bytes);

// strlen.
std::size_t text_length(const char* text);

// round: to the nearest integer, halves away from zero; NaN, infinities and
// signed zeros as they are.
double round_half_away(double x);

}  // namespace pw
