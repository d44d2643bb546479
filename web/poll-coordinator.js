// One poller for all open tabs of a site: the tab holding a Web Lock polls and
// shares each result over a BroadcastChannel; the others listen. When the
// leader's tab closes, hides or pauses, the lock passes to a waiting tab.
// Where Web Locks are missing, every tab polls for itself.
export function createPollCoordinator(name, { onLead, onMessage }) {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
  if (channel) channel.onmessage = (event) => onMessage(event.data);
  const locks = navigator.locks;
  let joined = false;
  let leading = false;
  let release = null;
  let abort = null;

  return {
    get leading() {
      return leading;
    },
    join() {
      if (joined) return;
      joined = true;
      if (!locks) {
        leading = true;
        onLead();
        return;
      }
      abort = new AbortController();
      locks
        .request(name, { signal: abort.signal }, () => {
          if (!joined) return undefined;
          leading = true;
          onLead();
          return new Promise((resolve) => (release = resolve));
        })
        .catch(() => {}); // aborted while waiting in the queue
    },
    // Stops polling here and lets another tab lead; join() to take part again.
    leave() {
      if (!joined) return;
      joined = false;
      leading = false;
      if (abort) abort.abort();
      if (release) release();
      release = null;
      abort = null;
    },
    share(message) {
      if (channel) channel.postMessage(message);
    },
    close() {
      this.leave();
      if (channel) channel.close();
    },
  };
}
