#include "visitor_counter/tab.h"

namespace pw {

bool counter_takes_part(const CounterTab& tab) { return !tab.paused && tab.visible; }

bool counter_polls(const CounterTab& tab) { return tab.leading && !tab.paused; }

bool counter_may_request(const CounterTab& tab) { return counter_polls(tab) && tab.visible && tab.online; }

}  // namespace pw
