#include "compact_libc.h"

#include <cstdint>

namespace pw {

using Word = std::uint32_t __attribute__((may_alias));

// The loops must not be turned back into calls to memcpy and strlen, which
// in the wasm module are these very functions (clang's no_builtin; natively,
// with GCC, such a call would reach the C library's and do no harm).
#ifdef __clang__
#define PW_NO_BUILTIN(name) __attribute__((no_builtin(name)))
#else
#define PW_NO_BUILTIN(name)
#endif

PW_NO_BUILTIN("memcpy") void* copy_bytes(void* to, const void* from, std::size_t bytes) {
  auto* out = static_cast<unsigned char*>(to);
  auto* in = static_cast<const unsigned char*>(from);
  if (((reinterpret_cast<std::uintptr_t>(out) | reinterpret_cast<std::uintptr_t>(in)) & 3) == 0) {
    for (; bytes >= 4; bytes -= 4, out += 4, in += 4) {
      *reinterpret_cast<Word*>(out) = *reinterpret_cast<const Word*>(in);
    }
  }
  while (bytes--) *out++ = *in++;
  return to;
}

PW_NO_BUILTIN("strlen") std::size_t text_length(const char* text) {
  const char* end = text;
  while (*end) ++end;
  return static_cast<std::size_t>(end - text);
}

double round_half_away(double x) {
  const double whole = __builtin_trunc(x);
  // x − trunc(x) is exact, so a half is seen as a half (0.49999999999999994 is not).
  return __builtin_fabs(x - whole) >= 0.5 ? whole + __builtin_copysign(1.0, x) : whole;
}

}  // namespace pw
