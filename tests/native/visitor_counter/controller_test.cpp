#include "visitor_counter/controller.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <vector>

namespace pw {

constexpr double kLoadedAt = 1645151400000;  // 2022-02-18 09:30 +07:00
constexpr const char* kNext = R"({"online":9,"today":2452,"total":1121896})";

CounterOptions demo_options() {
  CounterOptions options;
  options.endpoint = "/api/visitors";
  return options;
}

CounterState seed_state(const CounterOptions& options) {
  return start_counter(options, "8", "2451", "1.121.895", kLoadedAt);
}

CounterHttpResult http(int status, std::string body = "", double at = kLoadedAt + 30'000) {
  CounterHttpResult result;
  result.status = status;
  result.body = std::move(body);
  result.now_ms = at;
  return result;
}

TEST(CounterController, StartsFromTheServerRenderedNumbers) {
  const auto state = seed_state(demo_options());
  EXPECT_TRUE(state.known);
  EXPECT_EQ(state.shown, (CounterValues{8, 2451, 1121895}));
}

TEST(CounterController, FirstRequestIsSpreadOverOneInterval) {
  const auto state = seed_state(demo_options());
  EXPECT_DOUBLE_EQ(first_delay_ms(state, 0.0), 0);
  EXPECT_DOUBLE_EQ(first_delay_ms(state, 0.5), 15'000);
}

TEST(CounterController, GoodResponseUpdatesRemembersEtagAndKeepsTheRhythm) {
  const auto options = demo_options();
  auto state = seed_state(options);
  auto result = http(200, kNext);
  result.etag = "W/\"9-2452-1121896\"";
  const auto step = counter_on_result(state, options, result, 0.5, true);
  EXPECT_EQ(step.update, CounterUpdate::animate);
  EXPECT_EQ(step.problem_code, "");
  EXPECT_DOUBLE_EQ(step.next_delay_ms, 30'000);
  EXPECT_EQ(state.shown, (CounterValues{9, 2452, 1121896}));
  EXPECT_EQ(state.animate_from, (CounterValues{8, 2451, 1121895}));
  EXPECT_EQ(state.etag, "W/\"9-2452-1121896\"");
}

TEST(CounterController, AnEtagTooLongToSendBackIsNotKept) {
  const auto options = demo_options();
  auto state = seed_state(options);
  auto result = http(200, kNext);
  result.etag = std::string(kMaxEtagBytes + 1, 'e');
  EXPECT_EQ(counter_on_result(state, options, result, 0.5, true).problem_code, "");
  EXPECT_EQ(state.etag, "") << "the values are taken; only the validator is dropped";
  EXPECT_EQ(state.shown, (CounterValues{9, 2452, 1121896}));
}

TEST(CounterController, NotModifiedKeepsValuesAndConfirmsThemFresh) {
  const auto options = demo_options();
  auto state = seed_state(options);
  const auto step = counter_on_result(state, options, http(304, "", kLoadedAt + 31'000), 0.5, true);
  EXPECT_EQ(step.update, CounterUpdate::unchanged);
  EXPECT_EQ(state.shown, (CounterValues{8, 2451, 1121895}));
  EXPECT_DOUBLE_EQ(state.last_fresh_ms, kLoadedAt + 31'000);
}

TEST(CounterController, ServerPollSecondsIsHonouredWithinBounds) {
  const auto options = demo_options();
  auto state = seed_state(options);
  counter_on_result(state, options, http(200, R"({"online":9,"today":2452,"total":1121896,"pollSeconds":120})"), 0.5, true);
  EXPECT_DOUBLE_EQ(state.policy.interval_ms, 120'000);
  counter_on_result(state, options, http(200, R"({"online":9,"today":2452,"total":1121896,"pollSeconds":1})"), 0.5, true);
  EXPECT_DOUBLE_EQ(state.policy.interval_ms, 10'000);
}

TEST(CounterController, BadResponsesKeepTheLastGoodValuesAndBackOff) {
  const auto options = demo_options();
  auto state = seed_state(options);
  const auto first = counter_on_result(state, options, http(200, "{oops"), 0.5, true);
  EXPECT_EQ(first.problem_code, "bad-json");
  EXPECT_DOUBLE_EQ(first.next_delay_ms, 30'000);  // 0.5 × 60 s
  const auto second = counter_on_result(state, options, http(500), 0.5, true);
  EXPECT_EQ(second.problem_code, "http-500");
  EXPECT_DOUBLE_EQ(second.next_delay_ms, 60'000);  // 0.5 × 120 s
  EXPECT_EQ(state.shown, (CounterValues{8, 2451, 1121895}));
  EXPECT_EQ(state.failures, 2);
  counter_on_result(state, options, http(200, kNext), 0.5, true);
  EXPECT_EQ(state.failures, 0);
}

TEST(CounterController, SmallerTotalIsABadResponse) {
  const auto options = demo_options();
  auto state = seed_state(options);
  const auto step = counter_on_result(state, options, http(200, R"({"online":8,"today":2451,"total":5})"), 0.5, true);
  EXPECT_EQ(step.problem_code, "total-went-back");
  EXPECT_EQ(state.shown.total, 1121895);
}

TEST(CounterController, RateLimitHonoursRetryAfterInBothForms) {
  const auto options = demo_options();
  auto state = seed_state(options);
  auto seconds = http(429);
  seconds.retry_after = "300";
  EXPECT_DOUBLE_EQ(counter_on_result(state, options, seconds, 0.1, true).next_delay_ms, 300'000);
  auto date = http(503, "", kLoadedAt);
  date.retry_after = "Fri, 18 Feb 2022 02:40:00 GMT";  // ten minutes after kLoadedAt
  EXPECT_DOUBLE_EQ(counter_on_result(state, options, date, 0.1, true).next_delay_ms, 600'000);
  auto without = http(429);
  EXPECT_LT(counter_on_result(state, options, without, 0.1, true).next_delay_ms, 300'000);
}

TEST(CounterController, TimeoutsAndNetworkErrorsBackOff) {
  const auto options = demo_options();
  auto state = seed_state(options);
  EXPECT_EQ(counter_on_result(state, options, http(kTimedOut), 0.5, true).problem_code, "timeout");
  EXPECT_EQ(counter_on_result(state, options, http(kNetworkError), 0.5, true).problem_code, "network");
  EXPECT_EQ(state.failures, 2);
}

TEST(CounterController, RepeatedFailuresShowWhenTheNumbersWereLastCurrent) {
  const auto options = demo_options();
  auto state = seed_state(options);
  counter_on_result(state, options, http(200, kNext, kLoadedAt + 12 * 60'000), 0.5, true);  // 09:42
  EXPECT_EQ(counter_on_result(state, options, http(500), 0.5, true).stale_note, "");
  EXPECT_EQ(counter_on_result(state, options, http(500), 0.5, true).stale_note, "");
  EXPECT_EQ(counter_on_result(state, options, http(500), 0.5, true).stale_note, "cập nhật lúc 09:42");
}

TEST(CounterController, VietnamClock) {
  EXPECT_EQ(vietnam_clock(kLoadedAt), "09:30");
  EXPECT_EQ(vietnam_clock(kLoadedAt + 14.5 * 3'600'000), "00:00");
}

// 10,000 readers open the page in the same second and then poll for an hour
// against a healthy endpoint: the first request is spread over one interval
// and steady jitter keeps them from falling back into step.
TEST(CounterController, ThousandsOfReadersOpeningTogetherDoNotPollInLockstep) {
  const auto options = demo_options();
  std::mt19937_64 random(20220218);
  std::uniform_real_distribution<double> uniform(0.0, 1.0);
  std::map<long long, int> per_second;
  long long requests = 0;
  for (int reader = 0; reader < 10'000; ++reader) {
    auto state = seed_state(options);
    double t = kLoadedAt + uniform(random) * 1000 + first_delay_ms(state, uniform(random));
    while (t < kLoadedAt + 3'600'000) {
      ++per_second[static_cast<long long>((t - kLoadedAt) / 1000)];
      ++requests;
      t += counter_on_result(state, options, http(304, "", t), uniform(random), false).next_delay_ms;
    }
  }
  const double mean = static_cast<double>(requests) / 3600.0;
  int peak = 0;
  for (const auto& [second, count] : per_second) peak = std::max(peak, count);
  EXPECT_NEAR(requests / 10'000.0, 120, 2);  // one request per 30 s per reader
  EXPECT_LT(peak / mean, 2.0) << "peak " << peak << " vs mean " << mean;
  RecordProperty("peak_to_mean", std::to_string(peak / mean));
}

}  // namespace pw
