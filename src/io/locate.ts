import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Issue } from '../core/issues.js';
import type { SourceFile } from './source.js';

/** A 1-based position in a file. */
export interface Position {
  line: number;
  column: number;
  endLine?: number | undefined;
  endColumn?: number | undefined;
}

/**
 * Finds the position of the value at `path` (or of its key, with `key: true`). When the path
 * does not exist all the way down, the deepest node that does exist is used, so a missing
 * property points at the object that lacks it.
 */
export function locate(
  source: SourceFile,
  path: readonly (string | number)[],
  options: { key?: boolean } = {},
): Position {
  let node: unknown = source.doc.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    const next = child(node, segment);
    if (!next) break;
    node = next.value;
    pair = next.pair;
  }
  const target = options.key && pair && isNodeLike(pair.key) ? pair.key : node;
  const range = isNodeLike(target) ? target.range : undefined;
  if (!range) return { line: 1, column: 1 };
  const start = source.lineCounter.linePos(range[0]);
  const end = source.lineCounter.linePos(range[1]);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

/** Fills in line and column of issues that carry only a path, using the parsed files. */
export function placeIssues(issues: Issue[], sources: ReadonlyMap<string, SourceFile>): Issue[] {
  return issues.map((issue) => {
    if (issue.line !== undefined || !issue.file) return issue;
    const source = sources.get(issue.file);
    if (!source) return { ...issue, line: 1, column: 1 };
    const pos = locate(source, issue.path ?? [], { key: issue.atKey === true });
    return { ...issue, ...pos };
  });
}

function child(
  node: unknown,
  segment: string | number,
): { value: unknown; pair?: Pair | undefined } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment));
    return pair ? { value: pair.value ?? pair.key, pair } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function isNodeLike(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}
