// TypeScript declarations of portal-widgets: the API of the ES module
// (dist/portal-widgets.mjs) and of window.PortalWidgets (the classic script),
// the options of each widget, its instance and the pw:* events.
// Copied to dist/ by scripts/build.mjs; tests/types/usage.ts checks them.

export type WidgetType = 'font-scale' | 'visitor-counter' | 'gallery' | 'carousel';

/** "vi" or "en", with any region ("en-GB"). Without it, the page's `lang` decides. */
export type Language = 'vi' | 'en' | `vi-${string}` | `en-${string}`;

// ---- Options: in data-pw-options='{…}' or mount(el, {…}). Named data-pw-* attributes win.

export interface FontScaleOptions {
  /** CSS selector of the article (`data-pw-target`). Only it is scaled. */
  target?: string;
  /** Percents, 50–400, increasing. Default 87.5, 100, 112.5, 125, 150, 175, 200. */
  steps?: number[];
  /** One of the steps. Default 100. */
  default?: number;
  /** Remember the choice for every page of the site. Default true. */
  persist?: boolean;
  /** localStorage key. Default "pw-font-scale". */
  storageKey?: string;
  lang?: Language;
  /** `{percent}` is replaced by the level. */
  strings?: {
    group?: string;
    smaller?: string;
    reset?: string;
    larger?: string;
    changed?: string;
    atSmallest?: string;
    atLargest?: string;
    /** Visible texts of buttons the widget creates (10 characters at most). */
    smallerText?: string;
    resetText?: string;
    largerText?: string;
  };
}

/** JSON Pointers (RFC 6901) into the endpoint's response (`data-pw-map`). */
export interface CounterMap {
  online?: string;
  today?: string;
  total?: string;
}

export interface VisitorCounterOptions {
  /** GET URL answering JSON v1 (`data-pw-endpoint`). Required. */
  endpoint?: string;
  /** Seconds between polls, 10–3600. Default 30; the server's pollSeconds wins. */
  interval?: number;
  /** Seconds before a request is given up, 1–120. Default 10. */
  timeout?: number;
  map?: CounterMap;
  /** Count up to new values while on screen (never under reduced motion). Default true. */
  animate?: boolean;
  /**
   * POST one page view per page load to the endpoint, with a random visitor id kept in
   * localStorage, and poll with `?visitor=<id>` (`data-pw-record`): for the counter
   * service (docs/counter-endpoint.md), not for a CMS's own endpoint. Default false.
   */
  record?: boolean;
  /** Digit groups from this many digits, 1–17. Default 5 ("2451", "11.895"). */
  groupFromDigits?: number;
  /** Default ".". */
  groupSeparator?: string;
  /** Failures before "cập nhật lúc 10:42" shows, 1–100. Default 3. */
  staleAfterFailures?: number;
  lang?: Language;
  /** `stale` takes `{time}`. */
  strings?: { pause?: string; resume?: string; stale?: string };
}

export interface GalleryOptions {
  loop?: boolean;
  /** 1–32 times the fit size. */
  zoomMax?: number;
  /** `#anh-3` opens photo 3, and Back closes the lightbox. Default true. */
  deepLink?: boolean;
  /** Fetch neighbours ahead (never when the reader asked to save data). */
  preload?: boolean;
  lang?: Language;
  /** `counter` and `announcement` take `{n}`, `{count}`; `announcement` also `{caption}`. */
  strings?: {
    dialog?: string;
    previous?: string;
    next?: string;
    zoomIn?: string;
    zoomOut?: string;
    close?: string;
    counter?: string;
    announcement?: string;
    announcementWithoutCaption?: string;
    error?: string;
    loading?: string;
  };
}

export interface CarouselOptions {
  /** Wrap at the ends: seamless with enough slides, else it rewinds. */
  loop?: boolean;
  autoplay?: boolean;
  /** Autoplay delay in seconds, 2–60. Default 5. */
  interval?: number;
  lang?: Language;
  /** `slideLabel` takes `{n}`, `{count}`; `pageButton` takes `{page}`, `{pages}`. */
  strings?: {
    region?: string;
    regionRole?: string;
    slideRole?: string;
    slideLabel?: string;
    previous?: string;
    next?: string;
    pagination?: string;
    pageButton?: string;
    positionOne?: string;
    positionRange?: string;
    stopAutoplay?: string;
    startAutoplay?: string;
  };
}

export interface WidgetOptionsMap {
  'font-scale': FontScaleOptions;
  'visitor-counter': VisitorCounterOptions;
  gallery: GalleryOptions;
  carousel: CarouselOptions;
}

// ---- Instances: what mount() resolves to and get() returns.

interface WidgetBase<T extends WidgetType> {
  /** The `data-pw` value; narrows the union of instances. */
  readonly type: T;
  /** The root element the widget was mounted on. */
  readonly element: Element;
  /** Removes listeners, nodes and styles and restores the markup; the element can be mounted again. */
  destroy(): void;
}

