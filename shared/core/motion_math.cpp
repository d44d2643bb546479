// The native motion maths: the C library's. The wasm links
// wasm/browser_math.cpp instead (see motion_math.h).
#include "core/motion_math.h"

#include <cmath>

namespace pw {

double motion_exp(double x) { return std::exp(x); }
double motion_log(double x) { return std::log(x); }
double motion_hypot(double x, double y) { return std::hypot(x, y); }
double motion_fmod(double x, double y) { return std::fmod(x, y); }

}  // namespace pw
