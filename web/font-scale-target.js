// How a text-size level is put on the article, shared by the boot script
// (before first paint, without wasm) and the font-scale widget, so both leave
// the same marks and either can undo them. Levels and sizes are C++'s decisions.
//
// Marks on the target element:
//   --pw-font-scale       the level as a ratio; the one property CSS scales by
//   data-pw-font-scale    the level in percent, present while not at 100%;
//                         portal-widgets.css keeps line height and reflow
//                         readable under it
//   data-pw-font-base     the target's own size in em of its parent, measured
//                         once before any scaling
//   data-pw-font-origin   the target's own style attribute, restored on undo
// Marks on descendants whose inline absolute size was made relative:
//   data-pw-inline-style  the style attribute as the page wrote it
// Whole style attributes are kept because the CSSOM rewrites their text.

const BASE = 'data-pw-font-base';
const ORIGIN = 'data-pw-font-origin';
const LEVEL = 'data-pw-font-scale';
const INLINE_ORIGIN = 'data-pw-inline-style';

function fontSizePx(element) {
  return parseFloat(getComputedStyle(element).fontSize);
}

// The design size relative to the parent, so every level stays a ratio of the
// article's own size, which follows the reader's browser setting.
function measureBase(target) {
  const parent = target.parentElement;
  const ratio = parent ? fontSizePx(target) / fontSizePx(parent) : 1;
  return ratio > 0 && isFinite(ratio) ? ratio : 1;
}

export function appliedScale(target) {
  return parseFloat(target.style.getPropertyValue('--pw-font-scale')) || 1;
}

export function applyFontScale(target, scale, percent) {
  if (!target.hasAttribute(BASE)) {
    target.setAttribute(ORIGIN, target.getAttribute('style') || '');
    target.setAttribute(BASE, String(measureBase(target)));
  }
  target.style.setProperty('--pw-font-scale', String(scale));
  target.style.setProperty(
    'font-size',
    'calc(var(--pw-font-scale) * ' + target.getAttribute(BASE) + 'em)'
  );
  if (scale === 1) target.removeAttribute(LEVEL);
  else target.setAttribute(LEVEL, String(percent));
}

function restoreStyle(element, style) {
  // Setting first flushes Chrome's lazily serialised CSSOM text, which would
  // otherwise come back as style="" after a bare removeAttribute.
  element.setAttribute('style', style);
  if (!style) element.removeAttribute('style');
}

// The font-size a style attribute text declares, read by the browser's parser.
// Made on first use: importing the ES module must not touch the DOM (SSR).
let probe;
function declaredFontSize(style) {
  probe = probe || document.createElement('span');
  probe.setAttribute('style', style);
  return probe.style.getPropertyValue('font-size');
}

// Makes every inline absolute font-size inside the target relative, once.
// Document order puts parents before children, and each parent is measured
// after its own conversion, so it renders at its design size times `scale`,
// which is what relativeSize(written, parentPx, scale) assumes.
// `onlyNew` skips elements already converted (the boot script, frame by frame).
export function relativiseInlineSizes(target, scale, relativeSize, onlyNew) {
  for (const element of target.querySelectorAll('[style]')) {
    const converted = element.hasAttribute(INLINE_ORIGIN);
    if (converted && onlyNew) continue;
    const written = declaredFontSize(converted ? element.getAttribute(INLINE_ORIGIN) : element.getAttribute('style'));
    if (!written) continue;
    const relative = relativeSize(written, fontSizePx(element.parentElement), scale);
    if (!relative) continue;
    if (!converted) element.setAttribute(INLINE_ORIGIN, element.getAttribute('style'));
    element.style.setProperty('font-size', relative);
  }
}

export function removeFontScale(target) {
  for (const element of target.querySelectorAll('[' + INLINE_ORIGIN + ']')) {
    restoreStyle(element, element.getAttribute(INLINE_ORIGIN));
    element.removeAttribute(INLINE_ORIGIN);
  }
  if (!target.hasAttribute(BASE)) return;
  restoreStyle(target, target.getAttribute(ORIGIN));
  target.removeAttribute(BASE);
  target.removeAttribute(ORIGIN);
  target.removeAttribute(LEVEL);
}
