// Main-thread work between two events of a Chromium trace (performance
// marks, or the page's navigation start): the renderer thread that recorded
// them, its top-level tasks (RunTask), the time they kept the thread busy
// inside the window and the longest one.
export const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing', '__metadata'];

export const mark = (name) => (e) => e.name === name && e.cat.includes('blink.user_timing');
// The trace also holds the navigationStart of the tab's about:blank, whose URL is empty.
export const pageNavigation = (e) => e.name === 'navigationStart' && Boolean(e.args?.data?.documentLoaderURL);

export function mainThreadBetween(traceJson, isStart, isEnd) {
  const events = JSON.parse(traceJson).traceEvents;
  const start = events.find(isStart);
  const end = events.find(isEnd);
  if (!start || !end) throw new Error(`trace: ${start ? 'end' : 'start'} of the window not found`);
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === start.pid && e.tid === start.tid)
    .filter((e) => e.ts + e.dur > start.ts && e.ts < end.ts)
    .sort((a, b) => a.ts - b.ts);
  // Busy time: the union of the tasks' intervals, clipped to the window.
  let busy = 0;
  let reached = start.ts;
  for (const task of tasks) {
    const from = Math.max(task.ts, reached);
    const to = Math.min(task.ts + task.dur, end.ts);
    if (to > from) busy += to - from;
    reached = Math.max(reached, to);
  }
  return {
    wallMs: (end.ts - start.ts) / 1000,
    busyMs: busy / 1000,
    longestTaskMs: tasks.reduce((max, t) => Math.max(max, t.dur), 0) / 1000,
    tasks: tasks.length,
  };
}
