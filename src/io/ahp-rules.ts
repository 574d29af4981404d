import type { RuleId } from '../core/rules.js';
import type { GroupNode } from '../core/model/types.js';
import { crThreshold } from '../core/scoring/ahp-consistency.js';
import { mostInconsistentJudgement } from '../core/scoring/ahp-judgement.js';
import { components, parseAhpRatio, type IndexedJudgement } from '../core/scoring/ahp-matrix.js';
import { deriveIndexed, unconnectedMessage } from '../core/scoring/ahp.js';
import { riTableLimit, type RiTableId } from '../core/scoring/ri-tables.js';
import { didYouMean } from '../core/suggest.js';

type Report = (
  path: (string | number)[],
  rule: RuleId,
  message: string,
  hint?: string,
  severity?: 'error' | 'warning',
) => void;

const ratioText = (r: number | string): string => (typeof r === 'number' ? String(r) : `"${r}"`);

/**
 * Rules of `weighting: {method: ahp}` (SPEC "Weighting"): each comparison names two different
 * children with a ratio in 1/9..9, no pair twice (either way round), the comparison graph
 * connected; then a warning when CR > 0.1 naming the most inconsistent judgement.
 */
export function ahpRuleIssues(group: GroupNode, at: Report): void {
  const w = group.weighting;
  if (!w) return;
  const ids = group.children.map((c) => c.id);
  const comparisons = w.comparisons ?? [];
  const riTable = w.riTable ?? 'saaty';
  if (!w.comparisons && ids.length > 1) {
    at(
      [],
      'invalid-ahp',
      'ahp weighting needs `comparisons`: [a, b, r] meaning a is r times as important as b',
      `compare the children of "${group.id}": ${ids.join(', ')}`,
    );
    return;
  }
  const tooMany = ids.length > riTableLimit[riTable];
  if (tooMany) {
    at(
      ['riTable'],
      'invalid-ahp',
      `the ${riTable} RI table stops at ${riTableLimit[riTable]} elements; "${group.id}" has ${ids.length}`,
      'use riTable: donegan-dodd (up to 100) or alonso-lamata',
    );
  }
  comparisonIssues({
    consistency: !tooMany,
    ids,
    comparisons,
    riTable,
    subject: `"${group.id}"`,
    unknown: (id) => [
      `"${id}" is not a child of "${group.id}"`,
      didYouMean(id, ids) ?? `children: ${ids.join(', ')}`,
    ],
    sameHint: 'compare two different children',
    at,
  });
}

/** What `comparisonIssues` checks: one list of `[a, b, r]` judgements over `ids`. */
export interface ComparisonCheck {
  ids: readonly string[];
  comparisons: readonly (readonly [string, string, number | string])[];
  riTable: RiTableId;
  /** Whose comparisons, as the warning names them: `"support"`. */
  subject: string;
  /** Message and hint for an id not among `ids`. */
  unknown: (id: string) => [string, string];
  /** Hint for a self-comparison. */
  sameHint: string;
  /** Reports at a path relative to the mapping that holds `comparisons`. */
  at: Report;
  /** False when an error elsewhere (the RI table) already rules out a consistency ratio. */
  consistency?: boolean;
  /** Key path of the list inside that mapping (default ['comparisons']). */
  list?: (string | number)[];
}

/**
 * Rules of one list of AHP comparisons (weights or a pairwise criterion): each names two
 * different known elements with a ratio in 1/9..9, no pair twice (either way round), the graph
 * connected; then a warning when CR > 0.1 naming the most inconsistent judgement.
 */
export function comparisonIssues(check: ComparisonCheck): void {
  const { ids, comparisons, riTable, subject, at } = check;
  const list = check.list ?? ['comparisons'];
  let errors = 0;
  const fail: Report = (...args) => {
    errors++;
    at(...args);
  };
  const judgements: IndexedJudgement[] = [];
  const seen = new Map<string, { index: number; r: number }>();
  comparisons.forEach(([a, b, raw], k) => {
    const here = [...list, k];
    let bad = false;
    for (const [pos, id] of [a, b].entries()) {
      if (!ids.includes(id)) {
        bad = true;
        fail([...here, pos], 'invalid-ahp', ...check.unknown(id));
      }
    }
    if (a === b) {
      bad = true;
      fail(here, 'invalid-ahp', `"${a}" is compared with itself`, check.sameHint);
    }
    const r = parseAhpRatio(raw);
    if (!(r >= 1 / 9 - 1e-9 && r <= 9 + 1e-9)) {
      bad = true;
      fail(
        [...here, 2],
        'invalid-ahp',
        `an AHP ratio must lie between 1/9 and 9, found ${ratioText(raw)}`,
        'use Saaty\'s scale: 1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; "1/3" for the reverse',
      );
    }
    if (bad) return;
    const key = [a, b].sort().join('\u0000');
    const earlier = seen.get(key);
    if (earlier) {
      const previous = comparisons[earlier.index];
      const sameWay = previous?.[0] === a;
      const agrees = Math.abs((sameWay ? earlier.r : 1 / earlier.r) / r - 1) < 1e-9;
      fail(
        here,
        'invalid-ahp',
        agrees
          ? `"${a}" and "${b}" are compared twice (also comparisons[${earlier.index}])`
          : `[${a}, ${b}, ${ratioText(raw)}] contradicts comparisons[${earlier.index}] [${previous?.[0]}, ${previous?.[1]}, ${ratioText(previous?.[2] ?? '')}]`,
        agrees
          ? 'compare each pair once; the reverse judgement is implied (b vs a = 1/r)'
          : 'keep one judgement per pair; the reverse is implied (b vs a = 1/r)',
      );
      return;
    }
    seen.set(key, { index: k, r });
    judgements.push({ i: ids.indexOf(a), j: ids.indexOf(b), r });
  });
  if (errors || check.consistency === false) return;
  const parts = components(ids.length, judgements);
  if (parts.length > 1) {
    at(
      list,
      'invalid-ahp',
      unconnectedMessage(ids, parts),
      'add a comparison linking each of them to the others; missing pairs are completed only within a connected set',
    );
    return;
  }
  const result = deriveIndexed(ids, judgements, riTable);
  if (result.cr <= crThreshold) return;
  const cr = `CR ${result.cr.toFixed(3)} > ${crThreshold} (${riTable} RI)`;
  const repair = mostInconsistentJudgement(ids, judgements, riTable);
  const index = repair ? [...seen.values()][repair.index]?.index : undefined;
  if (!repair || index === undefined) {
    at(
      list,
      'ahp-inconsistent',
      `the comparisons of ${subject} are inconsistent: ${cr}`,
      'revisit the judgements',
      'warning',
    );
    return;
  }
  const [a, b, raw] = comparisons[index] ?? ['', '', ''];
  at(
    [...list, index, 2],
    'ahp-inconsistent',
    `the comparisons of ${subject} are inconsistent: ${cr}; the most inconsistent judgement is [${a}, ${b}, ${ratioText(raw)}]`,
    `the other judgements imply ${a} ≈ ${repair.implied.toPrecision(3)} × ${b}: writing ${repair.suggestedText} gives CR ${repair.crAfter.toFixed(3)}`,
    'warning',
  );
}
