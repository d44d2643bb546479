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
//   data-pw-font-origin   the target's own inline font-size, restored on undo
// Marks on descendants whose inline absolute size was made relative:
//   data-pw-inline-size   the inline font-size as the page wrote it

const BASE = 'data-pw-font-base';
const ORIGIN = 'data-pw-font-origin';
const LEVEL = 'data-pw-font-scale';
export const INLINE_ORIGIN = 'data-pw-inline-size';

export function fontSizePx(element) {
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
    target.setAttribute(ORIGIN, target.style.getPropertyValue('font-size'));
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

function restoreInlineFontSize(element, value) {
  element.style.removeProperty('font-size');
  if (value) element.style.setProperty('font-size', value);
  if (!element.getAttribute('style')) element.removeAttribute('style');
}

// Descendants with an inline font-size, each with the size the page wrote and
// its parent's rendered size, all read before anything is written.
export function inlineSizedDescendants(target) {
  const found = [];
  for (const element of target.querySelectorAll('[style]')) {
    const written = element.getAttribute(INLINE_ORIGIN) || element.style.getPropertyValue('font-size');
    if (written) found.push({ element, written, parentPx: fontSizePx(element.parentElement) });
  }
  return found;
}

// Writes a relative size computed from `written`; "" leaves the element alone.
export function setRelativeInlineSize(element, written, relative) {
  if (!relative) return;
  element.setAttribute(INLINE_ORIGIN, written);
  element.style.setProperty('font-size', relative);
}

export function removeFontScale(target) {
  for (const element of target.querySelectorAll('[' + INLINE_ORIGIN + ']')) {
    restoreInlineFontSize(element, element.getAttribute(INLINE_ORIGIN));
    element.removeAttribute(INLINE_ORIGIN);
  }
  if (!target.hasAttribute(BASE)) return;
  target.style.removeProperty('--pw-font-scale');
  restoreInlineFontSize(target, target.getAttribute(ORIGIN));
  target.removeAttribute(BASE);
  target.removeAttribute(ORIGIN);
  target.removeAttribute(LEVEL);
}
