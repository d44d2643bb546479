// The counter's store for one machine: counts in memory, saved to one JSON file
// that is written before a page view is answered, so a crash loses nothing that
// was answered. One process only: two writing one file would lose counts (use
// the Redis store for more).
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { vnDay, vnIsoTime } from './hanoi-time.mjs';
import { createOnlineSet } from './online-set.mjs';

const isCount = (n) => Number.isSafeInteger(n) && n >= 0;

function parseSite(saved, name) {
  if (saved === null || typeof saved !== 'object' || Array.isArray(saved)) throw new Error(`site "${name}" is not an object`);
  if (!isCount(saved.total)) throw new Error(`site "${name}" has no valid "total"`);
  const todayValid = Number.isSafeInteger(saved.day) && isCount(saved.today);
  return { total: saved.total, day: todayValid ? saved.day : null, today: todayValid ? saved.today : 0 };
}

// {"sites": {"<name>": {total, day, today}}}; the one-site file of the demo
// counter before it ({total, day, today}) belongs to the default site.
function parseSaved(text, defaultSite) {
  const saved = JSON.parse(text);
  if (saved === null || typeof saved !== 'object' || Array.isArray(saved)) throw new Error('not an object');
  if (!('sites' in saved)) return { [defaultSite]: parseSite(saved, defaultSite) };
  if (saved.sites === null || typeof saved.sites !== 'object' || Array.isArray(saved.sites)) throw new Error('"sites" is not an object');
  return Object.fromEntries(Object.entries(saved.sites).map(([name, site]) => [name, parseSite(site, name)]));
}

// "<file>.corrupt-20220218T093000" (local time), never over an earlier copy.
function asidePath(file, t) {
  const base = `${file}.corrupt-${vnIsoTime(t).slice(0, 19).replace(/[-:]/g, '')}`;
  let path = base;
  for (let n = 2; existsSync(path); n++) path = `${base}-${n}`;
  return path;
}

// The saved sites and whether the file may be written. Saved counts are never
// dropped in silence: a corrupt file is moved aside, and a file that cannot be
// read or moved is left alone (counting goes on in memory only).
function load(file, defaultSite, t) {
  const from = 'starting from the configured figures';
  if (!file) return { saved: {}, save: false };
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (err.code === 'ENOENT') return { saved: {}, save: true }; // the normal first run
    console.warn(`counter: cannot read ${file} (${err.code ?? err.message}); ${from}; not saving, so ${file} stays as it is`);
    return { saved: {}, save: false };
  }
  try {
    return { saved: parseSaved(text, defaultSite), save: true };
  } catch (err) {
    const why = err instanceof SyntaxError ? 'not JSON' : err.message;
    const aside = asidePath(file, t);
    try {
      renameSync(file, aside);
    } catch (moveErr) {
      console.warn(`counter: ${file} is corrupt (${why}) and cannot be moved to ${aside} (${moveErr.code ?? moveErr.message}); ${from}; not saving, so ${file} stays as it is`);
      return { saved: {}, save: false };
    }
    console.warn(`counter: ${file} is corrupt (${why}); moved it to ${aside}; ${from}`);
    return { saved: {}, save: true };
  }
}

// `sites`: name → starting figures {total, today}, the first being the default.
export function createEmbeddedStore({ file, sites, now = () => Date.now() }) {
  const names = Object.keys(sites);
  const startedOn = vnDay(now());
  const loaded = load(file, names[0], now());
  const saveTo = loaded.save ? file : null;
  // Sites saved but no longer configured stay in the file: their counts are kept.
  const state = { ...loaded.saved };
  for (const name of names) state[name] ??= { total: sites[name].total, day: startedOn, today: sites[name].today };
  const online = Object.fromEntries(names.map((name) => [name, createOnlineSet()]));
  let queued = null; // the next write, not started yet
  let chain = Promise.resolve(); // the write in flight, if any

  const todayOf = (site, t) => (site.day === vnDay(t) ? site.today : 0);

  // One write at a time, each a temporary file renamed over the old one (never a
  // half-written file); views recorded while one is in flight share the next.
  function persist() {
    if (!saveTo) return Promise.resolve();
    if (queued) return queued;
    queued = chain.then(async () => {
      queued = null;
      const body = JSON.stringify({ sites: state }) + '\n';
      const tmp = `${saveTo}.${process.pid}.tmp`;
      await mkdir(dirname(saveTo), { recursive: true });
      await writeFile(tmp, body);
      await rename(tmp, saveTo);
    });
    chain = queued.catch(() => {});
    return queued;
  }

  return {
    // kind: "view" (a page view), "heartbeat" (an open page polls), "read".
    async touch(name, kind, visitor, t) {
      const site = state[name];
      if (kind !== 'read' && visitor) online[name].see(visitor, t);
      if (kind === 'view') {
        site.today = todayOf(site, t) + 1;
        site.day = vnDay(t);
        site.total += 1;
        try {
          await persist();
        } catch (err) {
          console.warn(`counter: cannot save ${saveTo}: ${err.message}`);
          throw new Error(`cannot save the count: ${err.code ?? err.message}`);
        }
      }
      return { online: online[name].count(t), today: todayOf(site, t), total: site.total };
    },
    // Resolves once everything recorded so far is on disk.
    async close() {
      while (queued) await queued.catch(() => {});
      await chain;
    },
  };
}
