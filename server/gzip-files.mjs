// gzip for static files, as a portal's web server sends them (the bench turns
// it on, so that over an emulated 3G link every side's scripts, styles and
// wasm cross compressed, as in production). Each file is compressed once per
// version.
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|wasm)|image\/svg\+xml)/;

export function createGzipFiles() {
  const cache = new Map(); // path → { etag, body }
  return function gzipped(req, type, file, etag, body) {
    if (!COMPRESSIBLE.test(type) || !/\bgzip\b/.test(req.headers['accept-encoding'] || '')) return null;
    const cached = cache.get(file);
    if (cached && cached.etag === etag) return cached.body;
    const compressed = gzipSync(body);
    cache.set(file, { etag, body: compressed });
    return compressed;
  };
}
