// Demo and test server: serves the demo page, the example host pages of
// examples/, the built bundle and the sample photos with the headers a strict
// production host would send (CSP, nosniff, application/wasm), and the
// counter endpoint /api/visitors of the counter service, with its embedded
// store (one implementation of the counting, see counter-routes.mjs).
import { createServer, validateHeaderValue } from 'node:http';
import { createHash, randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCount } from './count-format.mjs';
import { createCounterRoutes } from './counter-routes.mjs';
import { createEmbeddedStore } from './embedded-store.mjs';
import { createGzipFiles } from './gzip-files.mjs';
import { matches, readBody, send, sendJson, sendText } from './http-replies.mjs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// The figures printed on the real portal page this demo reconstructs (the
// handbook's seed-page.txt: "Hôm nay 2451", "Tổng 1.121.895"). With no saved data
// the demo counts on from them, so the page reads like the original; they are a
// starting point, not live data. "online" is not seeded: it only ever counts
// visitors this server has seen. See docs/counter-endpoint.md.
export const SEED_FIGURES = Object.freeze({ total: 1121895, today: 2451 });
const DEMO_SITE = 'default';

// The policy the bundle must work under: no inline script, no eval, wasm allowed.
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
};

const VISITOR_COOKIE = 'pw_vid';
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function visitorIdFrom(cookieHeader = '') {
  for (const part of cookieHeader.split(';')) {
    const [name, value] = part.trim().split('=');
    // Only ids we could have issued: a forged cookie cannot grow the online set with junk.
    if (name === VISITOR_COOKIE && UUID_RE.test(value ?? '')) return value;
  }
  return null;
}

