// The counter's store for any number of instances: the counts live in Redis and
// each page view is one Lua script, so it is counted exactly once whichever
// instance took it. Commands fail fast while Redis is away (no offline queue,
// a deadline on each), so the service can answer 503 rather than wait or guess.
import { createClient, defineScript } from '@redis/client';
import { vnDate } from './hanoi-time.mjs';
import { ONLINE_WINDOW_MS } from './online-set.mjs';

// A "today" key outlives its day by a day, for a late reader near midnight.
const TODAY_TTL_SECONDS = 2 * 24 * 60 * 60;
// Generous: a loaded machine is slow, not down; a Redis that is down fails at once.
const COMMAND_TIMEOUT_MS = 5000;

// KEYS: total, today (of the Hanoi date), online (sorted set: visitor → last seen ms).
// ARGV: kind, starting total, starting today, now ms, online window ms, today's TTL, visitor.
// A site's first touch sets its starting figures; NX keeps counts already there.
const COUNT = defineScript({
  NUMBER_OF_KEYS: 3,
  SCRIPT: `
local kind, now, window = ARGV[1], tonumber(ARGV[4]), tonumber(ARGV[5])
if redis.call('SET', KEYS[1], ARGV[2], 'NX') then
  redis.call('SET', KEYS[2], ARGV[3], 'EX', ARGV[6], 'NX')
end
if kind == 'view' then
  redis.call('INCR', KEYS[1])
  redis.call('INCR', KEYS[2])
  redis.call('EXPIRE', KEYS[2], ARGV[6])
end
if kind ~= 'read' and ARGV[7] ~= '' then
  redis.call('ZADD', KEYS[3], now, ARGV[7])
end
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - window)
return { redis.call('ZCARD', KEYS[3]), tonumber(redis.call('GET', KEYS[2]) or '0'), tonumber(redis.call('GET', KEYS[1])) }
`,
  parseCommand(parser, keys, args) {
    for (const key of keys) parser.pushKey(key);
    parser.push(...args.map(String));
  },
  transformReply: (reply) => reply,
});

// The braces make a Redis Cluster keep one site's keys on one node, as a script needs.
const keysOf = (prefix, site, t) => [`${prefix}{${site}}:total`, `${prefix}{${site}}:today:${vnDate(t)}`, `${prefix}{${site}}:online`];

// `sites`: name → starting figures {total, today}.
export function createRedisStore({ url, sites, prefix = 'pw-counter:' }) {
  const client = createClient({
    url,
    scripts: { count: COUNT },
    disableOfflineQueue: true,
    commandOptions: { timeout: COMMAND_TIMEOUT_MS, rejectInFlight: true },
    // Retry quickly but not in a tight loop: counting resumes soon after Redis is back.
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 1000) },
  });
  let lastError = '';
  client.on('error', (err) => {
    // One line per kind of failure, not one per reconnection attempt.
    if (err.message !== lastError) console.warn(`counter: redis: ${err.message}`);
    lastError = err.message;
  });
  client.on('ready', () => {
    if (lastError) console.warn('counter: redis: connected again');
    lastError = '';
  });
  // Not awaited: an instance that starts before Redis answers 503 until it is up.
  const connecting = client.connect().catch(() => {});

  return {
    async touch(site, kind, visitor, t) {
      const start = sites[site];
      const [online, today, total] = await client.count(keysOf(prefix, site, t), [kind, start.total, start.today, t, ONLINE_WINDOW_MS, TODAY_TTL_SECONDS, visitor ?? '']);
      return { online, today, total };
    },
    async close() {
      if (!client.isReady) return client.destroy();
      await connecting;
      await client.close().catch(() => client.destroy());
    },
  };
}
