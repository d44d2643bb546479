// Visit counts for the demo page, so the counter widget shows counted numbers
// and the /api/visitors endpoint has something live to poll.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const ONLINE_WINDOW_MS = 5 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
// Asia/Ho_Chi_Minh is UTC+7 all year (no DST), so a fixed offset is exact.
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

// The figures printed on the real portal page this demo reconstructs (the
// handbook's seed-page.txt: "Hôm nay 2451", "Tổng 1.121.895"). With no saved data
// the demo counts on from them, so the page reads like the original; they are a
// starting point, not live data. "online" is not seeded: it only ever counts
// visitors this server has seen. See docs/counter-endpoint.md.
export const SEED_FIGURES = Object.freeze({ total: 1121895, today: 2451 });

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

function parseSaved(text) {
  const saved = JSON.parse(text);
  if (saved === null || typeof saved !== 'object') throw new Error('not an object');
  if (!isCount(saved.total)) throw new Error('no valid "total"');
  const todayValid = Number.isSafeInteger(saved.day) && isCount(saved.today);
  return { total: saved.total, day: todayValid ? saved.day : null, today: todayValid ? saved.today : 0 };
}

// "<file>.corrupt-20220218T093000" (local time), never over an earlier copy.
function asidePath(file, t) {
  const base = `${file}.corrupt-${vnIsoTime(t).slice(0, 19).replace(/[-:]/g, '')}`;
  let path = base;
  for (let n = 2; existsSync(path); n++) path = `${base}-${n}`;
  return path;
}

// Returns the starting state and whether the file may be written. Saved counts
// are never dropped in silence: a corrupt file is moved aside, and a file that
// cannot be read or moved is left alone (counting goes on in memory only).
function load(file, start, t) {
  const fresh = { total: start.total, day: vnDay(t), today: start.today };
  const from = `starting from the seed figures (total ${start.total}, today ${start.today})`;
  if (!file) return { state: fresh, save: false };
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (err.code === 'ENOENT') return { state: fresh, save: true }; // the normal first run
    console.warn(`visit-counter: cannot read ${file} (${err.code ?? err.message}); ${from}; not saving, so ${file} stays as it is`);
    return { state: fresh, save: false };
  }
  try {
    return { state: parseSaved(text), save: true };
  } catch (err) {
    const why = err instanceof SyntaxError ? 'not JSON' : err.message;
    const aside = asidePath(file, t);
    try {
      renameSync(file, aside);
    } catch (moveErr) {
      console.warn(`visit-counter: ${file} is corrupt (${why}) and cannot be moved to ${aside} (${moveErr.code ?? moveErr.message}); ${from}; not saving, so ${file} stays as it is`);
      return { state: fresh, save: false };
    }
    console.warn(`visit-counter: ${file} is corrupt (${why}); moved it to ${aside}; ${from}`);
    return { state: fresh, save: true };
  }
}

export function createVisitCounter({ file, now = () => Date.now(), start = SEED_FIGURES } = {}) {
  if (!isCount(start?.total) || !isCount(start?.today)) throw new TypeError('start needs counts "total" and "today"');
  const loaded = load(file, start, now());
  const state = loaded.state;
  const saveTo = loaded.save ? file : null;
  const lastSeen = new Map(); // visitor id -> time of last page view or poll
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
    if (!saveTo) return;
    dirty = true;
    if (writing) return;
    writing = (async () => {
      while (dirty) {
        dirty = false;
        const body = JSON.stringify({ total: state.total, day: state.day, today: state.today });
        const tmp = `${saveTo}.${process.pid}.tmp`;
        try {
          await mkdir(dirname(saveTo), { recursive: true });
          await writeFile(tmp, body + '\n');
          await rename(tmp, saveTo);
        } catch (err) {
          console.warn(`visit-counter: cannot save ${saveTo}: ${err.message}`);
        }
      }
      writing = null;
    })();
  }

  return {
    // A page served to a visitor: one visit, and the visitor is online.
    recordVisit(visitorId) {
      const t = now();
      const day = vnDay(t);
      state.today = todayCount(t) + 1;
      state.day = day;
      state.total += 1;
      if (visitorId) lastSeen.set(String(visitorId), t);
      persist();
    },
    // A poll from an open page: the visitor is still online, but it is no visit.
    recordHeartbeat(visitorId) {
      if (visitorId) lastSeen.set(String(visitorId), now());
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
