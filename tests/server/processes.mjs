// Real processes for the counter service's tests: a redis-server on a free
// loopback port in a temporary folder, and service instances as `npm run
// counter` starts them. Every wait is on an event, with a deadline.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@redis/client';
import { call, waitFor } from './http-load.mjs';

const SERVICE = fileURLToPath(new URL('../../server/counter-service.mjs', import.meta.url));
const START_TIMEOUT_MS = 10_000;

export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

// Resolves with the first match of `pattern` in the child's output; rejects if
// the child exits first or the deadline passes.
function outputMatch(child, pattern, what) {
  return new Promise((ok, fail) => {
    let seen = '';
    const timer = setTimeout(() => done(fail, new Error(`${what}: no "${pattern}" within ${START_TIMEOUT_MS} ms; output:\n${seen}`)), START_TIMEOUT_MS);
    const onData = (chunk) => {
      seen += chunk;
      const match = seen.match(pattern);
      if (match) done(ok, match);
    };
    const onExit = (code, signal) => done(fail, new Error(`${what} exited (${code ?? signal}) before "${pattern}"; output:\n${seen}`));
    function done(settle, value) {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stderr.off('data', onData);
      child.off('exit', onExit);
      settle(value);
    }
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', onExit);
  });
}

function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => child.once('exit', () => ok()));
}

// Without persistence of its own; stop() saves once, so a restart in the same
// folder comes back with the counts (an outage, not a data loss).
export async function startRedis() {
  const dir = mkdtempSync(join(tmpdir(), 'pw-redis-'));
  const port = await freePort();
  let child;
  const launch = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    await outputMatch(child, /Ready to accept connections/, 'redis-server');
  };
  await launch();
  const url = `redis://127.0.0.1:${port}`;
  return {
    url,
    // SHUTDOWN SAVE: writes dump.rdb, then the server exits.
    async stop() {
      const client = createClient({ url, socket: { reconnectStrategy: false } });
      client.on('error', () => {}); // the server going away is the point
      await client.connect();
      await client.sendCommand(['SHUTDOWN', 'SAVE']).catch(() => {}); // the connection drops as it exits
      client.destroy();
      await exited(child);
    },
    restart: launch,
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
}

// One instance of the counter service, configured by `env` like a deployment.
export async function startService(env) {
  const child = spawn(process.execPath, [SERVICE], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  const [, url] = await outputMatch(child, /listening on (http:\/\/\S+\/)/, 'counter service');
  // It listens before its store is reachable (503 until then); tests start once it counts.
  await waitFor(async () => (await call(`${url}api/visitors`)).status === 200, { what: 'counter service ready' });
  return {
    url,
    output: () => output.join(''),
    async kill(signal = 'SIGKILL') {
      child.kill(signal);
      await exited(child);
    },
  };
}
