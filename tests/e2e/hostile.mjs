// Shared by the hostile-*.spec.mjs files: the script-bearing strings, the page
// they are put into and the probes that prove nothing ran and nothing was
// injected.
//
// The pages are served WITHOUT an enforcing CSP, with the strict policy as
// Content-Security-Policy-Report-Only instead: most portals send no CSP at all,
// so the widgets must be safe on their own. An injected handler would run (and
// set window.__pwned) and would also be reported as a violation.
import { expect } from './fixtures.mjs';
import { CSP } from '../../server/dev-server.mjs';

const ATTACK = 'window.__pwned=1';
const IMG = `<img src=x onerror=${ATTACK}>`;

// Every case's title starts with this, so `-g "hostile:"` runs them all and
// the list reporter's count is the number of hostile cases.
export const PREFIX = 'hostile:';

export const PAYLOADS = {
  'img onerror': IMG,
  'svg onload after a quote': `"><svg onload=${ATTACK}>`,
  'javascript: URL': `javascript:${ATTACK}`,
  'script end tag': `</script><script>${ATTACK}</script>`,
  'template expression': `{{constructor.constructor('${ATTACK}')()}}`,
  'escaped entities': `&lt;img src=x onerror=${ATTACK}&gt;`,
  'RTL override': `\u202Egnp.exe\u202C${IMG}`,
  'lone surrogates': `\uD800 ${IMG}\uDC00 `,
  '100 KB': 'x'.repeat(100 * 1024) + IMG,
};

// Only where a URL is read: schemes as browsers see them after trimming and
// removing tabs and newlines, and a data: URL that is no image.
export const URL_PAYLOADS = {
  'javascript: with a tab inside': `java\tscript:${ATTACK}`,
  'JaVaScRiPt: after spaces': `  JaVaScRiPt:${ATTACK}`,
  'vbscript: URL': 'vbscript:msgbox(1)',
  'data:text/html URL': `data:text/html,<script>${ATTACK}</script>`,
};

