// The anchors: what a reader's portal would load instead of portal-widgets,
// widget by widget. Each lists every file its page loads (package files and
// the small glue we wrote), so bytes are counted from the same list the pages use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_MODULES } from './lib/paths.mjs';

const version = (pkg) => JSON.parse(readFileSync(join(NODE_MODULES, pkg, 'package.json'), 'utf8')).version;

// kind: css | script (classic, defer) | module | fetched (loaded by another file, not by a tag of the page)
export const OURS = {
  name: 'portal-widgets',
  files: [
    { url: '/dist/portal-widgets.css', kind: 'css' },
    { url: '/dist/portal-widgets.js', kind: 'script' },
    { url: '/dist/portal-widgets.wasm', kind: 'fetched' },
  ],
};

export const ANCHORS = {
  gallery: {
    name: `PhotoSwipe ${version('photoswipe')}`,
    files: [
      { url: '/npm/photoswipe/photoswipe.css', kind: 'css' },
      { url: '/npm/photoswipe/photoswipe-lightbox.esm.min.js', kind: 'fetched' },
      { url: '/npm/photoswipe/photoswipe.esm.min.js', kind: 'fetched' },
      { url: '/bench/anchor-photoswipe.js', kind: 'module', glue: true },
    ],
  },
  splide: {
    name: `Splide ${version('@splidejs/splide')}`,
    files: [
      { url: '/npm/splide/css/splide.min.css', kind: 'css' },
      { url: '/npm/splide/js/splide.min.js', kind: 'script' },
      { url: '/bench/anchor-splide.js', kind: 'script', glue: true },
    ],
  },
  embla: {
    name: `Embla ${version('embla-carousel')} + autoplay ${version('embla-carousel-autoplay')}`,
    files: [
      { url: '/bench/anchor-embla.css', kind: 'css', glue: true },
      { url: '/npm/embla-carousel/embla-carousel.umd.js', kind: 'script' },
      { url: '/npm/embla-carousel-autoplay/embla-carousel-autoplay.umd.js', kind: 'script' },
      { url: '/bench/anchor-embla.js', kind: 'script', glue: true },
    ],
  },
  counter: {
    name: `countUp.js ${version('countup.js')} + setInterval poller`,
    files: [
      { url: '/npm/countup.js/countUp.umd.js', kind: 'script' },
      { url: '/bench/anchor-poller.js', kind: 'script', glue: true },
    ],
  },
  fontScale: {
    name: 'inline px rewrite script',
    files: [{ url: '/bench/anchor-px-font-size.js', kind: 'script', glue: true }],
  },
};

// The whole-page stacks compared with our one bundle.
export const STACKS = {
  splide: { name: 'PhotoSwipe + Splide + countUp poller + px script', parts: ['gallery', 'splide', 'counter', 'fontScale'] },
  embla: { name: 'PhotoSwipe + Embla + countUp poller + px script', parts: ['gallery', 'embla', 'counter', 'fontScale'] },
};
