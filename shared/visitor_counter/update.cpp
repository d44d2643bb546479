#include "visitor_counter/update.h"

#include <cmath>

namespace pw {

long long vietnam_day(double epoch_ms) {
  constexpr double kOffsetMs = 7 * 3'600'000.0;
  constexpr double kDayMs = 86'400'000.0;
  return static_cast<long long>(std::floor((epoch_ms + kOffsetMs) / kDayMs));
}

CounterUpdate judge_counter_update(const CounterValues& shown, bool known, double shown_at_ms,
                                   const CounterValues& next, double now_ms, bool motion_ok) {
  if (!known) return CounterUpdate::snap;
  if (next.total < shown.total) return CounterUpdate::total_went_back;
  if (next.today < shown.today) {
    if (vietnam_day(now_ms) == vietnam_day(shown_at_ms)) return CounterUpdate::today_went_back;
    return CounterUpdate::snap;
  }
  if (next == shown) return CounterUpdate::unchanged;
  return motion_ok ? CounterUpdate::animate : CounterUpdate::snap;
}

}  // namespace pw
