#pragma once

namespace pw {

// exp, log, hypot and fmod for motion maths. Natively they are the C
// library's (shared/core/motion_math.cpp). In the wasm, wasm/browser_math.cpp
// defines them with the browser's own Math functions through Emscripten's
// em_math.h, which cost the module no code where the C library's exp and log
// would bring kilobytes of tables; shared/ itself includes no Emscripten header.
double motion_exp(double x);
double motion_log(double x);
double motion_hypot(double x, double y);
double motion_fmod(double x, double y);

}  // namespace pw
