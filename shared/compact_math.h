#pragma once

namespace pw {

// exp, log, hypot and fmod for motion maths, in as few bytes of wasm as can be.
//
// In the browser they are JS's own Math functions (and `%` for fmod),
// imported by the wasm module: no code of ours at all. web/loader.js passes
// them in. Natively, and as the reference the browser's are held to, the C
// library's hypot and fmod and our short polynomials below: the C library's
// exp and log bring kilobytes of tables of doubles, which gzip cannot shrink.
// The polynomials are within 4 ulp of std:: everywhere (tested). Special
// values behave as std::'s: NaN in, NaN out; exp overflows to inf and
// underflows to 0; log(0) is -inf and log of a negative is NaN.
#ifdef __EMSCRIPTEN__
#define PW_COMPACT_MATH extern "C"  // imports of the wasm module, declared to emcc in wasm/browser_math.js
#else
#define PW_COMPACT_MATH
#endif
PW_COMPACT_MATH double compact_exp(double x);
PW_COMPACT_MATH double compact_log(double x);
PW_COMPACT_MATH double compact_hypot(double x, double y);
PW_COMPACT_MATH double compact_fmod(double x, double y);
#undef PW_COMPACT_MATH

}  // namespace pw
