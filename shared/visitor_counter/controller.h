#pragma once
#include <string>

#include "visitor_counter/options.h"
#include "visitor_counter/update.h"
#include "visitor_counter/values.h"
#include "visitor_counter/poll_schedule.h"

namespace pw {

// Everything the visitor counter remembers between requests.
struct CounterState {
  PollPolicy policy;
  CounterValues shown;       // on screen (or counting up towards)
  CounterValues animate_from;
  bool known = false;        // false while the page's own numbers were unreadable
  double shown_at_ms = 0;
  double last_fresh_ms = 0;  // when the numbers on screen were last confirmed current
  std::string etag;          // sent back as If-None-Match
  int failures = 0;          // consecutive
};

// What came back from one request. `status` is the HTTP status, or
// kNetworkError / kTimedOut when there was no response.
struct CounterHttpResult {
  int status = 0;
  std::string body;
  std::string etag;
  std::string retry_after;
  double now_ms = 0;
};

inline constexpr int kNetworkError = 0;
inline constexpr std::size_t kMaxEtagBytes = 256;
inline constexpr int kTimedOut = -1;

// What the adapter does next.
struct CounterStep {
  CounterUpdate update = CounterUpdate::unchanged;
  double next_delay_ms = 0;
  std::string problem_code;     // "" when the result was good
  std::string problem_message;
  std::string stale_note;       // "" unless repeated failures made the numbers stale
};

// The state at mount, from the numbers the server rendered into the page.
CounterState start_counter(const CounterOptions& options, const std::string& online_text,
                           const std::string& today_text, const std::string& total_text,
                           double now_ms);

// Delay before the first request: uniform over one interval, so readers who
// all opened the page in the same second do not all ask in the same second.
double first_delay_ms(const CounterState& state, double random01);

// Folds one result into the state. `motion_ok`: on screen and no reduced motion.
CounterStep counter_on_result(CounterState& state, const CounterOptions& options,
                              const CounterHttpResult& result, double random01, bool motion_ok);

// "10:42" in Asia/Ho_Chi_Minh.
std::string vietnam_clock(double epoch_ms);

}  // namespace pw