// Runs in the page before any of its scripts: fills the payload into the
// slots the page marks, at the end of parsing and before the bundle mounts,
// then records everything a script does to the document from then on.
function installProbes({ payload, sink, options }) {
  const report = { injected: [], urls: [], htmlSinks: [], violations: [] };
  window.__hostile = report;
  window.__payload = payload;
  const SCHEME = /^(javascript|vbscript|data):/i;
  // What a browser would navigate to or fetch: controls and spaces trimmed,
  // tabs and newlines removed anywhere.
  const dangerousUrl = (value) => {
    const url = String(value).replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
    return SCHEME.test(url) && !/^data:image\//i.test(url);
  };
  const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'data', 'poster']);
  const noteAttribute = (element, name, value) => {
    if (/^on/i.test(name)) report.injected.push(`${element.tagName} ${name}="${String(value).slice(0, 80)}"`);
    if (URL_ATTRIBUTES.has(name.toLowerCase()) && dangerousUrl(value)) report.urls.push(`${element.tagName} ${name}=${String(value).slice(0, 80)}`);
  };

  // Setters of detached elements (new Image().src) do not reach an observer.
  const wrapSetter = (proto, property) => {
    const descriptor = Object.getOwnPropertyDescriptor(proto, property);
    Object.defineProperty(proto, property, {
      ...descriptor,
      set(value) {
        if (dangerousUrl(value)) report.urls.push(`${this.tagName}.${property}=${String(value).slice(0, 80)}`);
        descriptor.set.call(this, value);
      },
    });
  };
  wrapSetter(HTMLImageElement.prototype, 'src');
  wrapSetter(HTMLImageElement.prototype, 'srcset');
  wrapSetter(HTMLAnchorElement.prototype, 'href');
  wrapSetter(HTMLIFrameElement.prototype, 'src');
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name, value) {
    if (!this.isConnected) noteAttribute(this, String(name), value);
    return setAttribute.call(this, name, value);
  };
  // The bundle never parses HTML: any use of these is a finding.
  for (const [proto, property] of [[Element.prototype, 'innerHTML'], [Element.prototype, 'outerHTML']]) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, property);
    Object.defineProperty(proto, property, {
      ...descriptor,
      set(value) {
        report.htmlSinks.push(property);
        descriptor.set.call(this, value);
      },
    });
  }
  for (const [proto, name] of [[Element.prototype, 'insertAdjacentHTML'], [Document.prototype, 'write'], [Range.prototype, 'createContextualFragment']]) {
    const original = proto[name];
    proto[name] = function (...args) {
      report.htmlSinks.push(name);
      return original.apply(this, args);
    };
  }
  // Script that would have run (the policy only reports). A host image whose
  // src the test made a javascript: URL is reported under img-src: not ours.
  document.addEventListener('securitypolicyviolation', (event) => {
    if (/^(script|object|frame|child|worker)-src/.test(event.effectiveDirective)) {
      report.violations.push(`${event.effectiveDirective}: ${event.sample || event.blockedURI}`);
    }
  });

  // Slots: data-hostile-text (text content), and lists of attribute names
  // per sink: data-hostile-attrs (text), -urls (url), -named (attrs).
  const fill = () => {
    const slots = { text: 'data-hostile-attrs', url: 'data-hostile-urls', attrs: 'data-hostile-named' };
    if (sink === 'text') for (const element of document.querySelectorAll('[data-hostile-text]')) element.textContent = payload;
    if (sink === 'options') fillOptions();
    if (!slots[sink]) return;
    for (const element of document.querySelectorAll('[' + slots[sink] + ']')) {
      for (const name of element.getAttribute(slots[sink]).split(' ')) element.setAttribute(name, payload);
    }
  };

  // `options` with "$PAYLOAD" in keys and values: on #w as data-pw-options,
  // written as a CMS would (raw text, so even lone surrogates stay as they
  // are), and kept for a programmatic mount of #w-api, a copy of #w.
  const withPayload = (value) => {
    if (typeof value === 'string') return value.split('$PAYLOAD').join(payload);
    if (Array.isArray(value)) return value.map(withPayload);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [withPayload(k), withPayload(v)]));
    return value;
  };
  const fillOptions = () => {
    const widget = document.querySelector('#w');
    const copy = widget.cloneNode(true);
    copy.id = 'w-api';
    copy.removeAttribute('data-pw');
    if (copy.hasAttribute('aria-label')) copy.setAttribute('aria-label', copy.getAttribute('aria-label') + ' (bản sao)');
    widget.after(copy);
    window.__options = withPayload(options);
    const json = JSON.stringify(window.__options).replace(/\\u(d[89a-f][0-9a-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    widget.setAttribute('data-pw-options', json);
  };

  const DANGEROUS = /^(script|iframe|frame|object|embed|svg|math|base|meta|link|form|style|template)$/i;
  const handle = (record) => {
    if (record.type === 'attributes') {
      noteAttribute(record.target, record.attributeName, record.target.getAttribute(record.attributeName) ?? '');
      return;
    }
    for (const node of record.addedNodes) {
      if (node.nodeType !== 1) continue;
      for (const element of [node, ...node.querySelectorAll('*')]) {
        const ownImage = element.tagName === 'IMG' && element.closest('.pw-lightbox');
        // The lightbox's own code, loaded on intent: that file, pinned by its SRI hash.
        const ownScript =
          element.tagName === 'SCRIPT' &&
          /^\/dist\/portal-widgets-lightbox\.[0-9a-f]{12}\.js$/.test(new URL(element.src, location.href).pathname) &&
          /^sha384-/.test(element.integrity);
        if ((DANGEROUS.test(element.tagName) && !ownScript) || (element.tagName === 'IMG' && !ownImage)) {
          report.injected.push(`<${element.tagName.toLowerCase()}> added`);
        }
        for (const attribute of element.attributes) noteAttribute(element, attribute.name, attribute.value);
      }
    }
  };
  const observer = new MutationObserver((records) => records.forEach(handle));
  window.__hostileFlush = () => observer.takeRecords().forEach(handle);

  // Before the deferred bundle runs, and so before anything mounts.
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    fill();
    window.__hostileBefore = tagCounts();
    for (const element of document.querySelectorAll('[data-pw], #w-api')) element.__pwBefore = element.outerHTML;
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  });

  function tagCounts() {
    const count = (selector) => document.querySelectorAll(selector).length;
    return {
      script: count('script'),
      iframe: count('iframe, frame, object, embed'),
      svg: count('svg'),
      img: count('img') - count('.pw-lightbox img'),
    };
  }
  window.__hostileCounts = tagCounts;

  // What the page gets back after a string crossed into C++ as UTF-8 and
  // back (web/well-formed.js first, then embind as UTF-8): each lone surrogate
  // becomes U+FFFD, nothing else changes.
  window.__throughWasm = (text) => {
    let out = '';
    for (let i = 0; i < text.length; ++i) {
      const unit = text.charCodeAt(i);
      const pairs = unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (pairs) out += text[i] + text[++i];
      else out += unit >= 0xd800 && unit <= 0xdfff ? '\uFFFD' : text[i];
    }
    return out;
  };
}