export interface FontScaleInstance extends WidgetBase<'font-scale'> {
  /** The current level, in percent of the article's own size. */
  readonly percent: number;
}

export interface VisitorCounterInstance extends WidgetBase<'visitor-counter'> {
  /** The reader paused the updates. */
  readonly paused: boolean;
  /** This tab is the one asking the endpoint (other tabs of the site listen). */
  readonly polling: boolean;
}

export interface GalleryInstance extends WidgetBase<'gallery'> {
  readonly count: number;
  /** The photo shown (0-based), -1 while closed. */
  readonly index: number;
  readonly phase: 'closed' | 'opening' | 'open' | 'closing';
  /** An animation is under way. */
  readonly moving: boolean;
  /** Opens the lightbox on photo `index` (0-based, default 0). */
  open(index?: number): void;
  close(): void;
}

export interface CarouselInstance extends WidgetBase<'carousel'> {
  /** The first slide in view (0-based); 0 until active. */
  readonly index: number;
  /** The page in view (0-based); 0 until active. */
  readonly page: number;
  readonly pageCount: number;
  /** Mounted for real: a carousel activates when it first comes into view. */
  readonly active: boolean;
  /** An animation or a drag is under way. */
  readonly moving: boolean;
  next(): void;
  previous(): void;
  /** 0-based. */
  goToPage(page: number): void;
}

export interface WidgetInstanceMap {
  'font-scale': FontScaleInstance;
  'visitor-counter': VisitorCounterInstance;
  gallery: GalleryInstance;
  carousel: CarouselInstance;
}

export type WidgetInstance = WidgetInstanceMap[WidgetType];

// ---- Events, dispatched on the widget's root element; they bubble.

export interface ReadyDetail {
  type: WidgetType;
}

export interface FontScaleChangeDetail {
  percent: number;
  scale: number;
  /** As shown, e.g. "125%". */
  level: string;
}

export interface CarouselChangeDetail {
  index: number;
  page: number;
  pageCount: number;
  /** How an end was passed: went round ("loop"), ran back ("rewind"), or not at an end. */
  wrap: 'loop' | 'rewind' | null;
  loop: 'seamless' | 'rewind' | 'off';
}

export interface GalleryChangeDetail {
  /** -1 on closing. */
  index: number;
  count: number;
  open: boolean;
}

export type ChangeDetail = FontScaleChangeDetail | CarouselChangeDetail | GalleryChangeDetail;

/** Known codes; the counter also reports "http-<status>" and response errors. */
export type ErrorCode =
  | 'load-failed'
  | 'unknown-widget'
  | 'options'
  | 'markup'
  | 'target'
  | 'storage'
  | 'stored-value'
  | 'timeout'
  | 'network'
  | 'total-went-back'
  | 'today-went-back'
  | (string & {});

export interface ErrorDetail {
  code: ErrorCode;
  message: string;
}

export interface PortalWidgetsEventMap {
  'pw:ready': CustomEvent<ReadyDetail>;
  'pw:change': CustomEvent<ChangeDetail>;
  'pw:error': CustomEvent<ErrorDetail>;
}

// ---- The API.

export interface PortalWidgets {
  /**
   * Classic script: the wasm is loaded and the page's [data-pw] elements are mounted.
   * ES module: the wasm is loaded. Rejects if it cannot load (the page keeps working).
   */
  ready: Promise<PortalWidgets>;
  /** Mounts one element (once: a second call returns the same promise). */
  mount<T extends WidgetType = WidgetType>(
    element: Element,
    options?: WidgetOptionsMap[T]
  ): Promise<WidgetInstanceMap[T]>;
  /** Mounts every not yet mounted [data-pw] element in `root` (default: the document), and `root` itself. */
  mountAll(root?: ParentNode): Promise<PromiseSettledResult<WidgetInstance>[]>;
  /** The element's mounted instance, or null. */
  get(element: Element): WidgetInstance | null;
  /**
   * What the wasm module holds for mounted widgets: C++ widget instances and
   * embind handles to JS values. Both return to their earlier count once the
   * widgets mounted since are destroyed.
   */
  diagnostics(): Promise<{ instances: number; handles: number }>;
  readonly version: string;
}

declare const api: PortalWidgets;
export default api;
export const ready: PortalWidgets['ready'];
export const mount: PortalWidgets['mount'];
export const mountAll: PortalWidgets['mountAll'];
export const get: PortalWidgets['get'];
export const version: string;

declare global {
  interface Window {
    /** Set by the classic script, or by the ES module once imported in a browser. */
    PortalWidgets?: PortalWidgets;
  }
  interface HTMLElementEventMap extends PortalWidgetsEventMap {}
  interface DocumentEventMap extends PortalWidgetsEventMap {}
}
