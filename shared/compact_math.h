#pragma once

namespace pw {

// exp, log, sin and cos for motion maths, in a few hundred bytes of wasm.
// The C library's versions bring about 6 KB of tables of doubles (which gzip
// cannot shrink) and a reduction for arguments up to 1e308; ours are short
// polynomials after a range reduction, tested against std:: to:
//   compact_exp, compact_log: within 4 ulp everywhere;
//   compact_sin, compact_cos: within 1e-15 absolute for |x| <= 1e3, 1e-11 up
//   to 1e5 (a spring's phase stays under 1e3 radians).
// Special values behave as std::'s: NaN in, NaN out; exp overflows to inf and
// underflows to 0; log(0) is -inf and log of a negative is NaN; sin and cos
// of an infinity are NaN.
double compact_exp(double x);
double compact_log(double x);
double compact_sin(double x);
double compact_cos(double x);

}  // namespace pw
