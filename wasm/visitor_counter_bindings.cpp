// embind bindings of the visitor counter. The adapter creates one
// VisitorCounter per mounted counter and deletes it in destroy(); the
// options, the schedule and the numbers on screen live here between calls.
#include <emscripten/bind.h>

#include <cstdint>
#include <string>
#include <utility>

#include "lines.h"
#include "live_instance.h"

#include "visitor_counter/count_format.h"
#include "visitor_counter/count_up.h"
#include "visitor_counter/controller.h"
#include "visitor_counter/response.h"
#include "visitor_counter/tab.h"
#include "core/option_layers.h"

namespace {

// The numbers the server rendered into the page, as text.
struct CounterMarkup {
  std::string online, today, total;
};

// What the adapter needs once at mount.
struct CounterConfig {
  std::string endpoint;
  double timeout_ms = 0;
  double first_delay_ms = 0;
  double max_body_bytes = 0;
  std::string pause_label, resume_label;
  bool record = false;   // POST this page view (data-pw-record)
  std::string warnings;  // one per line; "" when none
};

// What the page does with one response: the update to show, when to ask again.
enum class CounterShow { unchanged, animate, snap, rejected };

struct CounterStepView {
  CounterShow show = CounterShow::unchanged;
  double next_delay_ms = 0;
  std::string problem_code, problem_message, stale_note;
};

// The three numbers as the page shows them, and whether a count-up is over.
struct CounterTexts {
  std::string online, today, total;
  bool done = false;
};

// Where this tab stands and what it may do (visitor_counter/tab.h).
struct CounterTabView {
  bool paused = false;       // the reader's pause, kept here
  bool takes_part = false;   // it competes for the lead
  bool polls = false;        // it is the tab asking for all (the widget's `polling`)
  bool may_request = false;  // it may send a request now
};

CounterShow show_of(const pw::CounterStep& step) {
  if (!step.problem_code.empty()) return CounterShow::rejected;
  switch (step.update) {
    case pw::CounterUpdate::unchanged: return CounterShow::unchanged;
    case pw::CounterUpdate::animate: return CounterShow::animate;
    case pw::CounterUpdate::snap: return CounterShow::snap;
    default: return CounterShow::rejected;
  }
}

class VisitorCounter {
 public:
  VisitorCounter(const pw::OptionLayers& layers, const CounterMarkup& markup, double now_ms, double random01) {
    auto parsed = pw::parse_counter_options(layers);
    options_ = std::move(parsed.options);
    state_ = pw::start_counter(options_, markup.online, markup.today, markup.total, now_ms);
    config_ = {options_.endpoint,
               options_.timeout_seconds * 1000,
               pw::first_delay_ms(state_, random01),
               static_cast<double>(pw::kMaxCounterBodyBytes),
               options_.strings.pause,
               options_.strings.resume,
               options_.record,
               pw::wasm::lines(parsed.warnings)};
  }

  CounterConfig config() const { return config_; }

  // One response (status 0: network error, -1: timed out), from this tab or
  // shared by the leading one. The numbers themselves come from frame().
  CounterStepView result(const pw::CounterHttpResult& response, double random01, bool motion_ok) {
    const pw::CounterStep step = pw::counter_on_result(state_, options_, response, random01, motion_ok);
    return {show_of(step), step.next_delay_ms, step.problem_code, step.problem_message, step.stale_note};
  }

  // The numbers `elapsed_ms` into the count-up (Infinity: where it ends).
  CounterTexts frame(double elapsed_ms) const {
    const auto& from = state_.animate_from;
    const auto& to = state_.shown;
    return {format(pw::count_up_value(from.online, to.online, elapsed_ms)),
            format(pw::count_up_value(from.today, to.today, elapsed_ms)),
            format(pw::count_up_value(from.total, to.total, elapsed_ms)), elapsed_ms >= pw::kCountUpMs};
  }

  // Milliseconds until the next request after a pause.
  double resume_delay(double now_ms) const {
    return pw::resume_delay_ms(state_.policy, now_ms, state_.last_fresh_ms);
  }

  // The ETag to send as If-None-Match, or "".
  std::string etag() const { return state_.etag; }

  // The reader's pause button.
  void toggle_pause() { paused_ = !paused_; }

  // What the page says of the tab: whether it holds the site's poll lock,
  // is shown, and is online.
  CounterTabView tab(bool leading, bool visible, bool online) const {
    const pw::CounterTab tab{paused_, leading, visible, online};
    return {paused_, pw::counter_takes_part(tab), pw::counter_polls(tab), pw::counter_may_request(tab)};
  }

 private:
  std::string format(std::int64_t value) const { return pw::format_count(value, options_.format); }

  pw::wasm::LiveInstance live_;
  pw::CounterOptions options_;
  pw::CounterState state_;
  CounterConfig config_;
  bool paused_ = false;
};

}  // namespace

EMSCRIPTEN_BINDINGS(visitor_counter) {
  using namespace emscripten;
  value_object<CounterTabView>("CounterTab")
      .field("paused", &CounterTabView::paused)
      .field("takesPart", &CounterTabView::takes_part)
      .field("polls", &CounterTabView::polls)
      .field("mayRequest", &CounterTabView::may_request);

  value_object<CounterMarkup>("CounterMarkup")
      .field("online", &CounterMarkup::online)
      .field("today", &CounterMarkup::today)
      .field("total", &CounterMarkup::total);

  value_object<CounterConfig>("CounterConfig")
      .field("endpoint", &CounterConfig::endpoint)
      .field("timeoutMs", &CounterConfig::timeout_ms)
      .field("firstDelayMs", &CounterConfig::first_delay_ms)
      .field("maxBodyBytes", &CounterConfig::max_body_bytes)
      .field("pauseLabel", &CounterConfig::pause_label)
      .field("resumeLabel", &CounterConfig::resume_label)
      .field("record", &CounterConfig::record)
      .field("warnings", &CounterConfig::warnings);

  value_object<pw::CounterHttpResult>("CounterResponse")
      .field("status", &pw::CounterHttpResult::status)
      .field("body", &pw::CounterHttpResult::body)
      .field("etag", &pw::CounterHttpResult::etag)
      .field("retryAfter", &pw::CounterHttpResult::retry_after)
      .field("nowMs", &pw::CounterHttpResult::now_ms);

  enum_<CounterShow>("CounterShow")
      .value("unchanged", CounterShow::unchanged)
      .value("animate", CounterShow::animate)
      .value("snap", CounterShow::snap)
      .value("rejected", CounterShow::rejected);

  value_object<CounterStepView>("CounterStep")
      .field("show", &CounterStepView::show)
      .field("nextDelayMs", &CounterStepView::next_delay_ms)
      .field("problemCode", &CounterStepView::problem_code)
      .field("problemMessage", &CounterStepView::problem_message)
      .field("staleNote", &CounterStepView::stale_note);

  value_object<CounterTexts>("CounterTexts")
      .field("online", &CounterTexts::online)
      .field("today", &CounterTexts::today)
      .field("total", &CounterTexts::total)
      .field("done", &CounterTexts::done);

  class_<VisitorCounter>("VisitorCounter")
      .constructor<const pw::OptionLayers&, const CounterMarkup&, double, double>()
      .function("config", &VisitorCounter::config)
      .function("result", &VisitorCounter::result)
      .function("frame", &VisitorCounter::frame)
      .function("resumeDelay", &VisitorCounter::resume_delay)
      .function("etag", &VisitorCounter::etag)
      .function("togglePause", &VisitorCounter::toggle_pause)
      .function("tab", &VisitorCounter::tab);
}
