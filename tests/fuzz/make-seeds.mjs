// Writes the seed corpora of tests/fuzz/corpus/<target>/: real responses,
// option objects from the README, stored values, pasted styles, srcsets,
// headers, and realistic pointer streams encoded as fuzz_input.h decodes
// them. Run it after changing a target's input layout:
//   node tests/fuzz/make-seeds.mjs
// It only writes the files named here; other files in the corpora (the
// reproducers of fixed findings, named regression-*) are left alone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const corpus = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
const write = (target, name, content) => {
  mkdirSync(join(corpus, target), { recursive: true });
  writeFileSync(join(corpus, target, name), content);
};
const parts = (...texts) => texts.join('\n|\n');

// ---- the encoding of fuzz_input.h ------------------------------------------

class Bytes {
  constructor() { this.out = []; }
  byte(v) { this.out.push(v & 0xff); return this; }
  flag(on) { return this.byte(on ? 1 : 0); }
  u16(v) { return this.byte(v).byte(v >> 8); }
  i16(v) { return this.u16(v < 0 ? v + 0x10000 : v); }
  // Quarter pixels up to ±8192, else the coarse ×64 form, else a raw double.
  number(v) {
    const quarters = Math.round(v * 4);
    if (Math.abs(quarters) <= 32767) return this.byte(0).i16(quarters);
    if (Math.abs(v / 64) <= 32767) return this.byte(0xc0).i16(Math.round(v / 64));
    const raw = Buffer.alloc(8);
    raw.writeDoubleLE(v);
    this.byte(0xff);
    raw.forEach((b) => this.byte(b));
    return this;
  }
  special(index) { return this.byte(0xf0 + index); } // NaN, +inf, -inf, 0, -0, 1e7, …
  step(ms) { // FuzzClock::step
    if (ms < 0xf0) return this.byte(ms);
    return this.byte(0xf0).u16(Math.round(ms / 10));
  }
  text(s) {
    const bytes = Buffer.from(s);
    this.byte(bytes.length);
    bytes.forEach((b) => this.byte(b));
    return this;
  }
  get buffer() { return Buffer.from(this.out); }
}

// ---- JSON texts -------------------------------------------------------------

const v1 = '{"online":8,"today":2451,"total":1121895}';
const v1Full = '{"online": 8, "today": 2451, "total": 1121895, "asOf": "2022-02-18T09:30:00+07:00", "pollSeconds": 30}';
const dnn = '{"d":{"UsersOnline":8,"VisitsToday":2451,"VisitsTotal":1121895}}';
const dnnMap = '{"online":"/d/UsersOnline","today":"/d/VisitsToday","total":"/d/VisitsTotal"}';
const plugin = '{"stats":[{"online":8},{"today":2451},{"total":1121895}]}';
const pluginMap = '{"online":"/stats/0/online","today":"/stats/1/today","total":"/stats/2/total"}';

const jsonDocs = {
  'counter-v1': v1Full,
  'counter-dnn': dnn,
  'counter-plugin': plugin,
  'counter-quoted': '{"online":"8","today":"2451","total":"1121895"}',
  'options-font-scale': '{"lang":"vi","steps":[87.5,100,112.5,125,150,175,200],"strings":{"larger":"Ch\\u1eef to h\\u01a1n"}}',
  'escapes': '["\\"\\\\\\/\\b\\f\\n\\r\\t","\\ud83d\\udcf0","Tin m\u1edbi \ud83d\udcf0"]',
  'numbers': '[0,-0,1e22,1.7976931348623157e308,5e-324,18446744073709551615,-9223372036854775808,0.30000000000000004]',
  'nested': '{"a":{"b":{"c":[{"d":null}]}},"e":[true,false,[]]}',
  'repeated-keys': '{"b":1,"a":2,"b":3}',
  'bom': '\ufeff{}',
};
for (const [name, doc] of Object.entries(jsonDocs)) write('json_reader', name, doc);

