// Where things are on disk and under which URL prefix the bench server serves them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BENCH = join(ROOT, 'bench');
export const GENERATED = join(ROOT, 'build', 'bench'); // generated pages, never committed
export const NODE_MODULES = join(ROOT, 'node_modules');

// URL prefix → folder, on top of the dev server's /demo/, /dist/ and /photos/.
export const MOUNTS = {
  '/bench/': join(BENCH, 'pages'),
  '/bench-pages/': GENERATED,
  '/npm/photoswipe/': join(NODE_MODULES, 'photoswipe', 'dist'),
  '/npm/splide/': join(NODE_MODULES, '@splidejs', 'splide', 'dist'),
  '/npm/embla-carousel/': join(NODE_MODULES, 'embla-carousel'),
  '/npm/embla-carousel-autoplay/': join(NODE_MODULES, 'embla-carousel-autoplay'),
  '/npm/countup.js/': join(NODE_MODULES, 'countup.js', 'dist'),
};

// The file on disk that a URL of the bench server serves.
export function fileOf(url) {
  const builtIn = { '/demo/': join(ROOT, 'examples', 'demo'), '/dist/': join(ROOT, 'dist'), '/photos/': join(ROOT, 'build', 'photos') };
  for (const [prefix, dir] of Object.entries({ ...builtIn, ...MOUNTS })) {
    if (url.startsWith(prefix)) return join(dir, url.slice(prefix.length));
  }
  throw new Error('no mount serves ' + url);
}