// Loads a page under tests/e2e/pages/hostile/ with `payload` in the slots of
// `sink`, the strict CSP reported only, and the probes in place.
export async function openHostile(page, file, { payload = '', sink = 'none', options = null, before } = {}) {
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  await page.route('**/test-pages/hostile/*.html', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers(), 'content-security-policy-report-only': CSP };
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  await page.addInitScript(installProbes, { payload, sink, options });
  if (before) await before();
  await page.goto(`/test-pages/hostile/${file}`);
  await page.evaluate(() => window.PortalWidgets.ready.then(() => true, () => false));
  return dialogs;
}

// No script ran, no element or handler was injected, no dangerous URL was set
// and no HTML parser was used; only the widgets' own images and the lightbox's own script were added.
export async function expectNothingInjected(page, dialogs, consoleMessages) {
  const seen = await page.evaluate(() => {
    window.__hostileFlush();
    return {
      pwned: window.__pwned,
      report: window.__hostile,
      before: window.__hostileBefore,
      after: window.__hostileCounts(),
    };
  });
  expect(seen.pwned, 'a payload ran as script').toBeUndefined();
  expect(dialogs, 'dialogs opened').toEqual([]);
  expect(seen.report).toEqual({ injected: [], urls: [], htmlSinks: [], violations: [] });
  expect(seen.after).toEqual(seen.before);
  // The browser's own word on a URL it would not load is no page error.
  const failures = consoleMessages.filter(
    (m) => m.type === 'pageerror' || (m.type === 'error' && !/^(Failed to load resource|Fetch API cannot load)/.test(m.text))
  );
  expect(failures, 'page errors').toEqual([]);
}

// destroy() puts back exactly the markup the page had before mounting.
export async function expectDestroyRestores(page, selector) {
  const result = await page.evaluate((s) => {
    const element = document.querySelector(s);
    window.PortalWidgets.get(element)?.destroy();
    return element.outerHTML === element.__pwBefore;
  }, selector);
  expect(result, `destroy() restores ${selector}`).toBe(true);
}

// Each check names an element (a selector) and what it shows: its text, or an
// attribute. `kind` says how the payload reached it:
//   raw     JS only (the host's own text, moved or kept): the payload itself;
//   wasm    host markup read into C++ and back: the payload through the
//           std::string crossing (see __throughWasm);
//   option  an option text from data-pw-options: as wasm, if it fits in `max`
//           bytes, else the widget's `fallback` (its default);
//   json    an option text given to mount() (sent as JSON): the payload if it
//           is well-formed and fits, else the default (lone surrogates make
//           the whole object invalid JSON).
// `contains: true` accepts a text that has the expected one inside; `trim:
// true` expects it without surrounding white space, as C++ writes names and
// captions.
export async function expectShown(page, checks) {
  const mismatches = await page.evaluate((list) => {
    const payload = window.__payload;
    const fits = (text, max) => new TextEncoder().encode(text).length <= max;
    const expected = ({ kind, max = 200, fallback }) => {
      if (kind === 'raw') return payload;
      if (kind === 'wasm') return window.__throughWasm(payload);
      const text = kind === 'option' ? window.__throughWasm(payload) : payload.isWellFormed() ? payload : null;
      return text !== null && fits(text, max) ? text : fallback;
    };
    const show = (text) => JSON.stringify(text.length > 90 ? text.slice(0, 40) + '…' + text.slice(-40) : text);
    return list.flatMap((check) => {
      const element = document.querySelector(check.selector);
      const want = check.trim ? expected(check).trim() : expected(check);
      if (!element) return [`${check.selector}: no such element`];
      const got = check.attr ? element.getAttribute(check.attr) ?? '' : element.textContent;
      const ok = check.contains ? got.includes(want) : got === want;
      return ok ? [] : [`${check.selector}${check.attr ? '[' + check.attr + ']' : ''}: ${show(got)}, expected ${check.contains ? 'within it ' : ''}${show(want)}`];
    });
  }, checks);
  expect(mismatches).toEqual([]);
}
