#pragma once

namespace pw {

// Which tab of a site asks the counter endpoint, and when. All open tabs of a
// site share one poller: the tab holding the site's lock leads, the others
// listen. A reader's pause, a hidden tab or a browser offline stop the asking.

// Where one tab stands, as its adapter sees it.
struct CounterTab {
  bool paused = false;   // the reader pressed pause
  bool leading = false;  // this tab holds the site's poll lock
  bool visible = false;  // the page is shown (document.visibilityState)
  bool online = true;    // the browser does not say it is offline
};

// Whether the tab competes for the lead: a paused or hidden tab steps back,
// so that a tab the reader can see polls for all.
bool counter_takes_part(const CounterTab& tab);

// Whether this tab is the one asking for all tabs (the widget's `polling`).
bool counter_polls(const CounterTab& tab);

// Whether it may send a request now: it polls, it is shown, and the browser is online.
bool counter_may_request(const CounterTab& tab);

}  // namespace pw