write('counter_response', 'v1', v1);
write('counter_response', 'v1-full', v1Full);
write('counter_response', 'v1-strings', '{"online":"8","today":"2451","total":"1121895"}');
write('counter_response', 'dnn-mapped', parts(dnnMap, dnn));
write('counter_response', 'plugin-mapped', parts(pluginMap, plugin));
write('counter_response', 'escaped-pointer', parts('{"online":"/a~1b","today":"/m~0n","total":"/t"}', '{"a/b":1,"m~n":2,"t":3}'));
write('counter_response', 'negative', '{"online":-1,"today":2451,"total":1121895}');
write('counter_response', 'beyond-exact', '{"online":8,"today":2451,"total":9007199254740992}');
write('counter_response', 'decimal', '{"online":8.5,"today":2451,"total":1121895}');
write('counter_response', 'missing', '{"online":8,"today":2451}');
write('counter_response', 'displayed', '1.121.895');
write('counter_response', 'displayed-nbsp', '1\u00a0121\u00a0895');
write('counter_response', 'html-error-page', '<!DOCTYPE html><title>500</title>');

// Option layers: data-pw-options, named attributes, mount() options, lang.
write('font_scale_options', 'readme', '{"steps":[87.5,100,112.5,125,150,175,200],"default":100,"persist":true,"storageKey":"pw-font-scale","lang":"vi"}');
write('font_scale_options', 'strings', '{"lang":"en","strings":{"group":"Text size","smaller":"Smaller","reset":"Reset","larger":"Larger","changed":"Text size {percent}","atSmallest":"Smallest","atLargest":"Largest","smallerText":"A-","resetText":"A","largerText":"A+"}}');
write('font_scale_options', 'layers', parts('{"steps":[90,100,110]}', '{"target":"#noi-dung"}', '{"default":110}', 'vi-VN', '110', '\x00\x01\x02\x02\x02\x00'));
write('font_scale_options', 'stored-and-presses', parts('', '{"target":"#noi-dung"}', '', 'vi', '150', '\x02\x02\x02\x02\x02\x00\x00\x01'));
write('font_scale_options', 'regression-steps-stored-alike', parts('{"steps":[100,100.004,100.01],"default":100.004}', '', '', '', '100', '\x02\x02\x00'));
write('font_scale_options', 'bad', parts('{"steps":[100,90],"default":"big","persist":"yes","unknown":1}', 'not json', '[1]', 'fr'));

write('gallery_options', 'readme', '{"loop":true,"zoomMax":4,"deepLink":true,"preload":true,"lang":"vi"}');
write('gallery_options', 'attributes', parts('', '{"loop":"","zoomMax":"4","deepLink":"false","preload":"true"}', '', 'vi'));
write('gallery_options', 'strings', '{"lang":"en","strings":{"dialog":"Photo","counter":"{n} of {count}","announcement":"Photo {n} of {count}: {caption}","announcementWithoutCaption":"Photo {n} of {count}","error":"Cannot load","loading":"Loading"}}');
write('gallery_options', 'bad', parts('{"zoomMax":64,"loop":"maybe","strings":[]}', '{"zoomMax":"1e3"}', '', '#anh-3'));

write('carousel_options', 'readme', '{"loop":true,"autoplay":true,"interval":6,"lang":"vi"}');
write('carousel_options', 'attributes', parts('', '{"loop":"","autoplay":"true","interval":"6"}', '', 'en-GB'));
write('carousel_options', 'strings', '{"strings":{"region":"Tin kh\u00e1c","slideLabel":"{n} / {count}","pageButton":"Trang {page}/{pages}","positionOne":"Tin {n} tr\u00ean {count}","positionRange":"Tin {n} tr\u00ean {count}"}}');
write('carousel_options', 'bad', parts('{"interval":1,"autoplay":"on","strings":{"regionRole":"' + 'x'.repeat(41) + '"}}', '{"interval":"61"}'));

