#pragma once
#include <cstdarg>
#include <cstddef>

namespace pw {

// vsnprintf for the few conversions the wasm's libraries ask of it: embind
// names a type as "%p" in its error messages, nlohmann writes a control
// character of an error token as "<U+%.4X>". musl's printf, which the wasm
// would otherwise carry for those two calls, is all of printf_core (see the
// size ledger in docs/architecture.md).
//
// Conversions: d i u x X p s c %, with an optional precision (".4") for the
// integers, and the length modifiers l, ll, z. Anything else is copied as
// written. Like vsnprintf: writes at most `size` bytes with the final NUL,
// and returns the length the whole text would have.
int lean_vsnprintf(char* out, std::size_t size, const char* format, std::va_list args);

}  // namespace pw
