// A scriptable counter endpoint for browser tests, on a page or a whole
// browser context: each request takes the next scripted answer (or the
// standing one) and is logged with the If-None-Match it carried.
export const kEndpoint = '/test-api/counter';

export async function scriptCounterEndpoint(target, { standing = null } = {}) {
  const queue = [];
  const log = [];
  let answer = standing;
  await target.route('**' + kEndpoint, async (route) => {
    log.push({ ifNoneMatch: route.request().headers()['if-none-match'] || null });
    const next = queue.length ? queue.shift() : answer;
    if (!next || next.hang) return; // no answer at all: the request times out
    if (next.networkError) return route.abort('failed');
    const body = next.body === undefined ? '' : typeof next.body === 'string' ? next.body : JSON.stringify(next.body);
    await route.fulfill({
      status: next.status ?? 200,
      headers: { 'Content-Type': next.contentType ?? 'application/json', ...(next.headers ?? {}) },
      body,
    });
  });
  return {
    log,
    then: undefined,
    answer(...responses) {
      queue.push(...responses);
    },
    stand(response) {
      answer = response;
    },
  };
}

export const counts = (online, today, total, extra = {}) => ({ body: { online, today, total, ...extra } });
