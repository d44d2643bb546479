#include "visitor_counter/poll_schedule.h"

#include <algorithm>
#include <cmath>

namespace pw {
namespace {

double unit(double random01) {
  return std::isfinite(random01) ? std::clamp(random01, 0.0, 1.0) : 0.5;
}

}  // namespace

double clamp_interval_ms(double seconds) {
  if (!std::isfinite(seconds)) return 30'000;
  return std::clamp(seconds * 1000.0, kMinIntervalMs, kMaxIntervalMs);
}

double steady_delay_ms(const PollPolicy& policy, double random01) {
  return policy.interval_ms * (1.0 - policy.jitter + 2.0 * policy.jitter * unit(random01));
}

double backoff_delay_ms(const PollPolicy& policy, int failures, double random01) {
  const int doublings = std::clamp(failures, 1, 30);
  const double ceiling =
      std::min(policy.max_backoff_ms, policy.interval_ms * static_cast<double>(1 << doublings));
  return std::max(policy.min_retry_ms, ceiling * unit(random01));
}

double rate_limited_delay_ms(const PollPolicy& policy, int failures, double random01,
                             double retry_after_ms, bool has_retry_after) {
  double delay = backoff_delay_ms(policy, failures, random01);
  if (has_retry_after && std::isfinite(retry_after_ms)) delay = std::max(delay, retry_after_ms);
  return std::min(delay, policy.max_wait_ms);
}

double resume_delay_ms(const PollPolicy& policy, double now_ms, double last_fresh_ms) {
  const double age = now_ms - last_fresh_ms;
  if (!std::isfinite(age) || age >= policy.interval_ms || age < 0) return 0;
  return policy.interval_ms - age;
}

}  // namespace pw