write('counter_options', 'readme', parts('{"interval":30,"timeout":10,"animate":true,"groupFromDigits":5,"groupSeparator":".","staleAfterFailures":3,"lang":"vi","strings":{"stale":"c\u1eadp nh\u1eadt l\u00fac {time}"}}', '{"endpoint":"/api/visitors"}'));
write('counter_options', 'dnn-map', parts('', JSON.stringify({ endpoint: '/DesktopModules/Stats/API/Visits', interval: '60', map: dnnMap })));
write('counter_options', 'plugin-map-object', parts(JSON.stringify({ map: JSON.parse(pluginMap) }), '{"endpoint":"/wp-json/stats/v1"}'));
write('counter_options', 'bad', parts('{"interval":5,"map":"{\\"online\\":\\"online\\"}","groupFromDigits":0}', '{"endpoint":""}', '{"timeout":"abc"}'));

// ---- short texts ------------------------------------------------------------

for (const [name, stored] of Object.entries({
  'level-150': '150', 'level-87.5': '87.5', 'level-112.5': '112.5', 'lowest': '50', 'highest': '400',
  'two-decimals': '133.33', 'exponent': '1e2', 'negative': '-5', 'too-big': '401', 'padded': ' 150',
  'json': '{"percent":150}', 'empty': '',
})) write('stored_font_scale', name, stored);

for (const [name, value] of Object.entries({
  'word-12pt': '12pt', 'px': '14px', 'spaced-upper': ' 10.5PT ', 'parent-and-scale': parts('12pt', '18', '1.5'),
  'keyword': 'medium', 'em': '1.2em', 'calc': 'calc(1em + 2px)', 'negative': '-3px', 'huge': '100000px',
  'zero-parent': parts('16px', '0', '1'), 'nan-scale': parts('16px', '16', 'nan'),
})) write('inline_font_size', name, value);

for (const [name, srcset] of Object.entries({
  'widths': '/anh/le-hoi-480.jpg 480w, /anh/le-hoi-1024.jpg 1024w, /anh/le-hoi-2048.jpg 2048w',
  'densities': 'anh.jpg 1x, anh@2x.jpg 2x, anh@3x.jpg 2.625x',
  'wordpress': 'https://tinh.gov.vn/wp-content/uploads/2022/02/hoi-nghi-300x200.jpg 300w, https://tinh.gov.vn/wp-content/uploads/2022/02/hoi-nghi-1024x683.jpg 1024w',
  'commas-in-url': 'a,b.jpg 1x, c.jpg,,, d.jpg 2x',
  'parens': 'a.jpg foo(1x, 2x) 640w, b.jpg 1280w',
  'malformed': 'a.jpg 0w, b.jpg 1.5w, c.jpg -2x, d.jpg 2x 3x, e.jpg 640w 2x, f.jpg 640h',
  'height': 'a.jpg 640w 480h',
})) write('srcset', name, srcset);

const clock = (index, header) => Buffer.concat([Buffer.from([index]), Buffer.from(header)]);
for (const [name, [index, header]] of Object.entries({
  'seconds': [0, '120'], 'imf-future': [0, 'Fri, 18 Feb 2022 09:31:00 GMT'],
  'imf-past': [0, 'Sun, 06 Nov 1994 08:49:37 GMT'], 'rfc850': [0, 'Friday, 18-Feb-22 09:31:00 GMT'],
  'asctime': [0, 'Fri Feb 18 09:31:00 2022'], 'leap-second': [4, 'Sun, 06 Nov 1994 08:49:60 GMT'],
  'far-future': [1, 'Fri, 31 Dec 9999 23:59:59 GMT'], 'huge-seconds': [0, '99999999999999999999999999999'],
  'padded': [2, ' \t120\t '], 'garbage': [3, 'soon'], 'nan-clock': [5, 'Fri, 18 Feb 2022 09:31:00 GMT'],
})) write('retry_after', name, clock(index, header));

// href, src, data-src, srcset, data-srcset, figcaption, data-pw-caption, alt,
// thumbnail width and height, declared width and height.
const item = (fields) => parts(...['href', 'src', 'dataSrc', 'srcset', 'dataSrcset', 'figcaption',
  'caption', 'alt', 'thumbWidth', 'thumbHeight', 'width', 'height'].map((key) => String(fields[key] ?? '')));
