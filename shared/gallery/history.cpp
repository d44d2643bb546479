#include "gallery/history.h"

namespace pw {

HistoryStep lightbox_history_step(LightboxHistory& history, bool shown, std::string_view fragment) {
  if (shown && !history.pushed) {
    if (history.awaiting_back) return HistoryStep::none;
    history.pushed = true;
    history.fragment = std::string(fragment);
    return HistoryStep::push;
  }
  if (shown && !fragment.empty() && fragment != history.fragment) {
    history.fragment = std::string(fragment);
    return HistoryStep::replace;
  }
  if (!shown && history.pushed) {
    history.pushed = false;
    history.awaiting_back = true;
    return HistoryStep::back;
  }
  return HistoryStep::none;
}

HistoryPop lightbox_history_popped(LightboxHistory& history, bool on_our_entry) {
  if (history.awaiting_back) {
    history.awaiting_back = false;
    return HistoryPop::redraw;
  }
  if (!history.pushed || on_our_entry) return HistoryPop::ignore;
  history.pushed = false;
  return HistoryPop::close;
}

}  // namespace pw
