// `check --base` in the terminal: what the change did to the decision, in plain lines. The small
// helpers (the heading, the winner sentence, a standing) are shared with the other renderings.
import type { DecisionChange, VendorStanding } from '../core/model/check.js';
import { groupedNumber } from '../core/number-text.js';
import type { AnswerValue } from '../core/model/types.js';
import { formatAnswer, formatPercent, rankDecimals } from './numbers.js';
import { oneLine } from './inert-text.js';
import { plain, type Theme } from './theme.js';

type ChangedWeight = DecisionChange['weights'][number];
type ChangedAnswer = DecisionChange['answers'][number];

/** How many weight and answer lines the terminal shows before `… and N more`. */
const defaultLimit = 10;

/** `Against main (3f2a1c9)`; the commit id alone (the shorter form) when the ref is one. */
export function againstText(change: Pick<DecisionChange, 'base' | 'commit'>): string {
  const { base, commit } = change;
  const sameCommit = base.length >= 4 && (commit.startsWith(base) || base.startsWith(commit));
  // a full commit id (GitLab's CI_MERGE_REQUEST_DIFF_BASE_SHA) reads as its abbreviation
  const shorter = base.length <= commit.length ? base : commit;
  return sameCommit ? `Against ${shorter}` : `Against ${base} (${commit})`;
}

/**
 * An answer as a change shows it: a number of five digits or more with its thousands grouped (a
 * contract cost computed from a bid reads `5,913,845.09`, not `5913845.09`), else as everywhere.
 */
function changedAnswerText(value: AnswerValue | null): string {
  const text = formatAnswer(value);
  if (typeof value !== 'number' || Math.abs(value) < 10000) return text;
  return groupedNumber(value, text.split('.')[1]?.length ?? 0);
}

/** True when the change moved nothing: same winner, standings, weights, answers and method. */
export function nothingChanged(change: DecisionChange): boolean {
  return (
    change.baseProblem === null &&
    !change.winner.changed &&
    change.vendors.every((v) => !standingChanged(v.before, v.after)) &&
    change.groups.length === 0 &&
    change.weights.length === 0 &&
    change.answers.length === 0 &&
    change.other.length === 0
  );
}

/**
 * The verdict in one phrase: `the winner changed: tala-global → puente-contact`, `the winner is
 * unchanged: puente-contact`, or why the base could not be compared. Ties read `a, b (tied)`.
 */
export function winnerSentence(change: DecisionChange): string {
  if (change.baseProblem !== null) return `not compared: ${change.baseProblem}`;
  const { before, after, changed } = change.winner;
  const who = (w: string | null) => w ?? 'no eligible vendor';
  if (changed) return `the winner changed: ${who(before)} → ${who(after)}`;
  if (after === null) return 'still no eligible vendor';
  return nothingChanged(change)
    ? `nothing changed; the winner is still ${after}`
    : `the winner is unchanged: ${after}`;
}

