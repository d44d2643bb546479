#pragma once
// exp, log, hypot and fmod for motion maths. In the wasm they are the
// browser's own Math functions through Emscripten's em_math.h, which cost the
// module no code where the C library's exp and log would bring kilobytes of
// tables; natively they are the C library's.
#ifdef __EMSCRIPTEN__
#include <emscripten/em_math.h>
#else
#include <cmath>
#endif

namespace pw {

#ifdef __EMSCRIPTEN__
inline double motion_exp(double x) { return emscripten_math_exp(x); }
inline double motion_log(double x) { return emscripten_math_log(x); }
inline double motion_hypot(double x, double y) { return emscripten_math_hypot(2, x, y); }
inline double motion_fmod(double x, double y) { return emscripten_math_fmod(x, y); }
#else
inline double motion_exp(double x) { return std::exp(x); }
inline double motion_log(double x) { return std::log(x); }
inline double motion_hypot(double x, double y) { return std::hypot(x, y); }
inline double motion_fmod(double x, double y) { return std::fmod(x, y); }
#endif

}  // namespace pw
