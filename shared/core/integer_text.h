#pragma once
#include <string>

namespace pw {

// Decimal digits of `value`, with "-" when negative: what std::to_string
// gives for integers, without its snprintf machinery in the wasm.
std::string integer_text(long long value);

}  // namespace pw
