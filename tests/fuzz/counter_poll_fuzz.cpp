// The visitor counter's polling state machine, fed a stream of request
// outcomes: HTTP status, body, ETag, Retry-After and the clock, as the
// adapter forwards them. After every outcome the schedule and the numbers
// on screen must stay sane.
//
// Input: a header (options and the page's own numbers), then one outcome
// per record; see make-seeds.mjs for the layout.
#include <string>

#include "visitor_counter/controller.h"
#include "fuzz_input.h"

namespace {

using namespace pw;
using fuzz::FuzzInput;
using fuzz::within;

constexpr double kStartMs = 1645151400000;  // 2022-02-18 09:30 in Hà Nội

const int kStatuses[] = {200, 200, 200, 304, 429, 503, 500, 404, kNetworkError, kTimedOut};

const char* const kRetryAfter[] = {
    "", "120", "0", "-1", "1e3", "99999999999999999999999999999",
    "Sun, 06 Nov 1994 08:49:37 GMT", "Fri, 18 Feb 2022 09:31:00 GMT",
    "Friday, 18-Feb-22 09:31:00 GMT", "Fri Feb 18 09:31:00 2022", "Fri, 31 Dec 9999 23:59:59 GMT",
};

// A v1 body from the input's numbers (most steps), or raw bytes.
std::string body_from(FuzzInput& in, std::int64_t around_total) {
  if (in.pick(4) == 0) return in.text();
  const auto count = [&](std::int64_t base) {
    switch (in.pick(8)) {
      case 0: return std::to_string(base - in.byte());
      case 1: return std::to_string(static_cast<std::int64_t>(in.u16()));
      case 2: return "\"" + std::to_string(base + in.byte()) + "\"";
      case 3: return std::string("9007199254740992");
      case 4: return std::string("-1");
      case 5: return std::string("8.5");
      default: return std::to_string(base + in.byte());
    }
  };
  std::string body = "{\"online\":" + count(8) + ",\"today\":" + count(2451) +
                     ",\"total\":" + count(around_total);
  if (in.flag()) body += ",\"pollSeconds\":" + std::to_string(in.i16());
  return body + "}";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzInput in(data, size);
  CounterOptions options;
  options.endpoint = "/api/visitors";
  options.interval_seconds = 10 + in.u16() % 3591;
  options.animate = in.flag();
  options.stale_after_failures = 1 + in.pick(100);
  const std::string online = in.flag() ? "8" : in.text();
  const std::string today = in.flag() ? "2.451" : in.text();
  const std::string total = in.flag() ? "1.121.895" : in.text();
  fuzz::FuzzClock clock(kStartMs);
  CounterState state = start_counter(options, online, today, total, clock.now());
  PW_CHECK(within(first_delay_ms(state, in.byte() / 256.0), 0, state.policy.interval_ms));

  while (!in.empty()) {
    const CounterState before = state;
    CounterHttpResult result;
    const unsigned which = in.pick(sizeof kStatuses / sizeof kStatuses[0] + 1);
    result.status = which < sizeof kStatuses / sizeof kStatuses[0] ? kStatuses[which] : in.i16();
    if (result.status == 200) result.body = body_from(in, state.shown.total);
    result.etag = in.flag() ? "\"v" + std::to_string(in.byte()) + "\"" : "";
    const unsigned retry = in.pick(sizeof kRetryAfter / sizeof kRetryAfter[0] + 1);
    result.retry_after = retry < sizeof kRetryAfter / sizeof kRetryAfter[0] ? kRetryAfter[retry] : in.text();
    // Date.now() is always a readable time; it may step back a little.
    result.now_ms = clock.step(in);
    if (!std::isfinite(result.now_ms) || result.now_ms > 8.64e15) result.now_ms = clock.now();
    const double random01 = in.byte() / 256.0;
    const bool motion_ok = in.flag();

    const CounterStep step = counter_on_result(state, options, result, random01, motion_ok);

    const PollPolicy& policy = state.policy;
    PW_CHECK(within(policy.interval_ms, kMinIntervalMs, kMaxIntervalMs));
    PW_CHECK(std::isfinite(step.next_delay_ms));
    const bool good = step.problem_code.empty();
    PW_CHECK(good == step.problem_message.empty());
    if (good) {
      PW_CHECK(state.failures == 0);
      PW_CHECK(within(step.next_delay_ms, policy.interval_ms * (1 - policy.jitter),
                      policy.interval_ms * (1 + policy.jitter), 1e-6));
      PW_CHECK(step.stale_note.empty());
      if (result.status == 200) PW_CHECK(state.known && state.etag == result.etag);
    } else {
      PW_CHECK(state.failures == before.failures + 1);
      PW_CHECK(within(step.next_delay_ms, policy.min_retry_ms, policy.max_wait_ms));
      PW_CHECK(step.stale_note.empty() == (state.failures < options.stale_after_failures));
      PW_CHECK(state.shown == before.shown && state.known == before.known);
      PW_CHECK(state.etag == before.etag);
    }
    // What is on screen: counts, never lost or running backwards.
    for (std::int64_t count : {state.shown.online, state.shown.today, state.shown.total}) {
      PW_CHECK(count >= 0 && count <= kMaxExactCount);
    }
    if (before.known) {
      PW_CHECK(state.shown.total >= before.shown.total);
      if (state.shown.today < before.shown.today) {
        PW_CHECK(vietnam_day(state.shown_at_ms) != vietnam_day(before.shown_at_ms));
      }
    }
    if (step.update == CounterUpdate::animate) PW_CHECK(motion_ok && options.animate);
    if (step.update != CounterUpdate::unchanged) PW_CHECK(good);
    const std::string clock_text = vietnam_clock(state.last_fresh_ms);
    PW_CHECK(clock_text.size() == 5 && clock_text[2] == ':');
    PW_CHECK(within(resume_delay_ms(policy, clock.now(), state.last_fresh_ms), 0, policy.interval_ms));
  }
  return 0;
}
