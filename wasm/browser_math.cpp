// The wasm's motion maths (shared/core/motion_math.h): the browser's own Math
// functions through Emscripten's em_math.h, so the module carries no exp or
// log tables of the C library.
#include <emscripten/em_math.h>

#include "core/motion_math.h"

namespace pw {

double motion_exp(double x) { return emscripten_math_exp(x); }
double motion_log(double x) { return emscripten_math_log(x); }
double motion_hypot(double x, double y) { return emscripten_math_hypot(2, x, y); }
double motion_fmod(double x, double y) { return emscripten_math_fmod(x, y); }

}  // namespace pw
