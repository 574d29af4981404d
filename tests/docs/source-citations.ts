// Finds the source keys ([WFML-SL], [COLA], …) that the comments of a criteria set cite, and what
// each comment is about: the criterion below it (or around it), the criteria a `requires` rule
// makes mandatory, or the field of the `demand` block it explains.
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/** A bracketed source key as the comments write it: `[SQM-FCR]`, `[27001]`, `[PCI-12.9]`. */
const keyPattern = /\[([A-Z0-9][A-Za-z0-9.-]*)\]/g;

/** One citation: a key, and what the comment citing it is about. */
export interface Citation {
  key: string;
  /** A criterion id, a set or category id, or `demand.<field path>`. */
  subject: string;
  line: number;
}

/** A stretch of lines (1-based, inclusive) and what it is about. */
interface Span {
  start: number;
  end: number;
  subjects: string[];
}

/** The comment on a line, if any: text after a `#` that starts the line or follows a space outside quotes. */
function commentOf(line: string): string | undefined {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line.charAt(i - 1)))) return line.slice(i + 1);
  }
  return undefined;
}

/** Every scalar value under a node (for the criterion ids a rule names). */
function scalars(node: unknown): string[] {
  if (isScalar(node)) return [String(node.value)];
  if (isSeq(node)) return node.items.flatMap(scalars);
  if (isMap(node)) return node.items.flatMap((pair) => scalars(pair.value));
  return [];
}

/** What each stretch of the set is about: the set, categories, criteria, rules, demand fields. */
function spans(text: string): Span[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const line = (offset: number): number => counter.linePos(offset).line;
  const span = (node: Node, subjects: string[], from = node): Span => ({
    start: line(from.range?.[0] ?? 0),
    end: line(node.range?.[2] ?? 0),
    subjects,
  });
  const root = doc.contents;
  if (!isMap(root)) return [];
  const result: Span[] = [span(root, [String(root.get('id'))])];
  const rules = (groups: unknown): void => {
    if (!isSeq(groups)) return;
    for (const rule of groups.items) {
      if (!isMap(rule)) continue;
      const named = ['anyOf', 'allOf', 'then'].flatMap((form) => scalars(rule.get(form, true)));
      result.push(span(rule, named));
    }
  };
  rules(root.get('requires', true));
  const categories = root.get('categories', true);
  for (const category of isSeq(categories) ? categories.items : []) {
    if (!isMap(category)) continue;
    result.push(span(category, [String(category.get('id'))]));
    rules(category.get('requires', true));
    const criteria = category.get('criteria', true);
    for (const criterion of isSeq(criteria) ? criteria.items : [])
      if (isMap(criterion)) result.push(span(criterion, [String(criterion.get('id'))]));
  }
  const fields = (map: unknown, path: string): void => {
    if (!isMap(map)) return;
    for (const pair of map.items) {
      if (!isPair(pair) || !isScalar(pair.key) || (!isScalar(pair.value) && !isMap(pair.value)))
        continue;
      const at = `${path}.${String(pair.key.value)}`;
      result.push(span(pair.value, [at], pair.key));
      // A flow map (`serviceLevel: { percent: 80, seconds: 20 }`) is one field, not several.
      if (isMap(pair.value) && pair.value.flow !== true) fields(pair.value, at);
    }
  };
  fields(root.get('demand', true), 'demand');
  return result;
}

/**
 * Every source key cited in the comments of one criteria file. A comment is about the first line
 * of content below it (a trailing comment: its own line), and that line is about the innermost
 * stretch holding it: the criterion, the rule (its criteria), the demand field, or else the
 * category or the set.
 */
export function citations(text: string): Citation[] {
  const lines = text.split('\n');
  const stretches = spans(text);
  const about = (at: number): string[] => {
    const holding = stretches.filter((s) => s.start <= at && at <= s.end);
    const innermost = holding.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    return innermost?.subjects ?? [];
  };
  return lines.flatMap((text, index) => {
    const comment = commentOf(text);
    if (comment === undefined) return [];
    let content = index;
    if (text.trimStart().startsWith('#'))
      while (content < lines.length && /^\s*(#.*)?$/.test(lines[content] ?? '')) content++;
    const subjects = about(content + 1);
    return [...comment.matchAll(keyPattern)].flatMap((match) =>
      subjects.map((subject) => ({ key: match[1] ?? '', subject, line: index + 1 })),
    );
  });
}
