// /api/visitors and /api/visitors/<site>: contract v1 (docs/counter-endpoint.md).
// GET reads (a poll with ?visitor=<id> is a heartbeat), POST records one page
// view. Anything the service cannot vouch for is refused before it is counted.
import { vnIsoTime } from './hanoi-time.mjs';
import { matches, readBody, send, sendJson, sendText } from './http-replies.mjs';

const ROUTE = '/api/visitors';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_BODY_BYTES = 1024; // {"visitor":"<uuid>"} is 50
const POLL_SECONDS = 30;
const METHODS = 'GET, HEAD, POST, OPTIONS';
// When the store fails, ask again after a few seconds; when only busy, sooner.
const RETRY_AFTER_FAILED_STORE = '5';
const RETRY_AFTER_OVERLOAD = '1';

class Refusal extends Error {
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

function visitorFromQuery(url) {
  const visitor = new URL(url, 'http://localhost').searchParams.get('visitor');
  if (visitor === null) return null;
  if (!UUID.test(visitor)) throw new Refusal(400, 'visitor must be a UUID, as crypto.randomUUID() makes');
  return visitor.toLowerCase();
}

// The body of a page view: empty, or {"visitor": "<uuid>"}.
async function visitorFromBody(req) {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  // text/plain too: a cross-origin POST of that type needs no preflight.
  if (type && type !== 'application/json' && type !== 'text/plain') throw new Refusal(415, 'send the page view as application/json');
  if (Number(req.headers['content-length']) > MAX_BODY_BYTES) throw new Refusal(413, `the body is over ${MAX_BODY_BYTES} bytes`, { Connection: 'close' });
  const text = await readBody(req, MAX_BODY_BYTES);
  if (text === undefined) return undefined;
  if (text === null) throw new Refusal(413, `the body is over ${MAX_BODY_BYTES} bytes`);
  if (text.trim() === '') return null;
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Refusal(400, 'the body is not JSON');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new Refusal(400, 'the body must be a JSON object like {"visitor":"<uuid>"}');
  const unknown = Object.keys(body).filter((key) => key !== 'visitor');
  if (unknown.length > 0) throw new Refusal(400, `unknown key "${unknown[0]}" in the body`);
  if (body.visitor === undefined) return null;
  if (typeof body.visitor !== 'string' || !UUID.test(body.visitor)) throw new Refusal(400, 'visitor must be a UUID, as crypto.randomUUID() makes');
  return body.visitor.toLowerCase();
}

// `sites`: name → starting figures, the first answering /api/visitors.
// `origins`: origins allowed to call from a page (CORS); empty allows all.
// `visitorOf(req)`: another way to know a poll's visitor (the dev server's cookie).
export function createCounterRoutes({ store, sites, origins = [], now = () => Date.now(), maxPending = 256, visitorOf = () => null }) {
  const defaultSite = Object.keys(sites)[0];
  const allowed = new Set(origins);
  let pending = 0;
  let lastWarning = ''; // an outage warns once, not once per request

  function corsHeaders(req) {
    const origin = req.headers.origin;
    if (allowed.size === 0) return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag, Retry-After' };
    if (origin === undefined) return {}; // not from a page of another origin
    if (!allowed.has(origin)) throw new Refusal(403, `origin ${origin} is not allowed to use this counter`, { Vary: 'Origin' });
    return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'ETag, Retry-After', Vary: 'Origin' };
  }

  function siteOf(pathname) {
    let name = defaultSite;
    try {
      if (pathname !== ROUTE) name = decodeURIComponent(pathname.slice(ROUTE.length + 1));
    } catch {
      throw new Refusal(400, 'the site name is not valid percent-encoding');
    }
    if (!Object.hasOwn(sites, name)) throw new Refusal(404, `unknown site "${name}"`);
    return name;
  }

  async function answer(req, res, pathname) {
    const cors = corsHeaders(req);
    if (req.method === 'OPTIONS') {
      return send(req, res, 204, { ...cors, 'Access-Control-Allow-Methods': METHODS, 'Access-Control-Allow-Headers': 'Content-Type, If-None-Match', 'Access-Control-Max-Age': '86400' });
    }
    if (!['GET', 'HEAD', 'POST'].includes(req.method)) throw new Refusal(405, 'use GET to read or POST to record a page view', { Allow: METHODS, ...cors });
    const site = siteOf(pathname);
    let kind = 'read';
    let visitor = null;
    if (req.method === 'POST') {
      kind = 'view';
      visitor = await visitorFromBody(req);
      if (visitor === undefined) return; // the client hung up
    } else if (req.method === 'GET') {
      visitor = visitorFromQuery(req.url) ?? visitorOf(req);
      if (visitor) kind = 'heartbeat';
    }
    if (pending >= maxPending) throw new Refusal(503, 'the counter is busy', { 'Retry-After': RETRY_AFTER_OVERLOAD, ...cors });
    pending++;
    const t = now();
    let counts;
    try {
      counts = await store.touch(site, kind, visitor, t);
    } catch (err) {
      throw new Refusal(503, `the counter's store is unavailable (${err.message})`, { 'Retry-After': RETRY_AFTER_FAILED_STORE, ...cors });
    } finally {
      pending--;
    }
    const { online, today, total } = counts;
    // Weak tag over the numbers only: asOf moves every second, but a poll that
    // brings no new numbers should still get a cheap 304.
    const etag = `W/"${online}-${today}-${total}"`;
    const headers = { ...cors, 'Cache-Control': 'no-cache', ETag: etag };
    if (req.method !== 'POST' && matches(req.headers['if-none-match'], etag)) return send(req, res, 304, headers);
    sendJson(req, res, 200, { online, today, total, asOf: vnIsoTime(t), pollSeconds: POLL_SECONDS }, headers);
  }

  return {
    // Serves the counter's paths; returns false for any other path.
    async handle(req, res, pathname) {
      if (pathname !== ROUTE && !pathname.startsWith(ROUTE + '/')) return false;
      try {
        await answer(req, res, pathname);
      } catch (err) {
        if (!(err instanceof Refusal)) throw err;
        if (err.status >= 500 && err.message !== lastWarning) console.warn(`counter: ${err.status}: ${err.message}`);
        if (err.status >= 500) lastWarning = err.message;
        sendText(req, res, err.status, err.message, err.headers);
      }
      return true;
    },
  };
}
