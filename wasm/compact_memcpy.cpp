// memcpy for the wasm module. emscripten's unrolls for large aligned blocks
// (483 B of code); what this module copies is structs and short strings, for
// which a word loop is as good. no_builtin: the loop must not become a call
// to memcpy itself.
#include <cstddef>
#include <cstdint>

using Word = std::uint32_t __attribute__((may_alias));

extern "C" __attribute__((no_builtin("memcpy"))) void* memcpy(void* __restrict to,
                                                              const void* __restrict from,
                                                              std::size_t bytes) {
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
