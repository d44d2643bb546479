// Subresource Integrity for the dist files a page links: a host that pins the
// hash gets a browser that refuses any other bytes under that URL.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// What a page puts in <script src> or <link href>. The .wasm is fetched by the
// script itself, so SRI on the page does not apply to it.
export const LINKED_FILES = [
  'portal-widgets.js',
  'portal-widgets.single.js',
  'portal-widgets.mjs',
  'portal-widgets.single.mjs',
  'portal-widgets.css',
  'portal-widgets-boot.js',
];

export function integrityOf(path) {
  return 'sha384-' + createHash('sha384').update(readFileSync(path)).digest('base64');
}
