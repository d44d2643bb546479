// Writes the bench pages into build/bench/, all from examples/demo/index.html so
// that ours and the anchors show exactly the same content:
//   ours.html, ours-article.html                our bundle, as the demo loads it
//   splide.html, splide-article.html            PhotoSwipe + Splide + countUp poller + px script
//   embla.html                                  the same with Embla instead of Splide
//   splide-article-batched.html                 the px script's batched variant
// The *-article pages carry a generated 10,000-word article instead of the demo's.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANCHORS, OURS, STACKS } from '../anchors.mjs';
import { generateArticle, wordsOf } from './article.mjs';
import { jpegSize } from './jpeg-size.mjs';
import { GENERATED, ROOT, fileOf } from './paths.mjs';

export const ARTICLE_WORDS = 10_000;

const OUR_HEAD = [
  '<link rel="preload" href="/dist/portal-widgets.wasm" as="fetch" crossorigin>',
  '<script src="/dist/portal-widgets-boot.js"></script>',
  '<link rel="stylesheet" href="/demo/demo.css">',
  '<link rel="stylesheet" href="/dist/portal-widgets.css">',
  '<script src="/dist/portal-widgets.js" defer></script>',
].join('\n');

// Replaces exactly one occurrence, so a change to the demo page fails loudly.
function replaceOnce(html, search, replacement, what) {
  const at = html.indexOf(search);
  if (at < 0 || html.indexOf(search, at + 1) >= 0) throw new Error(`bench pages: the demo page no longer has one ${what}`);
  return html.slice(0, at) + replacement + html.slice(at + search.length);
}

// The inner HTML of <div id="noi-dung" …>…</div>, nested divs included.
function articleRange(html) {
  const open = html.indexOf('<div id="noi-dung"');
  if (open < 0) throw new Error('bench pages: the demo page has no #noi-dung');
  const start = html.indexOf('>', open) + 1;
  let depth = 1;
  const tags = /<\/?div\b[^>]*>/g;
  tags.lastIndex = start;
  for (let m; (m = tags.exec(html)); ) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return { start, end: m.index };
  }
  throw new Error('bench pages: #noi-dung is not closed');
}

function withArticle(html, article) {
  const { start, end } = articleRange(html);
  return html.slice(0, start) + '\n' + article + '\n' + html.slice(end);
}

const tagFor = (file) =>
  file.kind === 'css'
    ? `<link rel="stylesheet" href="${file.url}">`
    : file.kind === 'module'
      ? `<script type="module" src="${file.url}"></script>`
      : file.kind === 'script'
        ? `<script src="${file.url}" defer></script>`
        : '';

function markWidgets(html, count, extra = '') {
  return replaceOnce(html, '<html lang="vi">', `<html lang="vi" data-bench-widgets="${count}"${extra}>`, '<html lang="vi">');
}

function oursPage(demo) {
  const head = OUR_HEAD.replace(
    '<script src="/dist/portal-widgets.js" defer></script>',
    '<script src="/bench/mark-start.js" defer></script>\n<script src="/dist/portal-widgets.js" defer></script>\n<script src="/bench/ours-ready.js" defer></script>'
  );
  return replaceOnce(demo, OUR_HEAD, head, 'head with the bundle');
}

function anchorPage(demo, stack, pxMode) {
  const files = STACKS[stack].parts.flatMap((part) => ANCHORS[part].files);
  // Stylesheets first, then the scripts in order: mark-start runs before any widget script.
  const head = [
    '<link rel="stylesheet" href="/demo/demo.css">',
    ...files.filter((f) => f.kind === 'css').map(tagFor),
    '<script src="/bench/mark-start.js" defer></script>',
    ...files.filter((f) => f.kind === 'script' || f.kind === 'module').map(tagFor),
  ].join('\n');
  let html = replaceOnce(demo, OUR_HEAD, head, 'head with the bundle');
  html = markWidgets(html, 4, pxMode ? ` data-bench-px="${pxMode}"` : '');

  // PhotoSwipe needs each photo's size on its link.
  html = html.replace(/<a href="(\/photos\/hoi-nghi-\d+\.jpg)">/g, (_, href) => {
    const { width, height } = jpegSize(fileOf(href));
    return `<a href="${href}" data-pswp-width="${width}" data-pswp-height="${height}">`;
  });

  // The related-news list in each carousel's own markup.
  const section = '<section class="related" id="cac-tin-khac" data-pw="carousel" aria-labelledby="cac-tin-khac-tieu-de">';
  const listOpen = '<h2 id="cac-tin-khac-tieu-de">Các tin khác</h2>\n      <ul>';
  const listClose = '      </ul>\n    </section>';
  if (stack === 'splide') {
    html = replaceOnce(html, section, section.replace('class="related"', 'class="related splide"'), 'carousel section');
    html = replaceOnce(html, listOpen, listOpen.replace('<ul>', '<div class="splide__track"><ul class="splide__list">'), 'carousel list');
    html = replaceOnce(html, listClose, '      </ul></div>\n    </section>', 'end of the carousel list');
    html = html.replace(/<li id="tin-/g, '<li class="splide__slide" id="tin-');
  } else {
    html = replaceOnce(html, listOpen, listOpen.replace('<ul>', '<div class="embla__viewport"><ul class="embla__container">'), 'carousel list');
    html = replaceOnce(html, listClose, '      </ul></div>\n    </section>', 'end of the carousel list');
  }
  return html;
}

export function writePages() {
  const demo = readFileSync(join(ROOT, 'examples', 'demo', 'index.html'), 'utf8');
  const { start, end } = articleRange(demo);
  const article = generateArticle(demo.slice(start, end), ARTICLE_WORDS);
  const words = wordsOf(article).length;
  if (words !== ARTICLE_WORDS) throw new Error(`bench pages: generated ${words} words, not ${ARTICLE_WORDS}`);

  const ours = markWidgets(oursPage(demo), 4);
  const pages = {
    'ours.html': ours,
    'ours-article.html': withArticle(ours, article),
    'splide.html': anchorPage(demo, 'splide'),
    'splide-article.html': withArticle(anchorPage(demo, 'splide'), article),
    'splide-article-batched.html': withArticle(anchorPage(demo, 'splide', 'batched'), article),
    'embla.html': anchorPage(demo, 'embla'),
  };
  mkdirSync(GENERATED, { recursive: true });
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(GENERATED, name), html);
  return { words, files: Object.keys(pages), ourFiles: OURS.files };
}
