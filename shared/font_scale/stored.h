#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace pw {

// The reader's choice is stored as a plain percent ("150", "112.5") so the tiny
// boot script can apply it before first paint without loading wasm.

// Anything but 1–3 digits with an optional ".d" or ".dd" is rejected: no
// exponents, signs, spaces or oversized input ("1e309", "-5", 10 KB of text).
// Values outside [kMinStoredPercent, kMaxStoredPercent] are rejected too.
std::optional<double> parse_stored_percent(std::string_view stored);

// The canonical stored form of a step: "150", "87.5".
std::string format_stored_percent(double percent);

// `percent` to hundredths, the precision it is stored with, so a level reads
// back from storage as itself (non-finite values are returned as they are).
double stored_precision(double percent);

inline constexpr double kMinStoredPercent = 50.0;
inline constexpr double kMaxStoredPercent = 400.0;

}  // namespace pw
