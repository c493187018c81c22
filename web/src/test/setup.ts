import '@testing-library/jest-dom/vitest';
import { mockServer, resetMocks, startMocks } from '@console/mocks/node';
import { cleanup, configure } from '@testing-library/react';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { initI18n, loadAllTexts, loadLocale } from '../i18n';

// --- What antd needs and jsdom lacks -------------------------------------------------------------------------

/** A desktop viewport (1280×800) for antd's breakpoints: `(min-width: 992px)` matches, `(max-width: 575px)` does not. */
const VIEWPORT_WIDTH = 1280;
function matchesMedia(query: string): boolean {
  const min = /min-width:\s*(\d+)px/.exec(query);
  const max = /max-width:\s*(\d+(?:\.\d+)?)px/.exec(query);
  if (!min && !max) return false;
  return (!min || VIEWPORT_WIDTH >= Number(min[1])) && (!max || VIEWPORT_WIDTH <= Number(max[1]));
}
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: matchesMedia(query),
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

// jsdom's Blob has no arrayBuffer() (a standard method every browser has): PGlite reads its extension bundles
// (pg_trgm) with it when mock mode opens the database in a component test.
if (typeof Blob.prototype.arrayBuffer !== 'function') {
  Object.defineProperty(Blob.prototype, 'arrayBuffer', {
    configurable: true,
    value(this: Blob): Promise<ArrayBuffer> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    },
  });
}

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

/*
 * The web project runs its files one after another in one worker and one window (vite.config.ts: isolate false), and
 * this file runs again before each of them: the wrappers below go on once per window (a second layer would only
 * add work to every style lookup).
 */
const window_ = window as typeof window & { consoleStylePatches?: true };
const firstFileOfWindow = !window_.consoleStylePatches;
window_.consoleStylePatches = true;

// jsdom throws "Not implemented" for pseudo-elements (antd measures `::-webkit-scrollbar`): ignore the pseudo part.
const getComputedStyle = window.getComputedStyle.bind(window);
if (firstFileOfWindow) window.getComputedStyle = (element: Element) => getComputedStyle(element);

/*
 * jsdom computes a style by matching every rule of every stylesheet against the element with nwsapi, which keeps
 * only its last 1000 compiled selectors. antd's CSS-in-JS injects more rules than that, so each getComputedStyle —
 * Testing Library calls it for the element and each ancestor in every `*ByRole` query, to leave out what CSS hides —
 * walked past the cache and compiled every selector again: a third of the suite's CPU time went there. A rule whose
 * last compound selector names a class the element lacks cannot match it; such rules are answered "no" here, before
 * nwsapi, and every other rule is still matched by nwsapi. Same styles, so `display: none` still hides what it hides.
 */
const requiredClassesOf = new Map<string, string[][] | null>();
/** For each selector of a list, the classes its last compound requires; null when a selector requires none we can tell. */
function requiredClasses(selectorList: string): string[][] | null {
  const known = requiredClassesOf.get(selectorList);
  if (known !== undefined) return known;
  let result: string[][] | null = null;
  // Escapes, strings and attribute selectors are left to nwsapi.
  if (!/[\\"'[]/.test(selectorList)) {
    const selectors: string[] = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < selectorList.length; i++) {
      const c = selectorList[i];
      if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === ',' && depth === 0) {
        selectors.push(selectorList.slice(start, i));
        start = i + 1;
      }
    }
    selectors.push(selectorList.slice(start));
    const perSelector: string[][] = [];
    for (const selector of selectors) {
      // The last compound: from the end back to the last combinator outside parentheses.
      const s = selector.trim();
      let from = 0;
      depth = 0;
      for (let i = s.length - 1; i >= 0; i--) {
        const c = s[i];
        if (c === ')') depth++;
        else if (c === '(') depth--;
        else if (depth === 0 && (c === ' ' || c === '>' || c === '+' || c === '~' || c === '\n' || c === '\t')) {
          from = i + 1;
          break;
        }
      }
      const compound = s.slice(from);
      const classes: string[] = [];
      depth = 0;
      for (let i = 0; i < compound.length; i++) {
        const c = compound[i];
        if (c === '(') depth++;
        else if (c === ')') depth--;
        else if (c === '.' && depth === 0) {
          const name = /^[A-Za-z0-9_-]+/.exec(compound.slice(i + 1))?.[0];
          if (name) classes.push(name);
        }
      }
      if (classes.length === 0) {
        perSelector.length = 0;
        break;
      }
      perSelector.push(classes);
    }
    result = perSelector.length > 0 ? perSelector : null;
  }
  requiredClassesOf.set(selectorList, result);
  return result;
}
type Nwsapi = { match(selector: string, element: Element, callback?: unknown): boolean };
const implSymbol = Object.getOwnPropertySymbols(document).find((s) => s.description === 'impl');
const documentImpl = implSymbol ? (document as unknown as Record<symbol, { _nwsapiDontThrow?: Nwsapi }>)[implSymbol] : undefined;
window.getComputedStyle(document.documentElement); // makes jsdom create the matcher it uses for styles
const styleMatcher = documentImpl?._nwsapiDontThrow;
if (styleMatcher && firstFileOfWindow) {
  const match = styleMatcher.match.bind(styleMatcher);
  styleMatcher.match = (selector, element, callback) => {
    // Rules without a selector (@keyframes, @font-face) go to nwsapi as before.
    const required = typeof selector === 'string' ? requiredClasses(selector) : null;
    if (required && element.classList && !required.some((classes) => classes.every((c) => element.classList.contains(c)))) return false;
    return match(selector, element, callback);
  };
}

