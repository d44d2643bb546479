// Real visit counts for the demo page, so the counter widget shows honest numbers
// (never invented ones) and the /api/counter endpoint has something live to poll.
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const ONLINE_WINDOW_MS = 5 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
// Asia/Ho_Chi_Minh is UTC+7 all year (no DST), so a fixed offset is exact.
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

const vnDay = (t) => Math.floor((t + VN_OFFSET_MS) / DAY_MS);
const isCount = (n) => Number.isSafeInteger(n) && n >= 0;

// "2022-02-18T09:30:00+07:00": the local time a Vietnamese reader would expect.
export function vnIsoTime(t) {
  return new Date(t + VN_OFFSET_MS).toISOString().slice(0, 19) + '+07:00';
}

// Vietnamese style: "." groups thousands, but only from five digits on
// (2451 stays "2451", 1121895 becomes "1.121.895"), as on the seed page.
export function formatCount(n) {
  const digits = String(Math.trunc(n));
  return digits.length < 5 ? digits : digits.replace(/\B(?=(\d{3})+$)/g, '.');
}

function load(file) {
  if (!file) return { total: 0, day: null, today: 0 };
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    // A missing file is the normal first run; anything else is worth a word.
    if (err.code !== 'ENOENT') console.warn(`visit-counter: cannot read ${file} (${err.code}); starting from 0`);
    return { total: 0, day: null, today: 0 };
  }
  try {
    const saved = JSON.parse(text);
    if (!isCount(saved.total)) throw new Error('no valid "total"');
    const todayValid = Number.isSafeInteger(saved.day) && isCount(saved.today);
    return { total: saved.total, day: todayValid ? saved.day : null, today: todayValid ? saved.today : 0 };
  } catch (err) {
    console.warn(`visit-counter: ${file} is corrupt (${err instanceof SyntaxError ? 'not JSON' : err.message}); starting from 0`);
    return { total: 0, day: null, today: 0 };
  }
}

export function createVisitCounter({ file, now = () => Date.now() } = {}) {
  const state = load(file);
  const lastSeen = new Map(); // visitor id -> time of last page view
  let writing = null; // promise of the write in flight
  let dirty = false;

  function todayCount(t) {
    return state.day === vnDay(t) ? state.today : 0;
  }

  function onlineCount(t) {
    for (const [id, seen] of lastSeen) if (t - seen >= ONLINE_WINDOW_MS) lastSeen.delete(id);
    return lastSeen.size;
  }

  // Writes go to a temporary file renamed over the old one (never a half-written
  // file), one at a time; views recorded meanwhile are folded into the next write.
  function persist() {
    if (!file) return;
    dirty = true;
    if (writing) return;
    writing = (async () => {
      while (dirty) {
        dirty = false;
        const body = JSON.stringify({ total: state.total, day: state.day, today: state.today });
        const tmp = `${file}.${process.pid}.tmp`;
        try {
          await mkdir(dirname(file), { recursive: true });
          await writeFile(tmp, body + '\n');
          await rename(tmp, file);
        } catch (err) {
          console.warn(`visit-counter: cannot save ${file}: ${err.message}`);
        }
      }
      writing = null;
    })();
  }

  return {
    recordVisit(visitorId) {
      const t = now();
      const day = vnDay(t);
      state.today = todayCount(t) + 1;
      state.day = day;
      state.total += 1;
      if (visitorId) lastSeen.set(String(visitorId), t);
      persist();
    },
    snapshot() {
      const t = now();
      return { online: onlineCount(t), today: todayCount(t), total: state.total, asOf: vnIsoTime(t), pollSeconds: 30 };
    },
    // Resolves once everything recorded so far is on disk.
    async flush() {
      while (writing) await writing;
    },
  };
}
