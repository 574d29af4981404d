import type {
  CriterionDifference,
  SideFigures,
  VendorComparison,
} from '../core/analysis/compare-vendors.js';
import type { CriteriaSet, Criterion } from '../core/model/types.js';
import { answerText } from './explain-rows.js';
import { consistentDecimals, formatAnswer, setLabel } from './numbers.js';

/** One side of a compared criterion, with its answer for reading. */
export interface CompareSide extends SideFigures {
  /** The answer for reading (option labels, units); `—` when unanswered. */
  answer: string;
  /** The vendor file's note on the criterion (shown with an unanswered one). */
  note: string | undefined;
}

/** One criterion of a two-vendor comparison, with both answers for reading. */
export interface CompareRow extends CriterionDifference {
  a: CompareSide;
  b: CompareSide;
}

/** Two vendors side by side (`compare`), ready to render. */
export interface Comparison extends VendorComparison {
  rows: CompareRow[];
}

/** A comparison (core/analysis `compareVendors`) with each answer written for reading. */
export function withAnswers(set: CriteriaSet, c: VendorComparison): Comparison {
  const byId = new Map<string, Criterion>(set.criteria.map((x) => [x.id, x]));
  const notes = (v: VendorComparison['a']) => new Map(v.criteria.map((r) => [r.id, r.note]));
  const aNotes = notes(c.a);
  const bNotes = notes(c.b);
  // a moderated answer says so: it is the panel's value, not the evaluators'
  const moderators = (v: VendorComparison['a']) =>
    new Map(v.criteria.map((r) => [r.id, r.moderated?.by]));
  const aBy = moderators(c.a);
  const bBy = moderators(c.b);
  const side = (
    s: SideFigures,
    id: string,
    note: string | undefined,
    by: string | undefined,
  ): CompareSide => {
    const crit = byId.get(id);
    const text = !s.answered
      ? '—'
      : crit
        ? answerText(crit, s.value)
        : formatAnswer(s.value, s.unit);
    const answer = by !== undefined && s.answered ? `${text} (moderated by ${by})` : text;
    return { ...s, answer, note };
  };
  return {
    ...c,
    rows: c.rows.map((r) => ({
      ...r,
      a: side(r.a, r.id, aNotes.get(r.id), aBy.get(r.id)),
      b: side(r.b, r.id, bNotes.get(r.id), bBy.get(r.id)),
    })),
  };
}

/** A signed number of points for reading: `+3.1`, `−0.4`, `0.0` (`digits` decimals). */
export function signedPoints(points: number, digits = 1): string {
  const text = Math.abs(points).toFixed(digits);
  if (Number(text) === 0) return text;
  return points > 0 ? `+${text}` : `−${text}`;
}

/** Decimals at which the two scores and the lead read consistently (see `consistentDecimals`). */
export function compareDecimals(c: Comparison): number {
  return consistentDecimals(c.a.score, c.b.score);
}

/** The headline of a comparison: who leads, by how much, under which method. */
export function compareHeadline(c: Comparison): string {
  const d = c.scoreDifference;
  const digits = compareDecimals(c);
  const score = (v: { score: number }): string => v.score.toFixed(digits);
  const only = c.a.eligible !== c.b.eligible ? (c.a.eligible ? c.a : c.b) : undefined;
  const other = only === c.a ? c.b : c.a;
  const lead = only
    ? `${only.name} is eligible, ${other.name} is not (knocked out); scores ${score(c.a)} vs ${score(c.b)}`
    : Math.abs(d) <= 1e-9 * Math.max(Math.abs(c.a.score), Math.abs(c.b.score))
      ? `${c.a.name} and ${c.b.name} score the same (${score(c.a)})`
      : d > 0
        ? `${c.a.name} leads ${c.b.name} by ${Math.abs(d).toFixed(digits)} points (${score(c.a)} vs ${score(c.b)})`
        : `${c.b.name} leads ${c.a.name} by ${Math.abs(d).toFixed(digits)} points (${score(c.b)} vs ${score(c.a)})`;
  return `${lead} · ${c.criteriaSet.name} (${setLabel(c.criteriaSet)}), method ${c.method}`;
}

/**
 * The note under the rows: what Δ is under the method and what the rows add up to (the lead,
 * exactly, since every method splits its own score), and how many rows `--top` left out.
 */
export function compareFootnote(c: Comparison, shown: number): string[] {
  const out: string[] = [];
  const hidden = c.rows.length - shown;
  if (hidden > 0) {
    const rest = c.rows.slice(shown);
    const largest = Math.max(...rest.map((r) => Math.abs(r.difference)));
    out.push(
      `${hidden} more criteria differ by at most ${largest.toFixed(1)} points (drop --top to see them)`,
    );
  }
  const digits = compareDecimals(c);
  const sum = c.rows.reduce((s, r) => s + r.difference, 0);
  out.push(
    `Δ is each criterion's part of the ${c.method} lead: ${c.differenceLabel}; all ${c.rows.length} add up to ${signedPoints(sum, digits)}, A − B`,
  );
  // A vendor outside the field (knocked out) can lie beyond its worst: VIKOR's Q and PROMETHEE's
  // flow are then clamped for its score, and the rows add up to the unclamped difference.
  if (Math.abs(sum - c.scoreDifference) > 1e-6 * Math.max(1, Math.abs(c.scoreDifference))) {
    const outside = [c.a, c.b].filter((v) => !v.eligible).map((v) => v.name);
    out.push(
      `the rows add up to ${signedPoints(sum, digits)}, not the ${signedPoints(c.scoreDifference, digits)} between the scores: ${outside.join(' and ') || 'a vendor'} ${outside.length > 1 ? 'lie' : 'lies'} outside the field of eligible vendors, beyond its worst, and the ${c.method} score is clamped to 0–100`,
    );
  }
  return out;
}
