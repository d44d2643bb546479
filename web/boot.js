// portal-widgets-boot.js: a tiny synchronous script for the <head>. It starts
// the .wasm download with the page (web/wasm-preload.js), and puts the
// reader's stored text size on the article before first paint, without
// waiting for wasm. It trusts only the canonical form that C++ writes
// (shared/font_scale/stored.h) and otherwise does nothing; the widget checks
// the stored value fully once it mounts.
import { applyFontScale, appliedScale, relativiseInlineSizes } from './font-scale-target.js';
import { mirrorRelativeFontSize } from './inline-font-size-mirror.js';
import { preloadWasm } from './wasm-preload.js';

const CANONICAL = /^[0-9]{1,3}(\.[0-9]{1,2})?$/;

function storedPercent(key) {
  try {
    const value = localStorage.getItem(key);
    return value !== null && CANONICAL.test(value) ? Number(value) : 0;
  } catch (error) {
    return 0; // storage disabled: nothing to apply
  }
}

function findTarget(selector) {
  try {
    return document.querySelector(selector);
  } catch (error) {
    return null; // an invalid selector: the widget reports it at mount
  }
}

function scaleArticle(target, percent) {
  if (!target.hasAttribute('data-pw-font-base')) applyFontScale(target, percent / 100, percent);
  relativiseInlineSizes(target, appliedScale(target), mirrorRelativeFontSize, true);
}

const script = document.currentScript;
preloadWasm(script);
const key = (script && script.getAttribute('data-pw-storage-key')) || 'pw-font-scale';
const percent = storedPercent(key);

if (percent >= 50 && percent <= 400 && percent !== 100) {
  const selectors = new Set();
  const collectSelectors = () => {
    for (const root of document.querySelectorAll('[data-pw="font-scale"][data-pw-target]')) {
      selectors.add(root.getAttribute('data-pw-target'));
    }
  };
  const scaleFound = () => {
    collectSelectors();
    for (const selector of selectors) {
      const target = findTarget(selector);
      if (target) scaleArticle(target, percent);
    }
  };
  // Frame callbacks run just before each paint, and the first one only once
  // the page's stylesheets have loaded, so sizes are measured against the
  // host's CSS and the article is never painted at the old size. The parser
  // may still be adding paragraphs, so each frame handles what is new.
  let parsing = true;
  const onFrame = () => {
    scaleFound();
    if (parsing) requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  // The frame after parsing ends handles the last paragraphs; scaling right at
  // DOMContentLoaded could measure before a late stylesheet has applied.
  document.addEventListener('DOMContentLoaded', () => {
    parsing = false;
  });
}
