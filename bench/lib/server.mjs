// The bench's web server: the dev server (same headers as production: CSP,
// application/wasm) with the bench pages, the fixtures and the anchors'
// package folders mounted beside the demo, and a throwaway visit counter.
// It compresses scripts, styles and wasm as portals' servers do, so an
// emulated slow link carries what it would in production.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDevServer } from '../../server/dev-server.mjs';
import { MOUNTS } from './paths.mjs';

export function startServer() {
  return createDevServer({
    port: 0,
    mounts: MOUNTS,
    gzip: true,
    visitsFile: join(mkdtempSync(join(tmpdir(), 'pw-bench-visits-')), 'visits.json'),
  });
}
