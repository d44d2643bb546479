#pragma once

#include "visitor_counter/values.h"

namespace pw {

// Whether newly received numbers may replace the ones on screen.
enum class CounterUpdate {
  unchanged,          // same numbers: nothing to do
  animate,            // count up from the old numbers
  snap,               // replace at once (first values, or today reset at midnight)
  total_went_back,    // rejected: a total never decreases
  today_went_back,    // rejected: today decreases only across local midnight
};

// Day number in Asia/Ho_Chi_Minh (UTC+7 all year, no DST) of a UTC time.
long long vietnam_day(double epoch_ms);

// `shown` are the numbers on screen since `shown_at_ms` (`known` is false while
// the server-rendered text could not be read). `motion_ok`: the box is on
// screen and the reader has not asked for reduced motion.
CounterUpdate judge_counter_update(const CounterValues& shown, bool known, double shown_at_ms,
                                   const CounterValues& next, double now_ms, bool motion_ok);

}  // namespace pw
