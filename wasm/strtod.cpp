// The wasm module's strtod, in place of musl's, for nlohmann/json's lexer
// (its only caller): musl's scans into a 128-bit long double, about 8.5 KB
// of code with its soft-float helpers. shared/core/decimal_number reads the same
// decimals (no hex, "inf" or "nan", which a JSON number never is) within one
// ulp; errno is not set (the module is built without it). A definition here
// wins over the C library's, which is then not linked at all.
#include <cstdlib>

#include "core/decimal_number.h"

extern "C" {

double strtod(const char* __restrict text, char** __restrict end) {
  const pw::DecimalPrefix number = pw::read_decimal_prefix(text);
  if (end) *end = const_cast<char*>(text + number.length);
  return number.value;
}

// libc++'s string.o (std::to_string, which nlohmann's error messages use)
// also refers to strtof and strtold, for std::stof and std::stold. musl
// defines all three in one object, so either all three are here or musl's
// strtod comes back as a duplicate. Nothing calls these two: LTO drops them.
float strtof(const char* __restrict text, char** __restrict end) {
  return static_cast<float>(strtod(text, end));
}

long double strtold(const char* __restrict text, char** __restrict end) { return strtod(text, end); }

}  // extern "C"
