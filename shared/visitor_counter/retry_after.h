#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

namespace pw {

// Delay in milliseconds that an HTTP Retry-After header value asks for, relative to
// `now_ms` (milliseconds since the Unix epoch, UTC). Accepts delta-seconds ("120")
// and HTTP-date in all three forms of RFC 9110 §5.6.7: IMF-fixdate
// ("Sun, 06 Nov 1994 08:49:37 GMT"), obsolete RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT")
// and asctime ("Sun Nov  6 08:49:37 1994"). A date in the past gives 0.
// Anything else (empty, negative, "1e3", garbage, out-of-range fields, more than
// kMaxRetryAfterChars before trimming) → nullopt.
//
// Surrounding spaces and tabs are ignored. The delay never exceeds kMaxRetryAfterMs,
// whether asked for in seconds or as a far-future date: a misconfigured server must
// not park a client for years, and 30-digit delta-seconds must not overflow.
std::optional<double> parse_retry_after_ms(std::string_view header, double now_ms);

// An HTTP-date (any of the three forms above, exact: no surrounding whitespace) as
// milliseconds since the Unix epoch. Names are case-sensitive ("Nov", "GMT") as the
// RFC requires. The day-of-week must be a valid name but need not match the date,
// since recipients may ignore it. Second 60 (a leap second) is accepted and lands
// on the next minute. RFC 850's two-digit year is 70–99 → 19xx, 00–69 → 20xx: a
// fixed pivot rather than RFC 9110's "more than 50 years ahead" rule, which would
// make the result depend on the clock; the two agree for any clock until 2020+50.
std::optional<double> parse_http_date_ms(std::string_view text);

inline constexpr double kMaxRetryAfterMs = 365.0 * 24 * 60 * 60 * 1000;
inline constexpr std::size_t kMaxRetryAfterChars = 64;

}  // namespace pw
