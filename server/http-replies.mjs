// Replies shared by the dev server and the counter service.

export function send(req, res, status, headers, body = '') {
  res.writeHead(status, { 'X-Content-Type-Options': 'nosniff', ...headers });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export function sendText(req, res, status, text, headers = {}) {
  send(req, res, status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...headers }, text + '\n');
}

export function sendJson(req, res, status, value, headers = {}) {
  const body = Buffer.from(JSON.stringify(value));
  send(req, res, status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers, 'Content-Length': body.length }, body);
}

// Weak comparison, as RFC 9110 asks for If-None-Match.
export function matches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = (tag) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag));
}

// The body as text; null when over `limit` bytes, undefined when the client
// hung up before the end (nobody is left to answer).
export function readBody(req, limit) {
  return new Promise((ok, fail) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    // Read to the end even when too large, so the 413 reaches the client.
    req.on('end', () => ok(size <= limit ? Buffer.concat(chunks).toString('utf8') : null));
    req.on('error', fail);
    req.on('close', () => ok(undefined));
  });
}
