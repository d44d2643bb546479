// web/commands.js numbers commands and autoplay events as their C++ enums
// do: a number out of step would make a button do another thing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as commands from '../../web/commands.js';

const root = new URL('../../', import.meta.url);

// The enumerators of `enum class name { … }` in a header, in order.
function enumerators(header, name) {
  const text = readFileSync(new URL(header, root), 'utf8').replace(/\/\/.*$/gm, '');
  const body = text.match(new RegExp('enum class ' + name + '\\b[^{]*\\{([^}]*)\\}'));
  assert.ok(body, name + ' in ' + header);
  return body[1].split(',').map((item) => item.trim()).filter(Boolean);
}

const ENUMS = {
  CAROUSEL_: enumerators('shared/carousel_controller.h', 'CarouselCommand'),
  GALLERY_: enumerators('shared/gallery_keys.h', 'GalleryCommand'),
  AUTOPLAY_: enumerators('shared/carousel_autoplay.h', 'AutoplayEvent'),
};

test('every constant is its enumerator\'s position', () => {
  const names = Object.keys(commands);
  assert.ok(names.length >= 20);
  for (const name of names) {
    const prefix = Object.keys(ENUMS).find((start) => name.startsWith(start));
    assert.ok(prefix, name + ' has a known prefix');
    const enumerator = name.slice(prefix.length).toLowerCase();
    assert.equal(ENUMS[prefix].indexOf(enumerator), commands[name], name);
  }
});

test('every autoplay event the page can send has a constant', () => {
  const sent = ENUMS.AUTOPLAY_.filter((event) => event !== 'enable');
  for (const event of sent) assert.ok('AUTOPLAY_' + event.toUpperCase() in commands, event);
});