write('gallery_item', 'seed-page', item({ href: '/photos/hoi-nghi-01.jpg', src: '/photos/hoi-nghi-01-thumb.jpg', figcaption: 'Quang cảnh Hội nghị', alt: 'Ảnh 1', thumbWidth: 400, thumbHeight: 267 }));
write('gallery_item', 'lazy-wordpress', item({ src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', dataSrc: '/uploads/a-1024x683.jpg', dataSrcset: '/uploads/a-300x200.jpg 300w, /uploads/a-1024x683.jpg 1024w', alt: 'Đại biểu' }));
write('gallery_item', 'sharepoint-bare', item({ src: '/PublishingImages/hoi-nghi.JPG?RenditionID=5', caption: '  Hội   nghị\u00a0tổng kết ', width: 1600, height: 1067 }));
write('gallery_item', 'article-link', item({ href: '/tin-tuc/hoi-nghi.aspx', src: '/anh/hoi-nghi-nho.jpg', srcset: '/anh/hoi-nghi-nho.jpg 1x, /anh/hoi-nghi.jpg 2x' }));
write('gallery_item', 'hostile', item({ href: 'java\nscript:alert(1)', src: ' \x01javascript:alert(1)', srcset: 'javascript:alert(1) 4000w, data:text/html,x 2000w', figcaption: '<img src=x onerror=alert(1)>', width: 'nan', height: 'inf' }));

// ---- pointer streams ------------------------------------------------------------

// lightbox_gesture: op (0 down, 1 move, 2 up, 3 cancel, 4 timer, 5 zoomed, 6 viewport), id, values.
const gesture = () => {
  const b = new Bytes();
  const api = {
    down: (id, dt, x, y) => (b.byte(0).byte(id).step(dt).number(x).number(y), api),
    move: (id, dt, x, y) => (b.byte(1).byte(id).step(dt).number(x).number(y), api),
    up: (id, dt, x, y) => (b.byte(2).byte(id).step(dt).number(x).number(y), api),
    cancel: () => (b.byte(3).byte(0), api),
    timer: (dt) => (b.byte(4).byte(0).step(dt), api),
    zoomed: (on) => (b.byte(5).byte(0).flag(on), api),
    viewport: (w, h) => (b.byte(6).byte(0).number(w).number(h), api),
    drag: (id, steps, dx, dy, x, y) => {
      for (let i = 1; i <= steps; i++) api.move(id, 16, x + dx * i, y + dy * i);
      return api;
    },
    get buffer() { return b.buffer; },
  };
  return api;
};
write('lightbox_gesture', 'swipe-left', gesture().down(0, 16, 300, 400).drag(0, 12, -20, 1, 300, 400).up(0, 16, 60, 412).buffer);
write('lightbox_gesture', 'flick-right', gesture().down(0, 16, 60, 400).drag(0, 4, 30, 0, 60, 400).up(0, 8, 180, 400).buffer);
write('lightbox_gesture', 'drag-down-to-close', gesture().down(0, 16, 200, 300).drag(0, 10, 0, 25, 200, 300).up(0, 16, 200, 550).buffer);
write('lightbox_gesture', 'double-tap', gesture().down(0, 16, 200, 400).up(0, 80, 201, 400).down(0, 120, 202, 401).up(0, 70, 202, 401).timer(400).buffer);
write('lightbox_gesture', 'tap-then-timer', gesture().down(0, 16, 200, 400).up(0, 90, 200, 400).timer(100).timer(250).buffer);
write('lightbox_gesture', 'pinch-out', gesture().down(0, 16, 150, 400).down(1, 20, 250, 400).drag(1, 10, 15, 0, 250, 400).up(1, 16, 400, 400).move(0, 16, 140, 410).up(0, 16, 140, 410).buffer);
write('lightbox_gesture', 'zoomed-pan', gesture().zoomed(true).down(0, 16, 200, 400).drag(0, 8, -12, -6, 200, 400).up(0, 16, 104, 352).buffer);
write('lightbox_gesture', 'cancelled', gesture().down(0, 16, 200, 400).drag(0, 5, 20, 0, 200, 400).cancel().buffer);
write('lightbox_gesture', 'unreadable', gesture().viewport(0, 0).down(0, 16, 100, 100).move(0, 16, 1e9, 0).up(0, 16, 100, 100).buffer);

// zoom_pan: records of image, viewport, padding, zoom state, focus, pinch scale, aspect.
const zoomRecord = (b, r) => ['iw', 'ih', 'vw', 'vh', 'pw', 'ph', 'zoom', 'px', 'py', 'fx', 'fy', 'scale', 'aspect']
  .forEach((key) => (Number.isNaN(r[key]) ? b.special(0) : b.number(r[key])));
const zoomSeed = (...records) => { const b = new Bytes(); records.forEach((r) => zoomRecord(b, r)); return b.buffer; };
const phone = { vw: 390, vh: 844, pw: 0, ph: 120 };
write('zoom_pan', 'photo-on-phone', zoomSeed({ iw: 2048, ih: 1365, ...phone, zoom: 0.19, px: 0, py: 292, fx: 195, fy: 422, scale: 2, aspect: 1.5 }));
write('zoom_pan', 'zoomed-past-max', zoomSeed({ iw: 2048, ih: 1365, ...phone, zoom: 3, px: -900, py: -100, fx: 100, fy: 600, scale: 1.7, aspect: 1.5 }));
write('zoom_pan', 'tiny-image', zoomSeed({ iw: 40, ih: 30, vw: 1280, vh: 720, pw: 160, ph: 120, zoom: 1, px: 620, py: 345, fx: 640, fy: 360, scale: 0.3, aspect: 4 / 3 }));
write('zoom_pan', 'unknown-size', zoomSeed({ iw: 0, ih: 0, ...phone, zoom: NaN, px: NaN, py: 0, fx: NaN, fy: 0, scale: 0, aspect: 0 }));

// gallery_controller: header, then op (pick 16), clock step, pointer id, values.
const galleryStream = ({ count = 6, loop = false, zoomMax = 0, reduced = false, saveData = false, viewport = 0 } = {}) => {
  const b = new Bytes();
  b.flag(loop).byte([0, 1, 1.5, 4, 32].indexOf(zoomMax)).flag(true).flag(true).byte(count);
  for (let i = 0; i < count; i++) b.byte(1).byte(1).flag(true); // has an image, srcset 1, aspect 4:3
  b.flag(reduced).flag(saveData).byte(viewport);
  const op = (code, dt, id = 0) => b.byte(code).step(dt).byte(id);
  const api = {
    open: (index, dt = 16) => (op(0, dt), b.byte(index + 1).flag(true).byte(10).byte(20).flag(false).flag(true), api),
    close: (dt = 16) => (op(1, dt), api),
    command: (code, dt = 16) => (op(2, dt), b.byte(code), api),
    key: (index, dt = 16) => (op(3, dt), b.byte(index).flag(false), api),
    down: (id, x, y, dt = 16, mouse = false) => (op(4, dt, id), b.number(x).number(y).flag(mouse), api),
    move: (id, x, y, dt = 16) => (op(5, dt, id), b.number(x).number(y), api),
    up: (id, x, y, dt = 16) => (op(6, dt, id), b.number(x).number(y), api),
    cancel: (dt = 16) => (op(7, dt), api),
    loaded: (index, w, h, dt = 16) => (op(8, dt), b.byte(index).number(w).number(h), api),
    failed: (index, dt = 16) => (op(9, dt), b.byte(index), api),
    resize: (preset, dt = 16) => (op(11, dt), b.byte(preset), api),
    reduced: (on, dt = 16) => (op(12, dt), b.flag(on), api),
    frame: (dt = 16) => (op(14, dt), api),
    frames: (n) => { for (let i = 0; i < n; i++) api.frame(16); return api; },
    drag: (id, steps, dx, dy) => {
      op(15, 16, id);
      b.byte(steps - 1).i16(Math.round(dx * 64)).i16(Math.round(dy * 64));
      for (let i = 0; i < steps; i++) b.step(16);
      return api;
    },
    get buffer() { return b.buffer; },
  };
  return api;
};
const opened = (options) => galleryStream(options).open(2).loaded(2, 2048, 1365).frames(20);
write('gallery_controller', 'swipe-to-next', opened().down(1, 300, 400).drag(1, 12, -20, 1).up(1, 60, 412).frames(30).buffer);
write('gallery_controller', 'pinch-then-pan', opened().down(0, 150, 400).down(1, 250, 400).drag(1, 10, 15, 0).up(1, 400, 400).drag(0, 6, -10, -5).up(0, 90, 370).frames(40).buffer);
write('gallery_controller', 'double-tap-zoom', opened().down(0, 195, 420).up(0, 195, 420, 80).down(0, 196, 421, 120).up(0, 196, 421, 70).frames(30).buffer);
write('gallery_controller', 'drag-down-to-close', opened().down(0, 200, 300).drag(0, 10, 0, 25).up(0, 200, 550).frames(20).buffer);
// Keys: 5 '+', 1 ArrowRight, 0 ArrowLeft, 9 '0', 4 Escape.
write('gallery_controller', 'keys', opened().key(5).key(5).key(1).key(1).key(0).key(9).key(4).frames(20).buffer);
write('gallery_controller', 'zoom-resize-fail', opened().command(5).command(5).frames(10).resize(3).frames(5).failed(2).frames(10).buffer);
write('gallery_controller', 'mouse-click-outside', opened().down(0, 10, 10, 16, true).up(0, 10, 10, 60).frame(400).frames(20).buffer);
write('gallery_controller', 'close-and-reopen', opened().close().frame(100).open(2, 16).frames(20).buffer);
write('gallery_controller', 'two-photos-loop', galleryStream({ count: 2, loop: true }).open(0).frames(10).down(1, 300, 400).drag(1, 10, 30, 0).up(1, 330, 400).frames(30).buffer);
write('gallery_controller', 'reduced-motion-save-data', galleryStream({ reduced: true, saveData: true, zoomMax: 4, viewport: 1 }).open(5).command(2).command(3).command(4).reduced(false).frames(10).buffer);

// carousel_controller: header, then op (pick 13), clock step, values.
const carouselStream = ({ loop = false, autoplay = false, reduced = false, view = 1, cards = 9, narrow = false } = {}) => {
  const b = new Bytes();
  b.flag(loop).flag(autoplay).byte(3).flag(reduced);
  // measure_from preset: view (1 phone, 2 tablet, 3 desktop), 16 px gap, 260 px cards or view / 1.
  const measure = (preset, count) => {
    b.byte(preset).flag(true).flag(!narrow);
    if (narrow) b.byte(0);  // one card per view
    b.byte(count);
  };
  measure(view, cards);
  b.flag(true);
  const op = (code, dt) => b.byte(code).step(dt);
  const api = {
    measure: (preset, count) => (op(0, 16), measure(preset, count), b.flag(true), api),
    command: (code, dt = 16) => (op(1, dt), b.byte(code).flag(true), api),
    page: (page, dt = 16) => (op(2, dt), b.byte(page + 2), api),
    key: (index, focused, dt = 16) => (op(3, dt), b.byte(index).flag(false).byte(focused + 2), api),
    focus: (slide, dt = 16) => (op(4, dt), b.byte(slide + 2), api),
    down: (x, y, dt = 16) => (op(5, dt), b.number(x).number(y), api),
    up: (x, y, dt = 16) => (op(7, dt), b.number(x).number(y).step(0), api),
    cancel: (dt = 16) => (op(8, dt), api),
    autoplay: (event, dt = 16) => (op(9, dt), b.byte(event), api),
    frame: (dt = 16) => (op(10, dt), api),
    frames: (n) => { for (let i = 0; i < n; i++) api.frame(16); return api; },
    drag: (steps, dx, dy) => {
      op(12, 16);
      b.byte(steps - 1).i16(Math.round(dx * 64)).i16(Math.round(dy * 64));
      for (let i = 0; i < steps; i++) b.step(16);
      return api;
    },
    get buffer() { return b.buffer; },
  };
  return api;
};
write('carousel_controller', 'phone-flick', carouselStream().down(300, 500).drag(5, -30, 2).up(150, 510).frames(40).buffer);
write('carousel_controller', 'slow-drag', carouselStream({ view: 3 }).down(600, 300).drag(15, -8, 0).up(480, 300, 200).frames(40).buffer);
write('carousel_controller', 'vertical-scroll', carouselStream().down(200, 500).drag(10, 1, -20).up(210, 300).frames(5).buffer);
write('carousel_controller', 'tap', carouselStream().down(200, 500).up(200, 500, 80).frames(5).buffer);
write('carousel_controller', 'buttons-and-pages', carouselStream({ view: 3 }).command(1).frame(100).command(1).frames(40).page(2).frames(40).command(0).command(5).frames(40).buffer);
write('carousel_controller', 'keys-and-focus', carouselStream({ view: 2 }).key(1, -1).frames(30).key(1, 4).frames(30).focus(8).frames(30).key(2, 8).frames(30).buffer);
write('carousel_controller', 'loop-round', carouselStream({ loop: true, view: 1, cards: 12 }).command(0).frames(40).down(100, 500).drag(8, 25, 0).up(300, 500).frames(40).buffer);
write('carousel_controller', 'autoplay', carouselStream({ autoplay: true, view: 2 }).autoplay(13, 0xf0).frames(40).autoplay(3).autoplay(13).autoplay(4).autoplay(13).frames(40).autoplay(5).buffer);
write('carousel_controller', 'resize-mid-drag', carouselStream({ view: 2, narrow: true }).down(500, 300).drag(6, -20, 0).measure(1, 9).up(380, 300).frames(40).buffer);
write('carousel_controller', 'grab-moving-track', carouselStream({ view: 1 }).command(1).frame(50).down(200, 500).up(200, 500, 60).frames(40).buffer);

// counter_poll: header, then one outcome per record.
const poll = ({ interval = 30, animate = true, staleAfter = 3 } = {}) => {
  const b = new Bytes();
  b.u16(interval - 10).flag(animate).byte(staleAfter - 1).flag(true).flag(true).flag(true).byte(128);
  const api = {
    // status index into kStatuses: 0 200, 3 304, 4 429, 5 503, 6 500, 7 404, 8 network, 9 timeout.
    ok: (dOnline, dToday, dTotal, dt, pollSeconds) => {
      b.byte(0).byte(1);
      b.byte(7).byte(dOnline).byte(7).byte(dToday).byte(7).byte(dTotal);
      if (pollSeconds === undefined) b.flag(false); else b.flag(true).i16(pollSeconds);
      b.flag(true).byte(1).byte(0).step(dt).byte(77).flag(true);
      return api;
    },
    outcome: (status, dt, retry = 0) => (b.byte(status).flag(false).byte(retry).step(dt).byte(200).flag(false), api),
    get buffer() { return b.buffer; },
  };
  return api;
};
write('counter_poll', 'steady', poll().ok(0, 1, 1, 200).ok(1, 2, 2, 200).outcome(3, 200).ok(0, 0, 0, 200).buffer);
write('counter_poll', 'server-asks-60s', poll().ok(0, 1, 1, 200, 60).outcome(3, 200).buffer);
write('counter_poll', 'failing-then-stale', poll().outcome(6, 200).outcome(8, 200).outcome(9, 200).outcome(7, 200).ok(0, 1, 1, 200).buffer);
write('counter_poll', 'rate-limited', poll({ staleAfter: 1 }).outcome(4, 100, 1).outcome(5, 100, 6).outcome(4, 100, 9).ok(0, 1, 1, 200).buffer);
write('counter_poll', 'quiet', poll({ interval: 3600, animate: false, staleAfter: 100 }).ok(0, 0, 0, 200).outcome(3, 200).buffer);
