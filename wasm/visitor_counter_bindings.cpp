// embind surface of the visitor counter. Each mounted counter's state lives
// here under an integer id; destroy() frees it. Values only cross.
#include <emscripten/bind.h>

#include <string>

#include "instance_registry.h"
#include "join_lines.h"

#include "count_format.h"
#include "count_up.h"
#include "counter_controller.h"
#include "counter_response.h"

namespace {

using pw::CounterHttpResult;

struct Counter {
  pw::CounterOptions options;
  pw::CounterState state;
};

InstanceRegistry<Counter>& counters() {
  static InstanceRegistry<Counter> all;
  return all;
}

struct CounterConfig {
  int id = 0;
  std::string endpoint;
  double timeout_ms = 0;
  double first_delay_ms = 0;
  double max_body_bytes = 0;
  std::string pause_label;
  std::string resume_label;
  std::string warnings;
};

// The three numbers as the page shows them, and whether a count-up is over.
struct CounterTexts {
  std::string online;
  std::string today;
  std::string total;
  bool done = true;
};

struct CounterStepView {
  std::string update;  // "unchanged", "animate", "snap", "rejected"
  double next_delay_ms = 0;
  std::string problem_code;
  std::string problem_message;
  std::string stale_note;
  CounterTexts texts;
};

CounterTexts texts_of(const Counter& counter, const pw::CounterValues& values, bool done) {
  const auto& format = counter.options.format;
  return {pw::format_count(values.online, format), pw::format_count(values.today, format),
          pw::format_count(values.total, format), done};
}

CounterConfig counter_create(const pw::OptionLayers& layers, const std::string& online,
                             const std::string& today, const std::string& total, double now_ms,
                             double random01) {
  auto parsed = pw::parse_counter_options(layers);
  Counter counter{parsed.options, pw::start_counter(parsed.options, online, today, total, now_ms)};
  CounterConfig config{0,
                       counter.options.endpoint,
                       counter.options.timeout_seconds * 1000,
                       pw::first_delay_ms(counter.state, random01),
                       static_cast<double>(pw::kMaxCounterBodyBytes),
                       counter.options.strings.pause,
                       counter.options.strings.resume,
                       join_lines(parsed.warnings)};
  config.id = counters().add(std::move(counter));
  return config;
}

CounterStepView counter_result(int id, const CounterHttpResult& result, double random01, bool motion_ok) {
  Counter* found = counters().find(id);
  if (!found) return {};
  Counter& counter = *found;
  const pw::CounterStep step = pw::counter_on_result(counter.state, counter.options, result, random01, motion_ok);
  const char* update = "rejected";
  switch (step.update) {
    case pw::CounterUpdate::unchanged: update = "unchanged"; break;
    case pw::CounterUpdate::animate: update = "animate"; break;
    case pw::CounterUpdate::snap: update = "snap"; break;
    default: break;
  }
  if (!step.problem_code.empty()) update = "rejected";
  return {update,
          step.next_delay_ms,
          step.problem_code,
          step.problem_message,
          step.stale_note,
          texts_of(counter, counter.state.shown, true)};
}

CounterTexts counter_frame(int id, double elapsed_ms) {
  const Counter* found = counters().find(id);
  if (!found) return {};
  const Counter& counter = *found;
  const auto& from = counter.state.animate_from;
  const auto& to = counter.state.shown;
  const pw::CounterValues now{pw::count_up_value(from.online, to.online, elapsed_ms),
                              pw::count_up_value(from.today, to.today, elapsed_ms),
                              pw::count_up_value(from.total, to.total, elapsed_ms)};
  return texts_of(counter, now, elapsed_ms >= pw::kCountUpMs);
}

double counter_resume_delay(int id, double now_ms) {
  const Counter* found = counters().find(id);
  return found ? pw::resume_delay_ms(found->state.policy, now_ms, found->state.last_fresh_ms) : 0;
}

std::string counter_etag(int id) {
  const Counter* found = counters().find(id);
  return found ? found->state.etag : "";
}

void counter_destroy(int id) { counters().remove(id); }

}  // namespace

EMSCRIPTEN_BINDINGS(visitor_counter) {
  using emscripten::value_object;
  value_object<CounterConfig>("CounterConfig")
      .field("id", &CounterConfig::id)
      .field("endpoint", &CounterConfig::endpoint)
      .field("timeoutMs", &CounterConfig::timeout_ms)
      .field("firstDelayMs", &CounterConfig::first_delay_ms)
      .field("maxBodyBytes", &CounterConfig::max_body_bytes)
      .field("pauseLabel", &CounterConfig::pause_label)
      .field("resumeLabel", &CounterConfig::resume_label)
      .field("warnings", &CounterConfig::warnings);
  value_object<CounterHttpResult>("CounterHttpResult")
      .field("status", &CounterHttpResult::status)
      .field("body", &CounterHttpResult::body)
      .field("etag", &CounterHttpResult::etag)
      .field("retryAfter", &CounterHttpResult::retry_after)
      .field("nowMs", &CounterHttpResult::now_ms);
  value_object<CounterTexts>("CounterTexts")
      .field("online", &CounterTexts::online)
      .field("today", &CounterTexts::today)
      .field("total", &CounterTexts::total)
      .field("done", &CounterTexts::done);
  value_object<CounterStepView>("CounterStepView")
      .field("update", &CounterStepView::update)
      .field("nextDelayMs", &CounterStepView::next_delay_ms)
      .field("problemCode", &CounterStepView::problem_code)
      .field("problemMessage", &CounterStepView::problem_message)
      .field("staleNote", &CounterStepView::stale_note)
      .field("texts", &CounterStepView::texts);

  emscripten::function("counterCreate", &counter_create);
  emscripten::function("counterResult", &counter_result);
  emscripten::function("counterFrame", &counter_frame);
  emscripten::function("counterResumeDelay", &counter_resume_delay);
  emscripten::function("counterEtag", &counter_etag);
  emscripten::function("counterDestroy", &counter_destroy);
}
