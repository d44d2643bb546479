// Main-thread work between two performance marks, from a Chromium trace:
// the renderer thread that recorded the marks, its top-level tasks (RunTask),
// the time they kept the thread busy inside the window and the longest one.
export const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing', '__metadata'];

export function mainThreadBetween(traceJson, startMark, endMark) {
  const events = JSON.parse(traceJson).traceEvents;
  const start = events.find((e) => e.name === startMark && e.cat.includes('blink.user_timing'));
  const end = events.find((e) => e.name === endMark && e.cat.includes('blink.user_timing'));
  if (!start || !end) throw new Error(`trace: marks ${startMark}/${endMark} not found`);
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
