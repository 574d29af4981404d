// Functions that run inside the page: playwright sends their source text to Chromium, so each one
// uses only the browser's globals and what it declares in its own body, never this module's
// other names. The project compiles without the DOM library (it is Node code), so the few DOM
// shapes they read are declared below, for this module only.

interface Attribute {
  name: string;
  value: string;
}

interface Node {
  localName: string;
  className: unknown;
  children: Iterable<Node>;
  scrollWidth: number;
  getBoundingClientRect(): { left: number; right: number };
  id: string;
  textContent: string | null;
  parentElement: Node | null;
  attributes: Iterable<Attribute>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): Node | null;
  querySelectorAll(selector: string): Iterable<Node> & { length: number };
  closest(selector: string): Node | null;
}

interface Rule {
  media?: { mediaText: string };
}

interface Doc extends Node {
  doctype: { name: string } | null;
  documentElement: Node & { lang: string; clientWidth: number };
  characterSet: string;
  title: string;
  scripts: Iterable<Node & { text: string }>;
  styleSheets: Iterable<{ cssRules: Iterable<Rule> }>;
  addEventListener(
    type: 'securitypolicyviolation',
    listener: (event: { violatedDirective: string; blockedURI: string }) => void,
    capture: boolean,
  ): void;
}

declare const document: Doc & { body: Node };
declare function getComputedStyle(e: Node): { overflowX: string };

/** What the page's DOM holds that the DOM contract speaks of. */
export function readDom() {
  const ids = (within: Node) => [
    ...new Set(
      [...within.querySelectorAll('[data-vendor]')].map((e) => e.getAttribute('data-vendor')),
    ),
  ];
  const outermostSection = (e: Node) => {
    let id: string | null = null;
    for (let s = e.closest('section'); s; s = s.parentElement?.closest('section') ?? null)
      id = s.id;
    return id;
  };
  let printRules = 0;
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) if (rule.media?.mediaText.includes('print')) printRules++;
  }
  return {
    doctype: document.doctype?.name ?? null,
    lang: document.documentElement.lang,
    charset: document.characterSet,
    viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? null,
    title: document.title,
    csp:
      document
        .querySelector('meta[http-equiv="Content-Security-Policy" i]')
        ?.getAttribute('content') ?? null,
    styles: document.querySelectorAll('style').length,
    printRules,
    scripts: [...document.scripts].map((s) => ({ src: s.getAttribute('src'), text: s.text })),
    // the top-level sections: vendor sections and any sub-section sit inside one
    sections: [...document.querySelectorAll('section[id]')]
      .filter((s) => !s.parentElement?.closest('section'))
      .map((s) => ({ id: s.id, h2: s.querySelector('h2') !== null })),
    charts: [...document.querySelectorAll('svg[data-chart]')].map((svg) => ({
      kind: svg.getAttribute('data-chart'),
      section: outermostSection(svg),
      role: svg.getAttribute('role'),
      title: svg.querySelector(':scope > title') !== null,
      desc: svg.querySelector(':scope > desc') !== null,
      viewBox: svg.hasAttribute('viewBox'),
      height: svg.getAttribute('height'),
      vendors: ids(svg),
    })),
    rankingRows: [...document.querySelectorAll('table.ranking tr[data-vendor]')].map((tr) =>
      tr.getAttribute('data-vendor'),
    ),
    vendorSections: [...document.querySelectorAll('section.vendor')].map((s) => ({
      id: s.id,
      vendor: s.getAttribute('data-vendor'),
      knockoutRows: s.querySelectorAll('tr.knockout').length,
      missingRows: s.querySelectorAll('tr.missing').length,
    })),
  };
}

/**
 * Anything in the DOM that could run, load or navigate to something (an event-handler attribute,
 * a `javascript:` URL, an element or attribute that fetches): should be none.
 */
