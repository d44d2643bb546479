// DOM adapter of the font-scale widget ("Xem với cỡ chữ : A- A A+"). It finds
// the article and the buttons, forwards presses to C++ and applies the view
// C++ returns; levels, limits, storage format and texts are decided in
// shared/font_scale/controller.h.
import { createEventStore } from './event-store.js';
import { optionLayers, namedAttributes } from './option-layers.js';
import { emit, reportProblem } from './report.js';
import {
  applyFontScale,
  appliedScale,
  relativiseInlineSizes,
  removeFontScale,
} from './font-scale-target.js';
import { createAnnouncer } from './announcer.js';
import { createAttributeJournal } from './attribute-journal.js';
import { createScrollFocus } from './scroll-focus.js';
import { wellFormed } from './well-formed.js';

const WIDGET = 'font-scale';
// Tells other font-scale widgets of this page that a level was chosen; the
// storage event only reaches other tabs.
const SAME_PAGE_CHANGE = 'pw:font-scale-chosen';
const ACTIONS = ['smaller', 'reset', 'larger'];

// Storage can throw (disabled, full, sandboxed): the choice then lasts for
// this page only, and C++ says so.
function readStored(key, root, module) {
  try {
    return localStorage.getItem(key) || '';
  } catch (error) {
    reportProblem(root, WIDGET, 'storage', module.problem('font-scale:storage', ''));
    return '';
  }
}

function writeStored(key, value, root, module) {
  try {
    localStorage.setItem(key, value);
  } catch (error) {
    reportProblem(root, WIDGET, 'storage', module.problem('font-scale:storage', ''));
  }
}

function findTarget(selector) {
  try {
    return selector ? document.querySelector(selector) : null;
  } catch (error) {
    return null;
  }
}

// The existing `[data-pw-action]` control if it is a button, a new button in
// place of a link or span marked as one, or a new button appended to the root.
function takeButton(root, action, text, journal, added) {
  const existing = root.querySelector('[data-pw-action="' + action + '"]');
  if (existing && existing.tagName === 'BUTTON') {
    journal.remember(existing, ['type', 'aria-label', 'aria-disabled']);
    existing.type = 'button';
    return existing;
  }
  const button = document.createElement('button');
  button.type = 'button';
  // The page's own classes come along, so its styling of the control stays.
  button.className = (existing && existing.className ? existing.className + ' ' : '') + 'pw-fs-button';
  button.setAttribute('data-pw-action', action);
  button.textContent = existing ? existing.textContent : text;
  if (existing) {
    existing.replaceWith(button);
    added.push(() => button.replaceWith(existing));
  } else {
    root.appendChild(button);
    added.push(() => button.remove());
  }
  return button;
}

export function mountFontScale(root, programmatic, module) {
  // Options are parsed once, here; the instance is deleted by destroy().
  const fontScale = new module.FontScale(optionLayers(root, namedAttributes(root, ['target']), programmatic));
  const config = fontScale.config();
  if (config.warnings) reportProblem(root, WIDGET, 'options', config.warnings);

  const target = findTarget(config.target);
  if (!target) {
    fontScale.delete();
    const message = module.problem('font-scale:target', config.target);
    reportProblem(root, WIDGET, 'target', message);
    throw new Error(message);
  }

  const events = createEventStore();
  const journal = createAttributeJournal();
  const added = [];

  journal.remember(root, ['role', 'aria-label']);
  if (!root.hasAttribute('role')) root.setAttribute('role', 'group');
  root.setAttribute('aria-label', config.groupLabel);

  const labels = { smaller: config.smallerLabel, reset: config.resetLabel, larger: config.largerLabel };
  const texts = { smaller: config.smallerText, reset: config.resetText, larger: config.largerText };
  const buttons = {};
  for (const action of ACTIONS) {
    buttons[action] = takeButton(root, action, texts[action], journal, added);
    buttons[action].setAttribute(
      'aria-label',
      module.nameWithVisibleText(labels[action], wellFormed(buttons[action].textContent))
    );
  }
  const level = document.createElement('span');
  level.className = 'pw-fs-level';
  buttons.larger.after(level);
  added.push(() => level.remove());
  const announcer = createAnnouncer(root);
  added.push(() => announcer.remove());

  const start = fontScale.start(wellFormed(config.persist ? readStored(config.storageKey, root, module) : ''));
  if (start.warnings) reportProblem(root, WIDGET, 'stored-value', start.warnings);
  let view = start.view;

  // Inline px/pt sizes become em once, computed by C++ from what the page
  // wrote, at the scale the boot script may already have applied.
  relativiseInlineSizes(target, appliedScale(target), module.fontScaleRelativeSize, false);

  const scrollFocus = createScrollFocus(target);
  const show = (next) => {
    view = next;
    applyFontScale(target, view.scale, view.percent);
    scrollFocus.update();
    level.textContent = view.levelText;
    buttons.smaller.setAttribute('aria-disabled', String(!view.canSmaller));
    buttons.larger.setAttribute('aria-disabled', String(!view.canLarger));
    if (view.announcement) announcer.say(view.announcement);
  };
  show(view);

  for (const action of ACTIONS) {
    events.add(buttons[action], 'click', () => {
      show(fontScale.step(module.FontScaleAction[action]));
      if (view.stored) {
        writeStored(config.storageKey, view.stored, root, module);
        window.dispatchEvent(
          new CustomEvent(SAME_PAGE_CHANGE, { detail: { key: config.storageKey, stored: view.stored, from: root } })
        );
      }
      emit(root, 'pw:change', { percent: view.percent, scale: view.scale, level: view.levelText });
    });
  }
  // Other tabs of the site, and other controls of this page, follow a change.
  events.add(window, 'storage', (event) => {
    if (!config.persist || event.key !== config.storageKey) return;
    show(fontScale.follow(wellFormed(event.newValue || '')));
  });
  events.add(window, SAME_PAGE_CHANGE, (event) => {
    const { key, stored, from } = event.detail;
    if (from === root || !config.persist || key !== config.storageKey) return;
    show(fontScale.follow(wellFormed(stored)));
  });

  return {
    get percent() {
      return view.percent;
    },
    destroy() {
      events.removeAll();
      added.reverse().forEach((undo) => undo());
      journal.restoreAll();
      scrollFocus.restoreAll();
      removeFontScale(target);
      fontScale.delete();
    },
  };
}
