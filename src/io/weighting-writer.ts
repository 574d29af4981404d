import { isDeepStrictEqual } from 'node:util';
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { replaceKeepingComments } from './replace-node.js';
import { indentAt, trimEnd } from './text-splice.js';

/** A weighting block as `weigh` writes it: AHP ratios as scale text ("3", "1/5"). */
export type WeightingBlock =
  | {
      method: 'ahp';
      comparisons: readonly (readonly [string, string, string])[];
      riTable?: string | undefined;
    }
  | { method: 'roc'; order: readonly string[] }
  | { method: 'swing'; points: Readonly<Record<string, number>> };

/** Keys a new `weighting` goes before: it belongs with the node's own fields, above its children. */
const childKeys = ['categories', 'criteria', 'include'];

/**
 * The criteria file `text` with the `weighting` of the mapping at key path `at` (`[]` for the
 * set, `['categories', 1]` for a category) replaced by `block`. The block's own lines are spliced
 * into the text (every other byte stays, comments and layout included): in place of the old
 * block, else just above the node's `categories`/`criteria`. Each comparison is one line
 * `[a, b, 3]`, as the docs write them. Should the splice not read back as intended (an unusual
 * layout), the yaml Document API prints the whole file, comments kept. Undefined when `at` does
 * not lead to a mapping (the caller checked the file beforehand).
 */
export function withWeighting(
  text: string,
  at: readonly (string | number)[],
  block: WeightingBlock,
): string | undefined {
  return withKey(text, at, 'weighting', plainOf(block));
}

/**
 * The criteria file `text` with the comparisons of the pairwise criterion at key path `at`
 * replaced by `comparisons`, spliced as `withWeighting` splices a block: one `[a, b, r]` line
 * each, every other byte kept.
 */
export function withComparisons(
  text: string,
  at: readonly (string | number)[],
  comparisons: readonly (readonly [string, string, string])[],
): string | undefined {
  return withKey(text, at, 'comparisons', comparisons.map(ratioValue));
}

/** `key: value` in the mapping at `at`, spliced into the text, else the whole file reprinted. */
function withKey(
  text: string,
  at: readonly (string | number)[],
  key: string,
  value: unknown,
): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return undefined;
  const target = at.length === 0 ? doc.contents : doc.getIn(at, true);
  if (!isMap(target)) return undefined;
  const spliced = splice(text, target, key, value);
  if (spliced !== undefined && readsBack(spliced, at, key, value)) return spliced;
  return reprint(doc, target, key, value);
}

/** A comparison as written: whole numbers as numbers, fractions quoted as the docs write them ("1/3"). */
function ratioValue([a, b, r]: readonly [string, string, string]): [
  string,
  string,
  number | string,
] {
  return [a, b, /^\d$/.test(r) ? Number(r) : r];
}

function plainOf(block: WeightingBlock): Record<string, unknown> {
  if (block.method !== 'ahp') return { ...block };
  return {
    method: 'ahp',
    ...(block.riTable !== undefined ? { riTable: block.riTable } : {}),
    comparisons: block.comparisons.map(ratioValue),
  };
}

/** `key:` and its lines, the lines after the first indented by `indent`. */
function render(key: string, value: unknown, indent: string): string {
  const doc = new Document({ [key]: value });
  flowParts(doc.get(key, true) as Node);
  const lines = doc
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .replace(/\n$/, '')
    .split('\n');
  return lines.map((line, i) => (i === 0 ? line : `${indent}${line}`)).join('\n');
}

/** Each comparison on a line of its own, an order on one line (the points one per line). */
function flowParts(block: Node): void {
  // a bare list of comparisons (a pairwise criterion's)
  if (isSeq(block)) for (const item of block.items) if (isSeq(item)) flowLine(item);
  if (!isMap(block)) return;
  const list = block.get('comparisons', true);
  if (isSeq(list)) for (const item of list.items) if (isSeq(item)) flowLine(item);
  const order = block.get('order', true);
  if (isSeq(order)) order.flow = true;
}

/** A comparison as `[a, b, "1/3"]`: one line, the fraction quoted as the docs write it. */
function flowLine(item: YAMLSeq<unknown>): void {
  item.flow = true;
  const ratio = item.items[2];
  if (isScalar(ratio) && typeof ratio.value === 'string') ratio.type = 'QUOTE_DOUBLE';
}

function splice(
  text: string,
  target: YAMLMap<unknown, unknown>,
  name: string,
  plain: unknown,
): string | undefined {
  if (target.flow) return undefined;
  const pair = target.items.find((p) => isScalar(p.key) && p.key.value === name);
  if (pair) {
    const key = pair.key as Node;
    const value = pair.value as Node | null;
    if (!key.range || !value?.range) return undefined;
    const end = trimEnd(text, value.range[1]);
    return (
      text.slice(0, key.range[0]) +
      render(name, plain, indentAt(text, key.range[0])) +
      text.slice(end)
    );
  }
  const before = target.items.find(
    (p) => isScalar(p.key) && childKeys.includes(String(p.key.value)),
  );
  const key = before?.key as Node | undefined;
  if (!key?.range) return undefined;
  const indent = indentAt(text, key.range[0]);
  // above any comment lines that introduce the children
  let at = key.range[0] - indent.length;
  for (;;) {
    const prevStart = text.lastIndexOf('\n', at - 2) + 1;
    if (at === 0 || !text.slice(prevStart, at).trimStart().startsWith('#')) break;
    at = prevStart;
  }
  return `${text.slice(0, at)}${indent}${render(name, plain, indent)}\n${text.slice(at)}`;
}

function readsBack(
  text: string,
  at: readonly (string | number)[],
  key: string,
  plain: unknown,
): boolean {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return false;
  const node = at.length === 0 ? doc.contents : doc.getIn(at, true);
  if (!isMap(node)) return false;
  const written = node.get(key, true) as Node | undefined;
  return isDeepStrictEqual(written?.toJSON(), plain);
}

/** The whole file printed again by the Document API: for layouts the splice does not handle. */
function reprint(
  doc: Document.Parsed,
  target: YAMLMap<unknown, unknown>,
  key: string,
  plain: unknown,
): string {
  const node = doc.createNode(plain) as Node;
  flowParts(node);
  return replaceKeepingComments(doc, target, key, node);
}