export function unsafeMarkup(): string[] {
  const found: string[] = [];
  const fetching = [
    'src',
    'srcset',
    'action',
    'formaction',
    'poster',
    'data',
    'background',
    'ping',
  ];
  const embedding = ['iframe', 'frame', 'object', 'embed', 'base', 'link', 'form', 'img', 'image'];
  for (const e of document.querySelectorAll('*')) {
    const tag = e.localName;
    const src = e.getAttribute('src') ?? e.getAttribute('href') ?? '';
    if (embedding.includes(tag) && !((tag === 'img' || tag === 'image') && src.startsWith('data:')))
      found.push(`<${tag}> element`);
    for (const a of e.attributes) {
      const name = a.name.toLowerCase();
      // browsers skip whitespace and control characters in a URL's scheme
      // eslint-disable-next-line no-control-regex -- those characters are what is removed
      const value = a.value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
      if (name.startsWith('on')) found.push(`<${tag} ${a.name}>`);
      if (/^(javascript|vbscript):/.test(value)) found.push(`<${tag} ${a.name}="${a.value}">`);
      // a link (to a section of the page, or a cited source) fetches nothing; <use href> does
      const fetches = fetching.includes(name) || (tag === 'use' && /href$/.test(name));
      if (fetches && !value.startsWith('#') && !value.startsWith('data:')) {
        found.push(`<${tag} ${a.name}="${a.value}">`);
      }
      if (name === 'style' && /url\(|@import|expression\(/.test(value)) {
        found.push(`<${tag} style="${a.value}">`);
      }
    }
  }
  if (document.querySelector('meta[http-equiv="refresh" i]')) found.push('<meta refresh>');
  return found;
}

/** The ranking table's row order (vendor ids). */
export function rankingOrder(): (string | null)[] {
  return [...document.querySelectorAll('table.ranking tr[data-vendor]')].map((row) =>
    row.getAttribute('data-vendor'),
  );
}

/**
 * How wide the page is laid out against the screen, and when wider (the whole page scrolls
 * sideways), the innermost elements that make it so: a box wider than the screen, or text that
 * cannot wrap. A table in a scrolling box of the screen's width is fine.
 */
export function sidewaysOverflow(): { width: number; screen: number; culprits: string[] } {
  const screen = document.documentElement.clientWidth;
  const culprits: string[] = [];
  const scrolls = (e: Node) => getComputedStyle(e).overflowX !== 'visible';
  const describe = (e: Node) => {
    const cls = typeof e.className === 'string' && e.className ? `.${e.className}` : '';
    const text = (e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    return `<${e.localName}${cls}> ${Math.round(e.getBoundingClientRect().left + e.scrollWidth)}px: ${text}`;
  };
  const walk = (e: Node) => {
    let deeper = false;
    for (const c of e.children) {
      const box = c.getBoundingClientRect();
      const wide = box.right > screen + 1;
      const spills = !scrolls(c) && box.left + c.scrollWidth > screen + 1;
      if (!wide && !spills) continue;
      deeper = true;
      if (scrolls(c)) culprits.push(describe(c));
      else walk(c);
    }
    if (!deeper) culprits.push(describe(e));
  };
  const width = document.documentElement.scrollWidth;
  if (width > screen) walk(document.body);
  return { width, screen, culprits: culprits.slice(0, 10) };
}

/** What a payload from the data would set, had it run. */
export function pwned(): unknown {
  return (globalThis as { __pwned?: unknown }).__pwned;
}

/** Before any page script: report every CSP violation to the test's `__reportCsp` binding. */
export function reportCspViolations(): void {
  const binding = globalThis as unknown as { __reportCsp: (text: string) => Promise<void> };
  document.addEventListener(
    'securitypolicyviolation',
    (e) => void binding.__reportCsp(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    true,
  );
}

/**
 * The chart texts drawn outside their own `<svg>` (a label cut too short still runs off the
 * chart): `chart: text` for each, by more than a pixel.
 */
export function chartTextOutside(): string[] {
  const out: string[] = [];
  for (const svg of document.querySelectorAll('svg[data-chart]')) {
    const frame = svg.getBoundingClientRect();
    for (const t of svg.querySelectorAll('text')) {
      const box = t.getBoundingClientRect();
      if (box.left < frame.left - 1 || box.right > frame.right + 1) {
        out.push(`${svg.getAttribute('data-chart') ?? ''}: ${t.textContent ?? ''}`);
      }
    }
  }
  return out;
}

/** The ranking table's headings that announce a sort order: `Rank: ascending`. */
export function sortedHeadings(): string[] {
  return [...document.querySelectorAll('table.ranking th[aria-sort]')].map(
    (th) => `${th.textContent ?? ''}: ${th.getAttribute('aria-sort') ?? ''}`,
  );
}

/** Where the ranking table's right edge falls, in CSS pixels from the page's left. */
export function rankingRightEdge(): number {
  const table = document.querySelector('table.ranking');
  return table ? Math.round(table.getBoundingClientRect().right) : 0;
}
