// Requests to counter instances, and load with a bounded number in flight,
// timed per request, for the figures the load tests print.
import { Agent, request } from 'node:http';

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

export function call(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve) => {
    const req = request(url, { method, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => resolve({ status: 0, headers: {}, body: '' }));
    });
    // A killed instance: no answer, which is status 0 here.
    req.on('error', () => resolve({ status: 0, headers: {}, body: '' }));
    req.end(body);
  });
}

export const readCounts = async (url) => {
  const response = await call(url);
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status} ${response.body}`);
  const { online, today, total } = JSON.parse(response.body);
  return { online, today, total };
};

export const postView = (url, visitor) =>
  call(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ visitor }) });

// Sends `count` page views, request i to urls[i % urls.length] for visitor
// visitors[i % visitors.length], at most `inFlight` at a time. `onAnswer` sees
// each answer as it comes.
export async function loadViews({ urls, count, visitors, inFlight = 64, onAnswer = () => {} }) {
  const latencies = [];
  const statuses = [];
  let next = 0;
  const started = performance.now();
  async function worker() {
    while (next < count) {
      const i = next++;
      const sent = performance.now();
      const response = await postView(urls[i % urls.length], visitors[i % visitors.length]);
      latencies.push(performance.now() - sent);
      statuses[i] = response.status;
      onAnswer(i, response);
    }
  }
  await Promise.all(Array.from({ length: Math.min(inFlight, count) }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { statuses, seconds, perSecond: count / seconds, p50: at(0.5), p99: at(0.99) };
}

export const describeLoad = (load) =>
  `${Math.round(load.perSecond)} page views/s, p50 ${load.p50.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms`;

// Polls `condition` until it holds, for at most `timeoutMs`.
export async function waitFor(condition, { timeoutMs = 10_000, everyMs = 20, what = 'condition' } = {}) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((ok) => setTimeout(ok, everyMs));
  }
}

export const closeConnections = () => agent.destroy();
