import type { CriteriaSet, Criterion } from '../core/model/types.js';
import { describeMust } from '../core/scoring/knockout.js';
import { pairwiseConsistency } from '../core/scoring/pairwise.js';
import type { NodeWeight } from '../core/scoring/weights.js';
import type { Format } from './format.js';
import type { CriteriaShowModel } from './models.js';
import { requirementToJson } from './requirement-text.js';
import { treeNodes } from './weights-json.js';
import { weightRangeJson } from './weight-range-text.js';

/**
 * What an answer to a criterion looks like, in words: `integer 1–5`, `one of a, b`; for a
 * pairwise criterion, how many vendors its comparisons reach and their consistency ratio.
 */
export function answerShape(c: Criterion): string {
  switch (c.type) {
    case 'scale':
      return `whole number ${c.min}–${c.max}`;
    case 'number': {
      const range =
        c.min !== undefined || c.max !== undefined ? ` ${c.min ?? '−∞'}–${c.max ?? '∞'}` : '';
      return `number${range}${c.unit ? ` ${c.unit}` : ''}, ${c.direction} is better`;
    }
    case 'boolean':
      return 'true or false';
    case 'choice':
      return `one of ${c.options.map((o) => String(o.value)).join(', ')}`;
    case 'multi':
      return `any of ${c.options.map((o) => String(o.value)).join(', ')}`;
    case 'cost':
      return 'computed from pricing';
    case 'pairwise': {
      const judged = pairwiseConsistency(c);
      const cr = judged
        ? ` (${judged.compared} vendors compared, CR ${judged.cr.toFixed(3)}${judged.cr > 0.1 ? ' > 0.1' : ''})`
        : '';
      return `computed from pairwise comparisons of the vendors${cr}`;
    }
  }
}

/**
 * `criteria show --format json`: the set's nodes with weights, questions and rules. The set's own
 * `requires` rules come before the nodes, a category's on its node; a criterion that rules name
 * lists them in `requiredBy`, and its `must` is then those rules' test, not a knock-out of its own.
 */
export function formatCriteriaJson(
  set: CriteriaSet,
  weights: ReadonlyMap<string, NodeWeight>,
): string {
  const doc = {
    id: set.id,
    name: set.name,
    version: set.version ?? null,
    description: set.description ?? null,
    method: set.method,
    requires: set.root.requires.map(requirementToJson),
    nodes: treeNodes(set).map((n) => {
      const w = weights.get(n.id);
      const base = {
        id: n.id,
        name: n.name,
        path: n.path,
        local: w?.local ?? 0,
        global: w?.global ?? 0,
        ...weightRangeJson(n),
      };
      if (n.kind === 'group')
        return {
          ...base,
          kind: n.source === 'set' ? 'set' : 'category',
          requires: n.requires.map(requirementToJson),
        };
      const requiredBy = set.requires.filter((r) => r.criteria.includes(n.id)).map((r) => r.name);
      return {
        ...base,
        kind: 'criterion',
        type: n.type,
        question: n.question ?? null,
        answer: answerShape(n),
        // a boolean a rule names passes by being true, as the table says
        must: n.must
          ? describeMust(n.must, n.type === 'number' ? n.unit : undefined)
          : requiredBy.length
            ? 'must be yes'
            : null,
        requiredBy,
        evidence: n.evidence ?? 'optional',
        ...(n.type === 'pairwise' ? { consistency: pairwiseConsistency(n) ?? null } : {}),
      };
    }),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** `criteria show --format json`. */
export const criteriaJsonFormat: Format<CriteriaShowModel> = {
  id: 'json',
  description: "the set's nodes with weights, questions and rules",
  extension: 'json',
  userText: 'encoded',
  render: (m) => formatCriteriaJson(m.set, m.weights),
};

/** `criteria list --format json`: every set's id, name, version, description and size. */
export function formatCriteriaListJson(sets: readonly CriteriaSet[]): string {
  const doc = sets.map((s) => ({
    id: s.id,
    name: s.name,
    version: s.version ?? null,
    description: s.description ?? null,
    criteria: s.criteria.length,
  }));
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** `criteria list --format json`. */
export const criteriaListJsonFormat: Format<readonly CriteriaSet[]> = {
  id: 'json',
  description: 'every built-in set with its size',
  extension: 'json',
  userText: 'encoded',
  render: (sets) => formatCriteriaListJson(sets),
};
