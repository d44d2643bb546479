// The counter service (`npm run counter`): /api/visitors for sites that have no
// statistics endpoint of their own. Counts live in Redis when REDIS_URL is set
// (any number of instances), else in one file (one instance). README and
// docs/counter-endpoint.md list the settings.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { counterConfig } from './counter-config.mjs';
import { createCounterRoutes } from './counter-routes.mjs';
import { createEmbeddedStore } from './embedded-store.mjs';
import { createRedisStore } from './redis-store.mjs';
import { sendText } from './http-replies.mjs';

export async function openStore({ redisUrl, file, sites }, now = () => Date.now()) {
  return redisUrl ? createRedisStore({ url: redisUrl, sites }) : createEmbeddedStore({ file, sites, now });
}

// Closes connections that have gone idle, so stopping does not wait on keep-alive.
function trackSockets(server) {
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return () => sockets.forEach((socket) => socket.destroy());
}

export function listen(server, port, host) {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      const address = server.address();
      ok(`http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}/`);
    });
  });
}

// `config` as counterConfig() makes it; `now` is the clock, for tests.
export async function createCounterService(config, { now = () => Date.now(), maxPending } = {}) {
  const store = await openStore(config, now);
  const routes = createCounterRoutes({ store, sites: config.sites, origins: config.origins, now, maxPending });
  const server = createServer((req, res) => {
    const pathname = req.url.split(/[?#]/)[0];
    routes
      .handle(req, res, pathname)
      .then((handled) => handled || sendText(req, res, 404, 'Not found: the counter answers /api/visitors and /api/visitors/<site>'))
      .catch((err) => {
        console.error(`counter: ${req.method} ${req.url}: ${err.stack ?? err}`);
        if (!res.headersSent) sendText(req, res, 500, 'Internal server error');
        else res.destroy();
      });
  });
  // Longer than a load balancer's idle timeout (often 60 s), so the balancer, not
  // the service, closes an idle connection: never one a request is on its way over.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const closeSockets = trackSockets(server);
  const url = await listen(server, config.port, config.host);
  return {
    url,
    async close() {
      const closed = new Promise((ok) => server.close(() => ok()));
      closeSockets();
      await closed;
      await store.close();
    },
  };
}

const runDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runDirectly) {
  let config;
  try {
    config = counterConfig();
  } catch (err) {
    console.error(`counter: ${err.message}`);
    process.exit(2);
  }
  const service = await createCounterService(config);
  const where = config.redisUrl ? `Redis at ${new URL(config.redisUrl).host}` : config.file;
  // Tests read this line for the URL; keep its shape.
  console.log(`counter: listening on ${service.url} (sites ${Object.keys(config.sites).join(', ')}; counts in ${where})`);
  const stop = () => service.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
