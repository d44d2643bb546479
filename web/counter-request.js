// One request to the counter endpoint, reduced to plain values for C++:
// status (0 for a network error, -1 for a timeout), body, ETag, Retry-After.
const NETWORK_ERROR = 0;
const TIMED_OUT = -1;

// `after` delays the request until it settles (this page view being
// recorded), for one timeout at most: a POST that hangs holds the first poll
// back that long and is not reported, since the poll itself was never tried.
// The poll's own timeout counts from when it is sent.
export function requestCounter(endpoint, etag, timeoutMs, maxBodyBytes, after = Promise.resolve()) {
  const controller = new AbortController();
  let timedOut = false;
  let timer = 0;
  const waited = Promise.race([after, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
  const headers = { Accept: 'application/json' };
  // Sent by hand, with the HTTP cache bypassed, so a 304 reaches us as a 304.
  if (etag) headers['If-None-Match'] = etag;
  const aborted = new Promise((resolve) => controller.signal.addEventListener('abort', resolve));
  const done = Promise.race([waited, aborted])
    .then(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      return fetch(endpoint, { headers, cache: 'no-store', credentials: 'same-origin', signal: controller.signal });
    })
    .then(async (response) => {
      const text = response.status === 200 ? await response.text() : '';
      return {
        status: response.status,
        // C++ refuses anything over its limit; one byte more is enough to tell.
        body: text.length > maxBodyBytes ? text.slice(0, maxBodyBytes + 1) : text,
        etag: response.headers.get('ETag') || '',
        retryAfter: response.headers.get('Retry-After') || '',
      };
    })
    .catch(() => ({ status: timedOut ? TIMED_OUT : NETWORK_ERROR, body: '', etag: '', retryAfter: '' }))
    .finally(() => clearTimeout(timer));
  return { done, abort: () => controller.abort() };
}
