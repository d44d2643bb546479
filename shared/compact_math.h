#pragma once

namespace pw {

// exp, log, sin, cos, hypot and fmod for motion maths, in as few bytes of
// wasm as can be.
//
// In the browser they are JS's own Math functions (and `%` for fmod),
// imported by the wasm module: no code of ours at all. web/loader.js passes
// them in. Natively, and as the reference the browser's are held to, the C
// library's hypot and fmod and our short polynomials below: the C library's
// exp, log, sin and cos bring about 6 KB of tables of doubles, which gzip
// cannot shrink. The polynomials are tested against std:: to:
//   compact_exp, compact_log: within 4 ulp everywhere;
//   compact_sin, compact_cos: within 1e-15 absolute for |x| <= 1e3, 1e-11 up
//   to 1e5 (a spring's phase stays under 1e3 radians).
// Special values behave as std::'s: NaN in, NaN out; exp overflows to inf and
// underflows to 0; log(0) is -inf and log of a negative is NaN; sin and cos
// of an infinity are NaN.
#ifdef __EMSCRIPTEN__
#define PW_COMPACT_MATH extern "C"  // imports of the wasm module, declared to emcc in wasm/browser_math.js
#else
#define PW_COMPACT_MATH
#endif
PW_COMPACT_MATH double compact_exp(double x);
PW_COMPACT_MATH double compact_log(double x);
PW_COMPACT_MATH double compact_sin(double x);
PW_COMPACT_MATH double compact_cos(double x);
PW_COMPACT_MATH double compact_hypot(double x, double y);
PW_COMPACT_MATH double compact_fmod(double x, double y);
#undef PW_COMPACT_MATH

}  // namespace pw
