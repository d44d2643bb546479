// The counter service's settings, read from the environment and checked once at
// start, so a typo stops the service with a clear message rather than
// counting under the wrong name.
import { join, resolve } from 'node:path';

const SITE_NAME = /^[a-z0-9][a-z0-9_-]{0,62}$/;
const isCount = (n) => Number.isSafeInteger(n) && n >= 0;
const list = (text) => (text ?? '').split(',').map((item) => item.trim()).filter(Boolean);

function startingFigures(text, names) {
  if (!text) return {};
  let start;
  try {
    start = JSON.parse(text);
  } catch {
    throw new Error('COUNTER_START is not JSON; write it as {"<site>": {"total": 1121895, "today": 2451}}');
  }
  if (start === null || typeof start !== 'object' || Array.isArray(start)) throw new Error('COUNTER_START must be a JSON object of sites');
  for (const [name, figures] of Object.entries(start)) {
    if (!names.includes(name)) throw new Error(`COUNTER_START names "${name}", which is not in COUNTER_SITES (${names.join(', ')})`);
    const { total = 0, today = 0, ...rest } = figures ?? {};
    if (!isCount(total) || !isCount(today) || Object.keys(rest).length > 0) {
      throw new Error(`COUNTER_START for "${name}" must be {"total": <count>, "today": <count>}`);
    }
    if (today > total) throw new Error(`COUNTER_START for "${name}" has today (${today}) above total (${total})`);
  }
  return start;
}

export function counterConfig(env = process.env, root = process.cwd()) {
  const names = list(env.COUNTER_SITES);
  if (names.length === 0) names.push('default');
  for (const name of names) {
    if (!SITE_NAME.test(name)) throw new Error(`COUNTER_SITES: "${name}" is not a site name (a-z, 0-9, "-", "_", at most 63)`);
  }
  const start = startingFigures(env.COUNTER_START, names);
  const port = Number(env.PORT ?? 8090);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT "${env.PORT}" is not a port number`);
  for (const origin of list(env.COUNTER_ORIGINS)) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) throw new Error(`COUNTER_ORIGINS: "${origin}" is not an origin like https://example.gov.vn`);
  }
  return {
    port,
    host: env.HOST || '0.0.0.0',
    redisUrl: env.REDIS_URL || null,
    file: resolve(root, env.COUNTER_FILE || join('data', 'counter.json')),
    // No list: every origin may read and record.
    origins: list(env.COUNTER_ORIGINS),
    // The first site is the one /api/visitors answers for.
    sites: Object.fromEntries(names.map((name) => [name, { total: start[name]?.total ?? 0, today: start[name]?.today ?? 0 }])),
  };
}
