// The lightbox's markup and the modal mechanics around it, for web/gallery.js:
// the dialog's elements, writes that skip what did not change, the scroll
// lock and the inert page. DOM only; the gallery adapter binds the events.
import { createAttributeJournal } from './attribute-journal.js';

const SLIDES = 3; // the controller never shows more

function element(tag, className, parent) {
  const node = document.createElement(tag);
  node.className = className;
  if (parent) parent.append(node);
  return node;
}

function button(className, label, glyph) {
  const node = element('button', 'pw-lb-button ' + className);
  node.type = 'button';
  node.setAttribute('aria-label', label);
  node.title = label;
  const icon = element('span', '', node);
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = glyph;
  return node;
}

// The dialog, not yet in the page, and its parts. `labels`: the GalleryLabels
// of wasm/gallery_bindings.cpp.
export function createLightboxDialog(labels) {
  const dialog = element('div', 'pw-lightbox');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-label', labels.dialog);
  // A click on the photo keeps focus in the dialog, so keys still reach it.
  dialog.tabIndex = -1;
  const backdrop = element('div', 'pw-lb-backdrop', dialog);
  const stage = element('div', 'pw-lb-stage', dialog);
  const slides = [];
  for (let i = 0; i < SLIDES; i++) {
    const node = element('div', 'pw-lb-slide', stage);
    node.hidden = true;
    const img = element('img', 'pw-lb-image', node);
    img.alt = '';
    img.draggable = false;
    const spinner = element('span', 'pw-lb-spinner', node);
    spinner.setAttribute('aria-hidden', 'true');
    const message = element('p', 'pw-lb-message', node);
    slides.push({ node, img, spinner, message, photo: -1, shows: null });
  }
  const bar = element('div', 'pw-lb-bar', dialog);
  const counter = element('p', 'pw-lb-counter', bar);
  const zoomOut = button('pw-lb-zoom-out', labels.zoomOut, '\u2212');
  const zoomIn = button('pw-lb-zoom-in', labels.zoomIn, '+');
  const close = button('pw-lb-close', labels.close, '\u00d7');
  bar.append(zoomOut, zoomIn, close);
  const previous = button('pw-lb-previous', labels.previous, '\u2039');
  const next = button('pw-lb-next', labels.next, '\u203a');
  dialog.append(previous, next);
  const caption = element('p', 'pw-lb-caption', dialog);
  const live = element('span', 'pw-visually-hidden', dialog);
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  return { dialog, backdrop, stage, slides, counter, caption, live, previous, next, zoomIn, zoomOut, close };
}

// Writes only what changed: the DOM is touched as little as a frame allows.
export function setStyle(node, name, value) {
  const key = '_pw' + name;
  if (node[key] !== value) {
    node.style[name] = value;
    node[key] = value;
  }
}
export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}
export function setDisabled(node, disabled) {
  const value = String(disabled);
  if (node.getAttribute('aria-disabled') !== value) node.setAttribute('aria-disabled', value);
}

// Hides the page's scrollbar without moving the page: its width becomes
// padding on <body>. Returns the undo.
export function lockScroll() {
  const html = document.documentElement;
  const body = document.body;
  const scrollbar = window.innerWidth - html.clientWidth;
  const saved = createAttributeJournal();
  saved.remember(html, ['style']);
  saved.remember(body, ['style']);
  const padding = parseFloat(getComputedStyle(body).paddingRight) || 0;
  html.style.overflow = 'hidden';
  if (scrollbar > 0) body.style.paddingRight = padding + scrollbar + 'px';
  return saved.restoreAll;
}

// Everything beside the dialog becomes inert. Returns the undo.
export function inertOthers(dialog) {
  const changed = [];
  for (const child of document.body.children) {
    if (child !== dialog && !child.inert) {
      child.inert = true;
      changed.push(child);
    }
  }
  return () => changed.forEach((child) => (child.inert = false));
}
