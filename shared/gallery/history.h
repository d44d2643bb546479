#pragma once
#include <string>
#include <string_view>

namespace pw {

// The lightbox's entry in the browser's history: an open lightbox has an
// entry of its own, so Back closes it, and closing it any other way takes
// the entry back off, so the history is left as the reader had it. The
// entry's URL carries the photo's fragment ("#anh-3") when deep links are on.
// The adapter does each step with history.pushState, replaceState or back(),
// and tags the entry it pushes, so it can say whether a popstate landed on it.

enum class HistoryStep { none, push, replace, back };

struct LightboxHistory {
  bool pushed = false;         // our entry is the current one
  bool awaiting_back = false;  // back() was asked for and its popstate not yet seen
  std::string fragment;        // what our entry's URL carries ("" for the page's own URL)
};

// After each frame: `shown` says whether the lightbox is opening or open,
// `fragment` is its photo's ("" without deep links). A lightbox reopened
// before the popstate of its own Back waits for it, then pushes anew.
HistoryStep lightbox_history_step(LightboxHistory& history, bool shown, std::string_view fragment);

// What a popstate means to the lightbox.
enum class HistoryPop {
  ignore,  // not about our entry
  redraw,  // our own back() landed: draw again (a reopened lightbox pushes now)
  close,   // the reader went Back from our entry
};

// `on_our_entry`: the entry now current is the one this lightbox pushed.
HistoryPop lightbox_history_popped(LightboxHistory& history, bool on_our_entry);

}  // namespace pw
