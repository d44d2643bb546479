// The wasm's sprintf family: pw::lean_vsnprintf in place of musl's printf,
// which embind ("%p") and nlohmann ("<U+%.4X>") would pull in whole for one
// format each. A definition here wins over the C library's, which is then not
// linked. The compiler may call a printf without floats by musl's other names
// for it (siprintf, __small_sprintf, …), so those are defined too: an object
// of the library pulled in for one of them would clash with these. Row of the
// size ledger in docs/architecture.md.
#include <cstdarg>
#include <cstddef>

#include "core/lean_format.h"

extern "C" {

int vsnprintf(char* out, std::size_t size, const char* format, std::va_list args) {
  return pw::lean_vsnprintf(out, size, format, args);
}
int vsniprintf(char* out, std::size_t size, const char* format, std::va_list args)
    __attribute__((alias("vsnprintf")));
int __small_vsnprintf(char* out, std::size_t size, const char* format, std::va_list args)
    __attribute__((alias("vsnprintf")));

int vsprintf(char* out, const char* format, std::va_list args) {
  return pw::lean_vsnprintf(out, static_cast<std::size_t>(-1) >> 1, format, args);
}
int vsiprintf(char* out, const char* format, std::va_list args) __attribute__((alias("vsprintf")));
int __small_vsprintf(char* out, const char* format, std::va_list args) __attribute__((alias("vsprintf")));

int snprintf(char* out, std::size_t size, const char* format, ...) {
  std::va_list args;
  va_start(args, format);
  const int length = pw::lean_vsnprintf(out, size, format, args);
  va_end(args);
  return length;
}

int sprintf(char* out, const char* format, ...) {
  std::va_list args;
  va_start(args, format);
  const int length = vsprintf(out, format, args);
  va_end(args);
  return length;
}
int siprintf(char* out, const char* format, ...) __attribute__((alias("sprintf")));
int __small_sprintf(char* out, const char* format, ...) __attribute__((alias("sprintf")));

}  // extern "C"
