import type { DecisionChange, VendorStanding } from '../model/check.js';
import type { Ranking, VendorResult } from '../model/ranking.js';
import type { AnswerValue } from '../model/types.js';

/**
 * Two global weights closer than this are the same weight. Weights are fractions summing to 1
 * made by divisions (1/3, AHP eigenvectors, renormalised groups): the same set weighed twice can
 * differ in the last bits, and a reviewer must not see "1.2% → 1.2%" listed as a change. A weight
 * a user changes moves by far more than 10⁻¹².
 */
export const weightTolerance = 1e-12;

/**
 * The winner of a ranking as one text: the id of the eligible vendor ranked 1st; vendors that
 * share rank 1 joined in the ranking's order with ` (tied)` (`a, b (tied)`); null when no vendor
 * is eligible. A tie that appears or breaks is a changed winner.
 */
export function winnerOf(ranking: Ranking): string | null {
  const top = ranking.vendors.filter((v) => v.eligible && v.rank === 1).map((v) => v.id);
  if (top.length === 0) return null;
  return top.length === 1 ? (top[0] ?? null) : `${top.join(', ')} (tied)`;
}

function standing(v: VendorResult): VendorStanding {
  return { rank: v.rank, score: v.score, eligible: v.eligible };
}

/** True when two merged answers are the same (lists element by element, in order). */
function sameAnswer(a: AnswerValue | null, b: AnswerValue | null): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** Every criterion of a ranking with its global weight and name, in the set's order. */
function criteriaOf(ranking: Ranking): Map<string, { name: string; weight: number }> {
  // every vendor carries every criterion of the set with the same global weight
  const first = ranking.vendors[0];
  return new Map((first?.criteria ?? []).map((c) => [c.id, { name: c.name, weight: c.weight }]));
}

/** `customer-service v1`, or the id alone for a set without a version. */
function setText(set: Ranking['criteriaSet']): string {
  return set.version === undefined ? set.id : `${set.id} v${set.version}`;
}

const missingText = { zero: 'scored 0', exclude: 'left out of the weights', fail: 'an error' };

/** What else changed: the method, the criteria set's id or version, the missing-answer policy. */
function otherChanges(before: Ranking, after: Ranking): string[] {
  const lines: string[] = [];
  if (before.method !== after.method) lines.push(`method: ${before.method} → ${after.method}`);
  const [setBefore, setAfter] = [setText(before.criteriaSet), setText(after.criteriaSet)];
  if (setBefore !== setAfter) lines.push(`criteria set: ${setBefore} → ${setAfter}`);
  if (before.missing !== after.missing)
    lines.push(
      `unanswered criteria: ${missingText[before.missing]} → ${missingText[after.missing]}`,
    );
  return lines;
}

/**
 * What a change did to the decision: `before` is the ranking at the base commit, or why the
 * project could not be evaluated there (then only `baseProblem` is set); `after` is the ranking
 * of the working tree. Vendors are listed in the order of the ranking after, then those only
 * before; weights in the set's order after, then the criteria only the base had. Answers are
 * compared for the vendors and criteria on both sides: a new vendor's or a new criterion's every
 * answer is not news, the vendor list and the weights already say it came or went.
 */
export function decisionChange(
  before: Ranking | string,
  after: Ranking,
  base: string,
  commit: string,
): DecisionChange {
  if (typeof before === 'string')
    return {
      base,
      commit,
      baseProblem: before,
      winner: { before: null, after: null, changed: false },
      vendors: [],
      groups: [],
      weights: [],
      answers: [],
      other: [],
    };
  const winner = { before: winnerOf(before), after: winnerOf(after) };
  const beforeById = new Map(before.vendors.map((v) => [v.id, v]));
  const afterIds = new Set(after.vendors.map((v) => v.id));
  const vendors = [
    ...after.vendors.map((v) => {
      const old = beforeById.get(v.id);
      return { id: v.id, name: v.name, before: old ? standing(old) : null, after: standing(v) };
    }),
    ...before.vendors
      .filter((v) => !afterIds.has(v.id))
      .map((v) => ({ id: v.id, name: v.name, before: standing(v), after: null })),
  ];

  const [critBefore, critAfter] = [criteriaOf(before), criteriaOf(after)];
  const weights = changedWeights(critBefore, critAfter);
  // a criterion at the top level is listed with the criteria, not again as a category
  const groupsOf = (r: Ranking, criteria: ReadonlyMap<string, unknown>) =>
    new Map(r.topLevel.filter((g) => !criteria.has(g.id)).map((g) => [g.id, g]));
  const groups = changedWeights(groupsOf(before, critBefore), groupsOf(after, critAfter));

  // an added or removed criterion is listed with the weights; its answers would only repeat it
  const shared = [...critAfter.keys()].filter((id) => critBefore.has(id));
  const answers = after.vendors.flatMap((v) => {
    const old = beforeById.get(v.id);
    if (!old) return [];
    const [was, is] = [valuesOf(old), valuesOf(v)];
    return shared.flatMap((criterion) => {
      const [b, a] = [was.get(criterion) ?? null, is.get(criterion) ?? null];
      return sameAnswer(b, a) ? [] : [{ vendor: v.id, criterion, before: b, after: a }];
    });
  });

  return {
    base,
    commit,
    baseProblem: null,
    winner: { ...winner, changed: winner.before !== winner.after },
    vendors,
    groups,
    weights,
    answers,
    other: otherChanges(before, after),
  };
}

/** The nodes whose weight moved beyond float noise, in the order after, then those only before. */
function changedWeights(
  before: ReadonlyMap<string, { name: string; weight: number }>,
  after: ReadonlyMap<string, { name: string; weight: number }>,
): DecisionChange['weights'] {
  const ids = [...new Set([...after.keys(), ...before.keys()])];
  return ids.flatMap((id) => {
    const [b, a] = [before.get(id), after.get(id)];
    if (a && b && Math.abs(a.weight - b.weight) <= weightTolerance) return [];
    const name = (a ?? b)?.name ?? id;
    return [{ id, name, before: b ? b.weight : null, after: a ? a.weight : null }];
  });
}

function valuesOf(v: VendorResult): Map<string, AnswerValue | null> {
  return new Map(v.criteria.map((c) => [c.id, c.value]));
}