/*
 * Even answered "no" early, every rule was still visited for every element whose style jsdom computes (after any
 * change to the DOM, jsdom computes again): antd's thousands of rules, each through jsdom's wrappers. Here the rules
 * of each style sheet are indexed once by a class their selectors require (the same reading as above), and an
 * element's style is built, as jsdom builds it (style-rules.js: the default sheet, then every sheet in order, rules
 * of `screen` media included, then the inline style; later wins), from only the rules that name one of its classes
 * or that name none. Each of those is still matched by jsdom's own matcher. The result goes into jsdom's per-element
 * cache, which jsdom empties on every change to the document, as before.
 */
type StyleRule = { selectorText?: unknown; style: CSSStyleDeclaration; media?: ArrayLike<string>; cssRules?: ArrayLike<StyleRule> };
type StyleSheet = { cssRules: ArrayLike<StyleRule> };
type ElementImpl = {
  _ownerDocument: { _styleCache: WeakMap<object, CSSStyleDeclaration> | null; styleSheets: { _list: StyleSheet[] } };
  getAttributeNS(namespace: null, name: string): string | null;
  style: CSSStyleDeclaration;
};
interface SheetIndex {
  /** The sheet's rules as jsdom visits them, with what each requires (null: left to the matcher). */
  rules: { rule: StyleRule; required: string[][] | null }[];
  byClass: Map<string, number[]>;
  always: number[];
  /** When it was indexed: any insertRule/deleteRule since (on any sheet or media rule) re-indexes it. */
  version: number;
  length: number;
}
const jsdomRequire = createRequire(createRequire(import.meta.url).resolve('jsdom/lib/jsdom/living/helpers/style-rules.js'));
const styleRules = jsdomRequire('./style-rules.js') as { getDeclarationForElement(element: ElementImpl): CSSStyleDeclaration; consoleIndexed?: true };
const { matchesDontThrow } = jsdomRequire('./selectors.js') as { matchesDontThrow(element: ElementImpl, selector: unknown): boolean };
const { CSSStyleDeclaration: Declaration } = jsdomRequire('cssstyle') as { CSSStyleDeclaration: new () => CSSStyleDeclaration };
type Cssom = Record<'CSSStyleSheet' | 'CSSGroupingRule', { prototype: Record<'insertRule' | 'deleteRule', (...args: unknown[]) => unknown> }> & {
  parse(css: string): StyleSheet;
};
const cssom = jsdomRequire('rrweb-cssom') as Cssom;
const defaultSheet = cssom.parse(jsdomRequire('../../browser/default-stylesheet.js') as string);
const cssomState = globalThis as typeof globalThis & { consoleCssomVersion?: number };
cssomState.consoleCssomVersion ??= 0;
if (!styleRules.consoleIndexed) {
  for (const owner of [cssom.CSSStyleSheet.prototype, cssom.CSSGroupingRule.prototype]) {
    for (const method of ['insertRule', 'deleteRule'] as const) {
      const original = owner[method];
      owner[method] = function (this: unknown, ...args: unknown[]) {
        cssomState.consoleCssomVersion! += 1;
        return original.apply(this, args);
      };
    }
  }
}
const sheetIndexes = new WeakMap<StyleSheet, SheetIndex>();
const isScreen = (rule: StyleRule) => Array.prototype.indexOf.call(rule.media, 'screen') !== -1;
function indexOf(sheet: StyleSheet): SheetIndex {
  const version = cssomState.consoleCssomVersion!;
  const known = sheetIndexes.get(sheet);
  if (known && known.version === version && known.length === sheet.cssRules.length) return known;
  const index: SheetIndex = { rules: [], byClass: new Map(), always: [], version, length: sheet.cssRules.length };
  const add = (rule: StyleRule) => {
    const at = index.rules.length;
    const required = typeof rule.selectorText === 'string' ? requiredClasses(rule.selectorText) : null;
    index.rules.push({ rule, required });
    if (!required) return void index.always.push(at);
    for (const classes of required) {
      const list = index.byClass.get(classes[0]!) ?? [];
      if (list[list.length - 1] !== at) list.push(at);
      index.byClass.set(classes[0]!, list);
    }
  };
  for (const rule of Array.from(sheet.cssRules)) {
    if (rule.media) {
      if (isScreen(rule)) for (const inner of Array.from(rule.cssRules ?? [])) add(inner);
    } else add(rule);
  }
  sheetIndexes.set(sheet, index);
  return index;
}
function declarationOf(element: ElementImpl): CSSStyleDeclaration {
  const document_ = element._ownerDocument;
  const cache = (document_._styleCache ??= new WeakMap());
  const cached = cache.get(element);
  if (cached) return cached;
  const declaration = new Declaration();
  const apply = (style: CSSStyleDeclaration) => {
    for (const property of Array.from(style)) {
      const value = style.getPropertyValue(property);
      if (value === 'unset') declaration.removeProperty(property);
      else declaration.setProperty(property, value, style.getPropertyPriority(property));
    }
  };
  const classes = new Set((element.getAttributeNS(null, 'class') ?? '').split(/[\t\n\f\r ]+/).filter(Boolean));
  for (const sheet of [defaultSheet, ...document_.styleSheets._list]) {
    const index = indexOf(sheet);
    let candidates = index.always;
    for (const c of classes) {
      const more = index.byClass.get(c);
      if (more) candidates = candidates.concat(more);
    }
    if (candidates !== index.always) candidates = [...new Set(candidates)].sort((a, b) => a - b);
    for (const at of candidates) {
      const { rule, required } = index.rules[at]!;
      if (required && !required.some((need) => need.every((c) => classes.has(c)))) continue;
      if (matchesDontThrow(element, rule.selectorText)) apply(rule.style);
    }
  }
  apply(element.style);
  cache.set(element, declaration);
  return declaration;
}
if (!styleRules.consoleIndexed) {
  styleRules.consoleIndexed = true;
  // jsdom's inherited values (visibility from the parent) ask through the module's export.
  styleRules.getDeclarationForElement = declarationOf;
}
if (firstFileOfWindow && implSymbol) {
  // getComputedStyle itself holds jsdom's own function: the cache is filled first, so it finds the element there.
  const computeStyle = window.getComputedStyle;
  window.getComputedStyle = (element: Element) => {
    const impl = (element as unknown as Record<symbol, ElementImpl | undefined>)[implSymbol];
    if (impl) declarationOf(impl);
    return computeStyle(element);
  };
}

window.scrollTo = () => undefined;
Element.prototype.scrollIntoView ??= () => undefined;

// --- The bff's router on PGlite, through MSW in Node (mock mode) ---------------------------------------------------------------------------

initI18n('zh-CN');
// antd renders a lot in jsdom and two CPU cores are shared with other suites: give findBy*/waitFor and each test
// time before calling it a failure (a broken page still fails, only later).
configure({ asyncUtilTimeout: 20_000 });
vi.setConfig({ testTimeout: 90_000, hookTimeout: 120_000 });

beforeAll(async () => {
  mockServer.listen({ onUnhandledRequest: 'error' });
  // The file's database (a copy of the seeded template) opens before the first test's clock runs.
  await startMocks();
  await loadLocale('en'); // both languages at hand, as after a switch
  await loadAllTexts(); // pages render here without their routes, which load a domain's texts in the app
});
afterEach(async () => {
  cleanup();
  await resetMocks();
  window.localStorage.clear();
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  initI18n('zh-CN');
});
afterAll(() => mockServer.close());
