#pragma once

namespace pw {

// When the visitor counter asks its endpoint again. Every function is pure:
// time and randomness come in as values (`random01` is uniform in [0, 1)).

struct PollPolicy {
  double interval_ms = 30'000;       // steady interval (option or server's pollSeconds)
  double jitter = 0.2;               // steady delays spread over ±20%
  double max_backoff_ms = 15 * 60'000;
  double min_retry_ms = 2'000;       // never hammer a failing server
  double max_wait_ms = 6 * 3'600'000;  // longest any server may park us
};

inline constexpr double kMinIntervalMs = 10'000;
inline constexpr double kMaxIntervalMs = 3'600'000;

// An interval in seconds (option or server wish) within [10 s, 1 h].
double clamp_interval_ms(double seconds);

// After a good or 304 response: the interval spread by ±jitter, so thousands
// of readers who opened the page in the same second drift apart.
double steady_delay_ms(const PollPolicy& policy, double random01);

// After `failures` consecutive errors or timeouts (1 for the first):
// "full jitter", uniform in [0, min(cap, interval × 2^(failures-1) × 2)],
// never below min_retry_ms.
double backoff_delay_ms(const PollPolicy& policy, int failures, double random01);

// After a 429 or 503: at least what Retry-After asked (when it was given and
// valid), at least the backoff, at most max_wait_ms.
double rate_limited_delay_ms(const PollPolicy& policy, int failures, double random01,
                             double retry_after_ms, bool has_retry_after);

// When the tab becomes visible or the browser comes back online: how long
// until the next request. Stale data (older than one interval) is refreshed
// at once, otherwise the steady schedule resumes where it would have been.
double resume_delay_ms(const PollPolicy& policy, double now_ms, double last_fresh_ms);

}  // namespace pw
