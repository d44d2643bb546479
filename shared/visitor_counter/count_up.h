#pragma once
#include <cstdint>

namespace pw {

inline constexpr double kCountUpMs = 800;

// The number shown `elapsed_ms` into a count-up from `from` to `to`: an
// ease-out curve, whole numbers only, exactly `to` once the time is over.
std::int64_t count_up_value(std::int64_t from, std::int64_t to, double elapsed_ms,
                            double duration_ms = kCountUpMs);

}  // namespace pw
