/**
 * Reading the charts back in tests: a strict well-formedness check (node has no DOMParser) and
 * the attributes of the elements of one kind.
 */

const entity = /^&(?:amp|lt|gt|quot|#39|#\d+|#x[0-9a-fA-F]+);/;
const tagPattern = /^<(\/?)([A-Za-z][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*="[^"<]*")*)\s*(\/?)>/;

function badAmpersands(textPart: string): boolean {
  for (let i = textPart.indexOf('&'); i !== -1; i = textPart.indexOf('&', i + 1)) {
    if (!entity.test(textPart.slice(i))) return true;
  }
  return false;
}

/**
 * The problems that make `markup` not one well-formed XML element: a stray `<`, `>` or `&` in
 * text, an unquoted or duplicated attribute, a closing tag that does not match, text outside the
 * root, more than one root. Empty when well-formed.
 */
export function wellFormednessProblems(markup: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < markup.length) {
    const lt = markup.indexOf('<', i);
    const textPart = markup.slice(i, lt === -1 ? markup.length : lt);
    if (textPart.includes('>')) problems.push(`raw > in text at ${i}`);
    if (badAmpersands(textPart)) problems.push(`raw & in text at ${i}`);
    if (stack.length === 0 && textPart.trim() !== '')
      problems.push(`text outside the root at ${i}`);
    if (lt === -1) break;
    const m = tagPattern.exec(markup.slice(lt));
    if (!m) {
      problems.push(`not a tag at ${lt}: ${markup.slice(lt, lt + 40)}`);
      i = lt + 1;
      continue;
    }
    const [whole, closing, name = '', attrs = '', selfClosing] = m;
    const names = [...attrs.matchAll(/([A-Za-z_:][\w:.-]*)="([^"]*)"/g)].map((a) => {
      if (badAmpersands(a[2] ?? '')) problems.push(`raw & in attribute ${a[1]} at ${lt}`);
      return a[1];
    });
    if (new Set(names).size !== names.length) problems.push(`duplicate attribute at ${lt}`);
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}> at ${lt}`);
    } else {
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(name);
    }
    i = lt + whole.length;
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** Every `<name …>` element's attributes (values as written, still escaped), in order. */
export function elementsOf(markup: string, name: string): Record<string, string>[] {
  const pattern = new RegExp(`<${name}\\b([^>]*?)/?>`, 'g');
  return [...markup.matchAll(pattern)].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1] ?? ''] = a[2] ?? '';
    return attrs;
  });
}

/**
 * The fills as drawn: each `(colour, pattern)` pair of a filled `<rect>` directly followed by
 * its marks `<path data-pattern>`, in order of appearance, without repeats.
 */
export function fillsOf(markup: string): string[] {
  const pairs = [
    ...markup.matchAll(
      /<rect\b[^>]*?\sfill="(#[0-9A-Fa-f]{3,6})"[^>]*>(?:<title>[^<]*<\/title><\/rect>)?<path\b[^>]*?data-pattern="([^"]*)"/g,
    ),
  ].map((m) => `${m[1] ?? ''} ${m[2] ?? ''}`);
  return [...new Set(pairs)];
}

/** The `<text>` elements' x and content (content as written, escaped). */
export function textsOf(markup: string): { x: number; y: number; content: string }[] {
  return [...markup.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    x: Number(/\bx="([^"]*)"/.exec(m[1] ?? '')?.[1]),
    y: Number(/\by="([^"]*)"/.exec(m[1] ?? '')?.[1]),
    content: m[2] ?? '',
  }));
}

const geometry = new Set([
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'width',
  'height',
  'd',
  'points',
  'viewBox',
  'transform',
  'stroke-width',
  'font-size',
  'stroke-dasharray',
]);

/** Every number written in a geometry attribute (coordinates, sizes, path data, view box). */
export function attributeNumbers(markup: string): string[] {
  return [...markup.matchAll(/\s([\w:-]+)="([^"]*)"/g)]
    .filter((m) => geometry.has(m[1] ?? ''))
    .flatMap((m) => (m[2] ?? '').match(/-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/g) ?? []);
}

/** The chart with a line break between tags, so its snapshot file diffs line by line. */
export function forSnapshot(svg: string): string {
  return `${svg.replace(/></g, '>\n<')}\n`;
}