/** Two scores closer than the SPEC's tie width are the same score. */
function sameScore(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function standingChanged(before: VendorStanding | null, after: VendorStanding | null): boolean {
  if (!before || !after) return true;
  return (
    before.rank !== after.rank ||
    before.eligible !== after.eligible ||
    !sameScore(before.score, after.score)
  );
}

function placeOf(s: VendorStanding): string {
  return s.rank === null ? 'ineligible' : `rank ${s.rank}`;
}

/** A vendor's place before → after: `rank 2 → 1`, `rank 3`, `rank 1 → ineligible`, `new`. */
export function placeChangeText(
  before: VendorStanding | null,
  after: VendorStanding | null,
): string {
  if (!before) return after ? `new, ${placeOf(after)}` : '';
  if (!after) return `removed, was ${placeOf(before)}`;
  const [b, a] = [placeOf(before), placeOf(after)];
  if (b === a) return a;
  return before.rank !== null && after.rank !== null
    ? `rank ${before.rank} → ${after.rank}`
    : `${b} → ${a}`;
}

/**
 * The decimals (1 to 6) at which the vendors' scores read right: a score that moved never reads
 * the same before and after, and vendors of different rank on one side never read the same
 * (`rankDecimals`). One count for every line, so the column lines up.
 */
export function scoreDecimals(vendors: DecisionChange['vendors']): number {
  const side = (s: 'before' | 'after') =>
    vendors.flatMap((v) => {
      const standing = v[s];
      return standing ? [standing] : [];
    });
  let d = Math.max(rankDecimals(side('before')), rankDecimals(side('after')));
  const moved = vendors.filter(
    (v) => v.before && v.after && !sameScore(v.before.score, v.after.score),
  );
  while (d < 6 && moved.some((v) => v.before?.score.toFixed(d) === v.after?.score.toFixed(d))) d++;
  return d;
}

/** A vendor's score before → after at `d` decimals: `81.8 → 83.0`, or `84.4` when it held. */
export function scoreFiguresText(
  before: VendorStanding | null,
  after: VendorStanding | null,
  d = 1,
): string {
  if (!before || !after || sameScore(before.score, after.score))
    return ((after ?? before)?.score ?? 0).toFixed(d);
  return `${before.score.toFixed(d)} → ${after.score.toFixed(d)}`;
}

/** A vendor's score before → after at `d` decimals: `score 81.8 → 83.0`, `score 84.4`. */
export function scoreChangeText(
  before: VendorStanding | null,
  after: VendorStanding | null,
  d = 1,
): string {
  return `score ${scoreFiguresText(before, after, d)}`;
}

/** A number as answers read (trailing zeros dropped) at up to `d` decimals. */
function numberAt(x: number, d: number): string {
  const text = String(Number(x.toFixed(d)));
  // thousands grouped as in every other answer a change shows
  return changedAnswerText(Number(text)).includes(',')
    ? groupedNumber(Number(text), text.split('.')[1]?.length ?? 0)
    : text;
}

/**
 * An answer before → after: `4 → 4.0001`, `no → yes`, `— → 75`. Two numbers get the fewest
 * decimals (at least the usual 2) that tell them apart, so a change never reads `4 → 4`.
 */
export function answerChangeText(a: Pick<ChangedAnswer, 'before' | 'after'>): string {
  const { before, after } = a;
  if (typeof before === 'number' && typeof after === 'number' && before !== after) {
    for (let d = 2; d <= 15; d++) {
      if (numberAt(before, d) !== numberAt(after, d))
        return `${numberAt(before, d)} → ${numberAt(after, d)}`;
    }
    // apart only beyond 15 decimals: the shortest text that reads back as each number
    return `${String(before)} → ${String(after)}`;
  }
  return `${changedAnswerText(before)} → ${changedAnswerText(after)}`;
}

/** A weight before → after as percentages, with as many decimals (up to 4) as tell them apart. */
export function weightChangeText(w: Pick<ChangedWeight, 'before' | 'after'>): string {
  const { before, after } = w;
  if (before === null) return after === null ? '' : `${formatPercent(after)} (added)`;
  if (after === null) return `${formatPercent(before)} (removed)`;
  let d = 1;
  while (d < 4 && formatPercent(before, d) === formatPercent(after, d)) d++;
  return `${formatPercent(before, d)} → ${formatPercent(after, d)}`;
}

/** How far a weight moved, for ordering the largest change first. */
export function weightDelta(w: ChangedWeight): number {
  return Math.abs((w.after ?? 0) - (w.before ?? 0));
}

/** Rows as aligned columns, two spaces apart, indented by two; the last column is not padded. */
export function columns(rows: readonly string[][]): string[] {
  const widths = rows.reduce<number[]>(
    (w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, [...cell].length)),
    [],
  );
  return rows.map(
    (row) =>
      '  ' +
      row
        .map((cell, i) =>
          i < row.length - 1 ? cell + ' '.repeat((widths[i] ?? 0) - [...cell].length) : cell,
        )
        .join('  '),
  );
}

function more(count: number, limit: number, style: Theme): string[] {
  return count > limit ? [style.dim(`  … and ${count - limit} more`)] : [];
}

/**
 * What a change did, as lines for the terminal: the heading with the winner sentence, each
 * vendor's rank and score before → after (when any moved), the weights that changed (largest
 * change first), the answers that changed and anything else (method, set version). Weights and
 * answers stop at `limit` lines each (10), the rest counted; `--format json` lists them all.
 */
export function renderDecisionChange(
  change: DecisionChange,
  style: Theme = plain,
  limit = defaultLimit,
): string[] {
  const verdict = winnerSentence(change);
  const heading = `${style.bold(`${againstText(change)}:`)} ${change.winner.changed ? style.yellow(verdict) : verdict}`;
  if (change.baseProblem !== null || nothingChanged(change)) return [heading];
  const lines = [heading];

  const d = scoreDecimals(change.vendors);
  if (change.vendors.some((v) => standingChanged(v.before, v.after)))
    lines.push(
      ...columns(
        change.vendors.map((v) => [
          v.id,
          placeChangeText(v.before, v.after),
          scoreChangeText(v.before, v.after, d),
        ]),
      ),
    );
  else lines.push(style.dim('  No rank or score moved.'));

  if (change.groups.length > 0) {
    lines.push('Category weights changed:');
    lines.push(...columns(change.groups.map((g) => [g.id, weightChangeText(g)])));
  }

  const weights = [...change.weights].sort((a, b) => weightDelta(b) - weightDelta(a));
  if (weights.length > 0) {
    const criteria = weights.length === 1 ? '1 criterion' : `${weights.length} criteria`;
    const order = weights.length > 1 ? ', largest change first' : '';
    lines.push(`Weights changed (${criteria}${order}):`);
    lines.push(...columns(weights.slice(0, limit).map((w) => [w.id, weightChangeText(w)])));
    lines.push(...more(weights.length, limit, style));
  }

  if (change.answers.length > 0) {
    lines.push(`Answers changed (${change.answers.length}):`);
    lines.push(
      ...columns(
        change.answers.slice(0, limit).map((a) => [a.vendor, a.criterion, answerChangeText(a)]),
      ),
    );
    lines.push(...more(change.answers.length, limit, style));
  }

  if (change.other.length > 0)
    lines.push('Also changed:', ...change.other.map((o) => `  ${oneLine(o)}`));
  return lines;
}
