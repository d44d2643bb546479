// Demo and test server: serves the demo page, the built bundle and the sample
// photos with the headers a strict production host would send (CSP, nosniff,
// application/wasm), and a live counter endpoint. Node standard library only,
// so `npm start` works before any dependency is installed.
import { createServer } from 'node:http';
import { createHash, randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVisitCounter, formatCount } from './visit-counter.mjs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

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

// Weak comparison, as RFC 9110 asks for If-None-Match.
function matches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = (tag) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag));
}

const hashTag = (body) => `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;

function send(req, res, status, headers, body = '') {
  res.writeHead(status, { 'X-Content-Type-Options': 'nosniff', ...headers });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendText(req, res, status, text, headers = {}) {
  send(req, res, status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...headers }, text + '\n');
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

export async function createDevServer({ root = REPO_ROOT, port = 0, host = '127.0.0.1', mounts = {}, visitsFile } = {}) {
  const table = Object.entries({
    '/demo/': join(root, 'web/demo'),
    '/dist/': join(root, 'dist'),
    '/photos/': join(root, 'build/photos'),
    ...mounts,
  })
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length); // most specific prefix wins
  const counter = createVisitCounter({ file: visitsFile ?? join(root, 'build/visits.json') });

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
      return send(req, res, 200, { ...headers, 'Content-Length': info.size }, await readFile(file));
    }

    // HTML: a page view. Count it, then fill the counter's server-rendered numbers,
    // which the page shows as is when JS or wasm is unavailable.
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', 'Content-Security-Policy': CSP };
    let visitor = visitorIdFrom(req.headers.cookie);
    if (!visitor) {
      visitor = randomUUID();
      headers['Set-Cookie'] = `${VISITOR_COOKIE}=${visitor}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax`;
    }
    if (req.method === 'GET') counter.recordVisit(visitor);
    const counts = counter.snapshot();
    const html = (await readFile(file, 'utf8')).replace(/\{\{(online|today|total)\}\}/g, (_, key) => formatCount(counts[key]));
    const body = Buffer.from(html);
    headers.ETag = hashTag(body);
    if (matches(req.headers['if-none-match'], headers.ETag)) return send(req, res, 304, headers);
    send(req, res, 200, { ...headers, 'Content-Length': body.length }, body);
  }

  function serveCounter(req, res) {
    const snap = counter.snapshot();
    // Weak tag over the numbers only: asOf moves every second, but a poll that
    // brings no new numbers should still get a cheap 304.
    const etag = `W/"${snap.online}-${snap.today}-${snap.total}"`;
    const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache', ETag: etag };
    if (matches(req.headers['if-none-match'], etag)) return send(req, res, 304, headers);
    const body = Buffer.from(JSON.stringify(snap));
    send(req, res, 200, { ...headers, 'Content-Length': body.length }, body);
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(req, res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    // The raw path, not a URL-normalised one: dot segments must reach the
    // traversal check rather than be silently resolved.
    const pathname = req.url.split(/[?#]/)[0];
    if (pathname === '/') return send(req, res, 302, { Location: '/demo/index.html', 'Cache-Control': 'no-cache', 'Content-Length': 0 });
    if (pathname === '/api/counter') return serveCounter(req, res);
    const file = resolvePath(table, pathname);
    if (file === 400) return sendText(req, res, 400, 'Bad request');
    if (file === 404) return sendText(req, res, 404, 'Not found');
    return serveFile(req, res, file);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      console.error(`dev-server: ${req.method} ${req.url}: ${err.stack ?? err}`);
      if (!res.headersSent) sendText(req, res, 500, 'Internal server error');
      else res.destroy();
    });
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
    close() {
      const closed = new Promise((ok) => server.close(() => ok()));
      for (const socket of sockets) socket.destroy();
      return closed.then(() => counter.flush());
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
