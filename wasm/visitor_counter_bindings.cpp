// Exports of the visitor counter. Each mounted counter's state lives here
// under an integer id; counterDestroy frees it. Values only cross.
#include <cstdint>
#include <string>
#include <utility>

#include "boundary.h"
#include "instance_registry.h"
#include "option_layers_arg.h"

#include "count_format.h"
#include "count_up.h"
#include "counter_controller.h"
#include "counter_response.h"

namespace {

using pw::wasm::CallArgs;
using pw::wasm::Key;
using pw::wasm::Result;
using pw::wasm::result;

struct Counter {
  pw::CounterOptions options;
  pw::CounterState state;
};

// A plain global, set up by _initialize before any export runs: no guard on
// every call, as a function's static would have.
InstanceRegistry<Counter> all_counters;

Counter* counter_of(CallArgs& args) { return all_counters.find(args.integer()); }

// The three numbers as the page shows them, and whether a count-up is over.
Result& put_texts(Result& out, const Counter* counter, const pw::CounterValues& values, bool done) {
  const auto format = [counter](std::int64_t value) {
    return counter ? pw::format_count(value, counter->options.format) : std::string();
  };
  return out.object()
      .text(Key::online, format(values.online))
      .text(Key::today, format(values.today))
      .text(Key::total, format(values.total))
      .flag(Key::done, done)
      .end();
}

const char* update_name(const pw::CounterStep& step) {
  if (!step.problem_code.empty()) return "rejected";
  switch (step.update) {
    case pw::CounterUpdate::unchanged: return "unchanged";
    case pw::CounterUpdate::animate: return "animate";
    case pw::CounterUpdate::snap: return "snap";
    default: return "rejected";
  }
}

}  // namespace

// (layers, online, today, total, nowMs, random01) → the counter's config and id
PW_EXPORT const char* counterCreate() {
  CallArgs args;
  auto parsed = pw::parse_counter_options(pw::wasm::option_layers(args));
  const std::string online = args.text();
  const std::string today = args.text();
  const std::string total = args.text();
  const double now_ms = args.number();
  const double random01 = args.number();
  pw::CounterState state = pw::start_counter(parsed.options, online, today, total, now_ms);
  const double first_delay_ms = pw::first_delay_ms(state, random01);
  const int id = all_counters.add({std::move(parsed.options), std::move(state)});
  const pw::CounterOptions& options = all_counters.find(id)->options;  // moved, not copied
  return result()
      .object()
      .number(Key::id, id)
      .text(Key::endpoint, options.endpoint)
      .flag(Key::record, options.record)
      .number(Key::timeoutMs, options.timeout_seconds * 1000)
      .number(Key::firstDelayMs, first_delay_ms)
      .number(Key::maxBodyBytes, static_cast<double>(pw::kMaxCounterBodyBytes))
      .text(Key::pauseLabel, options.strings.pause)
      .text(Key::resumeLabel, options.strings.resume)
      .lines(Key::warnings, parsed.warnings)
      .end()
      .done();
}

// (id, status, body, etag, retryAfter, nowMs, random01, motionOk) → what to show and when to
// ask again; the numbers themselves come from counterFrame
PW_EXPORT const char* counterResult() {
  CallArgs args;
  Counter* counter = counter_of(args);
  // Braced lists are read left to right.
  const pw::CounterHttpResult response{args.integer(), args.text(), args.text(), args.text(),
                                       args.number()};
  const double random01 = args.number();
  const bool motion_ok = args.flag();
  pw::CounterStep step;
  if (counter) step = pw::counter_on_result(counter->state, counter->options, response, random01, motion_ok);
  return result()
      .object()
      .text(Key::update, update_name(step))
      .number(Key::nextDelayMs, step.next_delay_ms)
      .text(Key::problemCode, step.problem_code)
      .text(Key::problemMessage, step.problem_message)
      .text(Key::staleNote, step.stale_note)
      .end()
      .done();
}

// (id, elapsedMs) → the numbers part way through the count-up
PW_EXPORT const char* counterFrame() {
  CallArgs args;
  const Counter* counter = counter_of(args);
  const double elapsed_ms = args.number();
  pw::CounterValues now;
  if (counter) {
    const auto& from = counter->state.animate_from;
    const auto& to = counter->state.shown;
    now = {pw::count_up_value(from.online, to.online, elapsed_ms),
           pw::count_up_value(from.today, to.today, elapsed_ms),
           pw::count_up_value(from.total, to.total, elapsed_ms)};
  }
  return put_texts(result(), counter, now, elapsed_ms >= pw::kCountUpMs).done();
}

// (id, nowMs) → ms until the next request after a pause
PW_EXPORT const char* counterResumeDelay() {
  CallArgs args;
  const Counter* counter = counter_of(args);
  const double now_ms = args.number();
  return result()
      .number(Key::none, counter ? pw::resume_delay_ms(counter->state.policy, now_ms,
                                                     counter->state.last_fresh_ms)
                               : 0)
      .done();
}

// (id) → the ETag to send as If-None-Match, or ""
PW_EXPORT const char* counterEtag() {
  CallArgs args;
  const Counter* counter = counter_of(args);
  return result().text(Key::none, counter ? counter->state.etag : std::string()).done();
}

// (id)
PW_EXPORT void counterDestroy() {
  CallArgs args;
  all_counters.remove(args.integer());
}
