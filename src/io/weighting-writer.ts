import { isMap, isSeq, parseDocument, type Node } from 'yaml';

/** An AHP weighting block as `weigh` writes it; ratios as scale text ("3", "1/5"). */
export interface AhpBlock {
  comparisons: readonly (readonly [string, string, string])[];
  riTable?: string | undefined;
}

/**
 * The criteria file `text` with the `weighting` of the mapping at key path `at` (`[]` for the
 * set, `['categories', 1]` for a category) replaced by `block`. Printed by the yaml Document
 * API, so the user's comments elsewhere stay, and a comment on the old block moves to the new
 * one; each comparison is one flow-style line `[a, b, 3]`, as the docs write them.
 * Undefined when `at` does not lead to a mapping (the caller checked the file beforehand).
 */
export function withWeighting(
  text: string,
  at: readonly (string | number)[],
  block: AhpBlock,
): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return undefined;
  const target = at.length === 0 ? doc.contents : doc.getIn(at, true);
  if (!isMap(target)) return undefined;
  const plain = {
    method: 'ahp',
    ...(block.riTable !== undefined ? { riTable: block.riTable } : {}),
    comparisons: block.comparisons.map(([a, b, r]) => [a, b, /^\d$/.test(r) ? Number(r) : r]),
  };
  const node = doc.createNode(plain) as Node;
  if (isMap(node)) {
    const list = node.get('comparisons', true);
    if (isSeq(list)) for (const item of list.items) if (isSeq(item)) item.flow = true;
  }
  const old = target.get('weighting', true) as Node | undefined;
  if (old) {
    node.comment = old.comment;
    node.commentBefore = old.commentBefore;
  }
  target.set('weighting', node);
  return doc.toString({ lineWidth: 0 });
}
