// A long article of exactly `words` words, in the shape text pasted from Word
// into a portal CMS takes: paragraphs with inline pt and px sizes, some
// nested spans. Built from the demo article's own words with a fixed seed, so
// every run and both sides get the same markup.
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The text content of an HTML fragment, as a list of words.
export function wordsOf(html) {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&[a-z]+;/g, ' ');
  return text.split(/\s+/).filter(Boolean);
}

// The shapes of paragraph seen on the demo page (and the seed page).
const SHAPES = [
  (t) => `<p style="text-align: justify"><span style="font-size: 12pt; font-family: 'Times New Roman'">${t}</span></p>`,
  (t) => `<p style="font-size:14px">${t}</p>`,
  (t, r) => {
    const cut = Math.floor(t.length * (0.3 + 0.4 * r));
    const at = t.indexOf(' ', cut);
    if (at < 0) return `<p style="font-size: 12pt; font-family: 'Times New Roman'">${t}</p>`;
    return `<p style="font-size: 12pt; font-family: 'Times New Roman'">${t.slice(0, at)} <span style="font-size: 10.5pt">${t.slice(at + 1)}</span></p>`;
  },
  (t) => `<p><span style="font-size: 12pt; font-family: 'Times New Roman'; color: #000000">${t}</span></p>`,
  (t) => `<p style="text-indent: 36pt"><span style="font-size:14px">${t}</span></p>`,
  (t) => `<p>${t}</p>`,
];

export function generateArticle(sourceHtml, words = 10_000, seed = 2022) {
  const vocabulary = wordsOf(sourceHtml);
  if (vocabulary.length < 50) throw new Error('the demo article has too few words to draw from');
  const random = seeded(seed);
  const paragraphs = [];
  let written = 0;
  let cursor = 0;
  while (written < words) {
    const length = Math.min(words - written, 40 + Math.floor(random() * 120));
    const chunk = [];
    for (let i = 0; i < length; i++) chunk.push(vocabulary[cursor++ % vocabulary.length]);
    written += length;
    const shape = SHAPES[Math.floor(random() * SHAPES.length)];
    paragraphs.push(shape(escapeHtml(chunk.join(' ')), random()));
  }
  return paragraphs.join('\n');
}
