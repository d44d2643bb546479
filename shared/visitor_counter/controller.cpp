#include "visitor_counter/controller.h"

#include "visitor_counter/response.h"
#include "core/integer_text.h"
#include "visitor_counter/retry_after.h"

namespace pw {
namespace {

// `code` and `message` are copied once, here: most callers pass literals.
CounterStep failed(CounterState& state, const CounterOptions& options, double random01,
                   const char* code, const char* message, const CounterHttpResult& result) {
  state.failures += 1;
  CounterStep step;
  step.problem_code = code;
  step.problem_message = message;
  const bool rate_limited = result.status == 429 || result.status == 503;
  if (rate_limited) {
    const auto wait = parse_retry_after_ms(result.retry_after, result.now_ms);
    step.next_delay_ms = rate_limited_delay_ms(state.policy, state.failures, random01,
                                               wait.value_or(0), wait.has_value());
  } else {
    step.next_delay_ms = backoff_delay_ms(state.policy, state.failures, random01);
  }
  if (state.failures >= options.stale_after_failures) {
    step.stale_note = fill_placeholder(options.strings.stale, "{time}", vietnam_clock(state.last_fresh_ms));
  }
  return step;
}

CounterStep fresh(CounterState& state, double now_ms, double random01) {
  state.failures = 0;
  state.last_fresh_ms = now_ms;
  CounterStep step;
  step.next_delay_ms = steady_delay_ms(state.policy, random01);
  return step;
}

}  // namespace

CounterState start_counter(const CounterOptions& options, const std::string& online_text,
                           const std::string& today_text, const std::string& total_text,
                           double now_ms) {
  CounterState state;
  state.policy.interval_ms = clamp_interval_ms(options.interval_seconds);
  const auto online = parse_displayed_count(online_text);
  const auto today = parse_displayed_count(today_text);
  const auto total = parse_displayed_count(total_text);
  state.known = online && today && total;
  if (state.known) state.shown = {*online, *today, *total};
  state.animate_from = state.shown;
  state.shown_at_ms = now_ms;
  state.last_fresh_ms = now_ms;  // the page was rendered just now
  return state;
}

double first_delay_ms(const CounterState& state, double random01) {
  const double r = random01 >= 0 && random01 <= 1 ? random01 : 0.5;
  return state.policy.interval_ms * r;
}

CounterStep counter_on_result(CounterState& state, const CounterOptions& options,
                              const CounterHttpResult& result, double random01, bool motion_ok) {
  if (result.status == 304) return fresh(state, result.now_ms, random01);
  if (result.status == kTimedOut) {
    return failed(state, options, random01, "timeout", "the counter endpoint did not answer in time", result);
  }
  if (result.status == kNetworkError) {
    return failed(state, options, random01, "network", "the counter endpoint could not be reached", result);
  }
  if (result.status != 200) {
    const std::string status = integer_text(result.status);
    return failed(state, options, random01, ("http-" + status).c_str(),
                  ("the counter endpoint answered HTTP " + status).c_str(), result);
  }
  const CounterResponse response = parse_counter_response(result.body, options.map);
  if (response.error != CounterResponseError::none) {
    return failed(state, options, random01, error_code(response.error), describe(response).c_str(), result);
  }
  const CounterUpdate update = judge_counter_update(state.shown, state.known, state.shown_at_ms,
                                                    response.values, result.now_ms, motion_ok && options.animate);
  if (update == CounterUpdate::total_went_back) {
    return failed(state, options, random01, "total-went-back",
                  "the total is smaller than the one shown; the response is ignored", result);
  }
  if (update == CounterUpdate::today_went_back) {
    return failed(state, options, random01, "today-went-back",
                  "today's count dropped before midnight; the response is ignored", result);
  }
  if (response.poll_seconds) state.policy.interval_ms = clamp_interval_ms(*response.poll_seconds);
  // A validator too long to send back would make every later request fail
  // (servers refuse huge headers), so it is dropped rather than kept.
  state.etag = result.etag.size() <= kMaxEtagBytes ? result.etag : std::string();
  state.animate_from = state.shown;
  state.shown = response.values;
  state.known = true;
  state.shown_at_ms = result.now_ms;
  CounterStep step = fresh(state, result.now_ms, random01);
  step.update = update;
  return step;
}

std::string vietnam_clock(double epoch_ms) {
  const long long minutes_of_day =
      (static_cast<long long>((epoch_ms + 7 * 3'600'000.0) / 60'000.0) % 1440 + 1440) % 1440;
  const auto two = [](long long n) { return std::string(n < 10 ? "0" : "") + integer_text(n); };
  return two(minutes_of_day / 60) + ":" + two(minutes_of_day % 60);
}

}  // namespace pw