const hashTag = (body) => `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;

// ---- Test-only fault injection (createDevServer({ faults: true })) ----
// Lets browser tests make the counter endpoint fail, stall, grow huge or change
// its validators on cue, and see what the widget sent. Never mounted by `npm start`.

const SPEC_KEYS = new Set(['status', 'retryAfter', 'body', 'delayMs', 'stallMs', 'contentType', 'etag', 'bytes']);
const MAX_FAULT_BYTES = 64 * 1024 * 1024;
const MAX_FAULT_DELAY_MS = 120_000;
const MAX_SCRIPT_BYTES = 1024 * 1024;

// One response spec, from query parameters (strings) or a script entry (JSON).
// Throws a message fit for a 400 on anything that would not be served as written.
function faultSpec(raw) {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('a response spec is a JSON object');
  for (const key of Object.keys(raw)) if (!SPEC_KEYS.has(key)) throw new Error(`unknown key "${key}"`);
  const int = (key, min, max, fallback) => {
    const value = raw[key];
    if (value === undefined) return fallback;
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`"${key}" must be an integer from ${min} to ${max}`);
    return n;
  };
  // Script entries may give the body as JSON rather than as a string of it.
  const body = raw.body === undefined || typeof raw.body === 'string' ? raw.body : JSON.stringify(raw.body);
  const spec = {
    status: int('status', 200, 599, 200),
    delayMs: int('delayMs', 0, MAX_FAULT_DELAY_MS, 0),
    // Headers and the first half of the body at once, the rest this much later.
    stallMs: int('stallMs', 0, MAX_FAULT_DELAY_MS, 0),
    bytes: int('bytes', 0, MAX_FAULT_BYTES, undefined),
    body,
    // An empty value means "send no such header", so tests can leave one out.
    contentType: raw.contentType === undefined ? 'application/json; charset=utf-8' : String(raw.contentType),
    retryAfter: raw.retryAfter === undefined ? '' : String(raw.retryAfter),
    etag: raw.etag === undefined ? '' : String(raw.etag),
  };
  if (spec.bytes !== undefined && spec.body !== undefined) throw new Error('give "body" or "bytes", not both');
  for (const [name, value] of [['Content-Type', spec.contentType], ['Retry-After', spec.retryAfter], ['ETag', spec.etag]]) {
    try {
      if (value) validateHeaderValue(name, value);
    } catch {
      throw new Error(`"${name}" has characters a header cannot carry`);
    }
  }
  return spec;
}

function createFaults() {
  let queue = [];
  const log = [];
  const delays = new Set(); // pending delays, cut short by close()

  function delay(ms) {
    return new Promise((ok) => {
      const entry = { ok, timer: setTimeout(() => (delays.delete(entry), ok()), ms) };
      delays.add(entry);
    });
  }

  async function serveSpec(req, res, spec) {
    if (spec.delayMs > 0) {
      await delay(spec.delayMs);
      if (res.destroyed || req.socket.destroyed) return; // client or server gave up meanwhile
    }
    const headers = { 'Cache-Control': 'no-cache' };
    if (spec.contentType) headers['Content-Type'] = spec.contentType;
    if (spec.retryAfter) headers['Retry-After'] = spec.retryAfter;
    if (spec.etag) headers.ETag = spec.etag;
    if (spec.status === 204 || spec.status === 304) return send(req, res, spec.status, headers);
    const body = spec.bytes !== undefined ? Buffer.alloc(spec.bytes, 'x') : Buffer.from(spec.body ?? '');
    if (spec.stallMs === 0 || req.method === 'HEAD') return send(req, res, spec.status, { ...headers, 'Content-Length': body.length }, body);
    res.writeHead(spec.status, { 'X-Content-Type-Options': 'nosniff', ...headers, 'Content-Length': body.length });
    const half = Math.floor(body.length / 2);
    res.write(body.subarray(0, half));
    await delay(spec.stallMs);
    if (!res.destroyed) res.end(body.subarray(half));
  }

  function serveFault(req, res) {
    let spec;
    try {
      spec = faultSpec(Object.fromEntries(new URL(req.url, 'http://localhost').searchParams));
    } catch (err) {
      return sendText(req, res, 400, `Bad fault: ${err.message}`);
    }
    return serveSpec(req, res, spec);
  }

  async function setScript(req, res) {
    const text = await readBody(req, MAX_SCRIPT_BYTES);
    if (text === undefined) return; // nobody left to answer
    if (text === null) return sendText(req, res, 413, 'Script too large');
    let specs;
    try {
      const list = JSON.parse(text);
      if (!Array.isArray(list)) throw new Error('the script is a JSON array of response specs');
      specs = list.map((raw, i) => {
        try {
          return faultSpec(raw);
        } catch (err) {
          throw new Error(`entry ${i}: ${err.message}`);
        }
      });
    } catch (err) {
      // The queue stays as it was: a half-set script would be worse than none.
      return sendText(req, res, 400, `Bad script: ${err instanceof SyntaxError ? 'not JSON' : err.message}`);
    }
    queue = specs;
    sendJson(req, res, 200, { queued: queue.length });
  }

  function serveScripted(req, res) {
    const spec = queue.shift();
    if (!spec) return sendText(req, res, 404, 'Script is empty');
    return serveSpec(req, res, spec);
  }

  const routes = {
    '/test-api/fault': { methods: ['GET', 'HEAD'], run: serveFault },
    '/test-api/script': { methods: ['POST'], run: setScript },
    '/test-api/scripted': { methods: ['GET', 'HEAD'], run: serveScripted },
    '/test-api/log': { methods: ['GET', 'HEAD'], run: (req, res) => sendJson(req, res, 200, log) },
  };

  return {
    // Requests to the endpoints a widget polls, with the validator it sent.
    record(req, pathname) {
      if (pathname === '/api/visitors' || pathname === '/test-api/scripted') {
        log.push({ path: pathname, ifNoneMatch: req.headers['if-none-match'] ?? null, at: Date.now() });
      }
    },
    // Serves /test-api/*; returns false for any other path.
    async handle(req, res, pathname) {
      if (!pathname.startsWith('/test-api/')) return false;
      const route = Object.hasOwn(routes, pathname) ? routes[pathname] : null;
      if (!route) sendText(req, res, 404, 'Not found');
      else if (!route.methods.includes(req.method)) sendText(req, res, 405, 'Method not allowed', { Allow: route.methods.join(', ') });
      else await route.run(req, res);
      return true;
    },
    // Lets delayed responses finish at once, so closing never waits on them.
    cancelDelays() {
      for (const entry of delays) {
        clearTimeout(entry.timer);
        entry.ok();
      }
      delays.clear();
    },
  };
}

// Maps a URL path to a file under one of the mounts, or returns an HTTP status.
function resolvePath(mounts, pathname) {
  const mount = mounts.find(([prefix]) => pathname.startsWith(prefix));
  if (!mount) return 404;
  let rel;
  try {
    rel = decodeURIComponent(pathname.slice(mount[0].length));
  } catch {
    return 400;
  }
  // Checked after decoding, so %2e%2e and %2f tricks are caught too.
  if (rel.includes('\0') || rel.includes('\\') || rel.split('/').includes('..')) return 400;
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = resolve(mount[1], rel);
  return file.startsWith(mount[1] + sep) ? file : 400;
}

// `faults: true` mounts the test-only /test-api/* endpoints; `now` is the
// counter's clock, for tests; `gzip: true` compresses static files other than
// HTML for clients that accept it.
export async function createDevServer({ root = REPO_ROOT, port = 0, host = '127.0.0.1', mounts = {}, visitsFile, faults = false, now, gzip = false } = {}) {
  const table = Object.entries({
    '/demo/': join(root, 'examples/demo'),
    '/dist/': join(root, 'dist'),
    '/photos/': join(root, 'build/photos'),
    '/examples/': join(root, 'examples'),
    ...mounts,
  })
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length); // most specific prefix wins
  const clock = now ?? (() => Date.now());
  const sites = { [DEMO_SITE]: SEED_FIGURES };
  const store = createEmbeddedStore({ file: visitsFile ?? join(root, 'build/visits.json'), sites, now: clock });
  // A poll that carries the cookie of a page this server served is a heartbeat.
  const counter = createCounterRoutes({ store, sites, now: clock, visitorOf: (req) => visitorIdFrom(req.headers.cookie) });
  const testApi = faults ? createFaults() : null;
  const gzipped = gzip ? createGzipFiles() : () => null;

  async function serveFile(req, res, file) {
    let info;
    try {
      info = await stat(file);
    } catch {
      return sendText(req, res, 404, 'Not found');
    }
    if (!info.isFile()) return sendText(req, res, 404, 'Not found');
    const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';

    if (!type.startsWith('text/html')) {
      const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', ETag: etag };
      if (matches(req.headers['if-none-match'], etag)) return send(req, res, 304, headers);
      const body = await readFile(file);
      const compressed = gzipped(req, type, file, etag, body);
      if (compressed) {
        return send(req, res, 200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Content-Length': compressed.length }, compressed);
      }
      return send(req, res, 200, { ...headers, 'Content-Length': info.size }, body);
    }

    // HTML: a page view. Count it, then fill the counter's server-rendered numbers,
    // which the page shows as is when JS or wasm is unavailable.
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', 'Content-Security-Policy': CSP };
    let visitor = visitorIdFrom(req.headers.cookie);
    if (!visitor) {
      visitor = randomUUID();
      headers['Set-Cookie'] = `${VISITOR_COOKIE}=${visitor}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax`;
    }
    const kind = req.method === 'GET' ? 'view' : 'read';
    // A page whose view could not be saved is still served, with the numbers as they stand.
    const counts = await store.touch(DEMO_SITE, kind, visitor, clock()).catch(() => store.touch(DEMO_SITE, 'read', visitor, clock()));
    const html = (await readFile(file, 'utf8')).replace(/\{\{(online|today|total)\}\}/g, (_, key) => formatCount(counts[key]));
    const body = Buffer.from(html);
    headers.ETag = hashTag(body);
    if (matches(req.headers['if-none-match'], headers.ETag)) return send(req, res, 304, headers);
    send(req, res, 200, { ...headers, 'Content-Length': body.length }, body);
  }

  async function handle(req, res) {
    // The raw path, not a URL-normalised one: dot segments must reach the
    // traversal check rather than be silently resolved.
    const pathname = req.url.split(/[?#]/)[0];
    if (testApi) {
      testApi.record(req, pathname);
      if (await testApi.handle(req, res, pathname)) return;
    }
    if (await counter.handle(req, res, pathname)) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(req, res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    if (pathname === '/') return send(req, res, 302, { Location: '/demo/index.html', 'Cache-Control': 'no-cache', 'Content-Length': 0 });
    const file = resolvePath(table, pathname);
    if (file === 400) return sendText(req, res, 400, 'Bad request');
    if (file === 404) return sendText(req, res, 404, 'Not found');
    return serveFile(req, res, file);
  }

  // Handlers still running, so close() can wait for their counts before flushing.
  const inFlight = new Set();
  const server = createServer((req, res) => {
    const running = handle(req, res)
      .catch((err) => {
        console.error(`dev-server: ${req.method} ${req.url}: ${err.stack ?? err}`);
        if (!res.headersSent) sendText(req, res, 500, 'Internal server error');
        else res.destroy();
      })
      .finally(() => inFlight.delete(running));
    inFlight.add(running);
  });
  // Tracked so close() does not wait for idle keep-alive connections to time out.
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const address = server.address();
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${urlHost}:${address.port}/`,
    // Stops serving, then writes every visit counted so far to the data file.
    async close() {
      const closed = new Promise((ok) => server.close(() => ok()));
      for (const socket of sockets) socket.destroy();
      testApi?.cancelDelays();
      await closed;
      while (inFlight.size > 0) await Promise.all(inFlight);
      await store.close();
    },
  };
}

const runDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runDirectly) {
  const port = Number(process.env.PORT || 8080);
  const server = await createDevServer({ port });
  console.log(`portal-widgets demo: ${server.url}`);
  const stop = () => server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
