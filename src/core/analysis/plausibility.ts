import type { Issue } from '../issues.js';
import type { Answer, CriteriaSet, NumberCriterion, Vendor } from '../model/types.js';
import { columnOf, fieldWithout, type Field } from './answer-field.js';
import { median } from './robust-spread.js';

/**
 * How many other vendors must have given a positive answer before an answer is compared with
 * their median and its spread: with fewer, those say too little about what is normal, and only
 * the small-field rule applies ({@link minSmallField}).
 */
export const minOtherAnswers = 4;

/**
 * The fewest other answers a field check needs at all: with 2 or 3, an answer is judged only
 * against the nearest of them (a factor of {@link slipFactor} beyond every other answer), so a
 * four-vendor project still catches 1995 among 19.90–20.00.
 */
export const minSmallField = 2;

/**
 * An outlier lies more than this many spreads (1.4826 × MAD) from the other vendors' median,
 * measured on a ratio (log) scale.
 */
export const outlierSpreads = 5;

/**
 * An answer is implausible only when it is also more than this factor away (beyond the scoring
 * range, or from the other vendors' median): differences between real offers stay well within
 * it, and the unit slips it catches (per cent as a fraction, thousands, minutes for seconds) are
 * factors of 60 and more.
 */
export const slipFactor = 10;

/** Units where a factor of 60 is a slip (minutes for seconds, hours for minutes). */
const timeUnits = new Set([
  's',
  'sec',
  'secs',
  'second',
  'seconds',
  'min',
  'mins',
  'minute',
  'minutes',
  'h',
  'hr',
  'hrs',
  'hour',
  'hours',
]);

/** A range of figures, low to high. */
interface Range {
  lo: number;
  hi: number;
}

/**
 * Answers to `number` criteria that look like a unit slip (`0.35` for 35 %, minutes for
 * seconds), each as a warning at the answer in its vendor file, with a "did you mean" hint when
 * a factor of 100, 1,000 or 60 brings it in line. A slip multiplies, so both checks measure
 * factors, and only positive answers are judged (no factor turns 0 into a plausible figure).
 * Either check flags an answer:
 *
 * - anchors: with fixed scoring (`scoring: {worst, best}` or `points`) over lo–hi, an answer
 *   more than {@link slipFactor} times hi, or less than lo / {@link slipFactor};
 * - field: with at least {@link minOtherAnswers} other vendors giving a positive answer, an
 *   answer more than a factor of {@link slipFactor} from their median and more than
 *   {@link outlierSpreads} spreads from it on a log scale (1.4826 × MAD of the logarithms; with
 *   MAD 0 the factor alone decides); with 2 or 3 others, an answer more than that factor beyond
 *   every one of them.
 *
 * Each evaluator's answer is checked on its own, against one figure per other vendor (the median
 * of its evaluators' answers). Pure and read-only: a warning never changes a score.
 */
export function implausibleAnswers(set: CriteriaSet, vendors: readonly Vendor[]): Issue[] {
  const issues: Issue[] = [];
  for (const c of set.criteria) {
    if (c.type !== 'number') continue;
    const anchors = anchorsOf(c);
    const figures = new Map<Vendor, number>();
    for (const v of vendors) {
      const figure = figureOf(v.answers.get(c.id));
      if (figure !== undefined) figures.set(v, figure);
    }
    const column = columnOf(figures.values());
    for (const [v, own] of figures) {
      const field = fieldWithout(column, own, minSmallField);
      for (const answer of v.answers.get(c.id) ?? []) {
        if (typeof answer.value !== 'number' || answer.value <= 0) continue;
        const issue = checkAnswer(c, v, answer, answer.value, anchors, field);
        if (issue) issues.push(issue);
      }
    }
  }
  return issues;
}

function checkAnswer(
  c: NumberCriterion,
  vendor: Vendor,
  answer: Answer,
  x: number,
  anchors: Range | undefined,
  field: Field | undefined,
): Issue | undefined {
  const offRange = anchors !== undefined && farFromAnchors(x, anchors);
  const offField = field !== undefined && farFromField(x, field);
  if (!offRange && !offField) return undefined;
  const unit = c.unit ? ` ${c.unit}` : '';
  const reasons: string[] = [];
  if (offRange) {
    reasons.push(`far outside the scoring range ${show(anchors.lo)}–${show(anchors.hi)}${unit}`);
  }
  if (offField) {
    reasons.push(
      `far from the other vendors' answers (${show(field.lo)}–${show(field.hi)}${unit})`,
    );
  }
  const who = answer.evaluator ? `${vendor.id} (evaluator ${answer.evaluator})` : vendor.id;
  const fix = likelyFix(c, x, anchors, field);
  return {
    severity: 'warning',
    rule: 'implausible-answer',
    message: `"${c.id}" is ${show(x)} for ${who}, ${reasons.join(' and ')}`,
    hint:
      fix === undefined
        ? `check the figure${c.unit ? ` and its unit (${c.unit})` : ''}`
        : `did you mean ${show(fix)}${c.unit ? ` (${c.unit})` : ''}?`,
    file: answer.origin.file,
    path: answer.origin.path,
  };
}

/** The x-range of fixed scoring; none for relative scoring. */
function anchorsOf(c: NumberCriterion): Range | undefined {
  const s = c.scoring;
  const xs =
    s.kind === 'linear' ? [s.worst, s.best] : s.kind === 'points' ? s.points.map((p) => p[0]) : [];
  if (xs.length === 0) return undefined;
  return { lo: Math.min(...xs), hi: Math.max(...xs) };
}

/** A positive answer more than {@link slipFactor} times beyond the anchors. */
function farFromAnchors(x: number, { lo, hi }: Range): boolean {
  return x * slipFactor < lo || (hi > 0 && x > hi * slipFactor);
}

/**
 * A positive answer off the field's median by a factor of {@link slipFactor} and an outlier; in
 * a small field (fewer than {@link minOtherAnswers} others, whose spread says little) only an
 * answer more than that factor beyond every other answer.
 */
function farFromField(x: number, field: Field): boolean {
  if (field.count < minOtherAnswers) return x * slipFactor < field.lo || x > field.hi * slipFactor;
  const distance = Math.abs(Math.log(x / field.median));
  // the factor first: it is cheap, and most answers pass it
  return distance > Math.log(slipFactor) && distance > outlierSpreads * field.logSpread();
}

/**
 * The answer times or divided by 100, 1,000 or (for a time unit or none) 60 that looks right:
 * within the criterion's `min`/`max`, implausible under neither check, and within the other
 * vendors' range (else the anchors) widened by a factor of 2 each way. Of several, one by the
 * unit's likely slip (60 for a time unit, 100 for a per cent), then the one closest to the other
 * vendors' median (else the anchors' middle); none when none fits.
 */
function likelyFix(
  c: NumberCriterion,
  x: number,
  anchors: Range | undefined,
  field: Field | undefined,
): number | undefined {
  const typical = field ?? anchors;
  if (!typical) return undefined;
  const centre = field ? field.median : (typical.lo + typical.hi) / 2;
  const fits = (y: number): boolean =>
    y >= typical.lo / 2 &&
    y <= typical.hi * 2 &&
    (c.min === undefined || y >= c.min) &&
    (c.max === undefined || y <= c.max) &&
    !(anchors && farFromAnchors(y, anchors)) &&
    !(field && farFromField(y, field));
  const likely = likelyFactor(c.unit);
  const candidates = factorsFor(c.unit).flatMap((f) => [
    { y: tidy(x * f), f },
    { y: tidy(x / f), f },
  ]);
  const score = (k: { y: number; f: number }): [number, number] => [
    k.f === likely ? 0 : 1,
    Math.abs(k.y - centre),
  ];
  let best: { y: number; f: number } | undefined;
  for (const k of candidates.filter((k) => fits(k.y))) {
    if (!best) best = k;
    else {
      const [a, b] = [score(k), score(best)];
      if (a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])) best = k;
    }
  }
  return best?.y;
}

/** The slips tried, each both ways: 100 and 1,000 always, 60 for a time unit or none. */
function factorsFor(unit: string | undefined): number[] {
  return unit === undefined || isTimeUnit(unit) ? [100, 1000, 60] : [100, 1000];
}

/** The slip a unit invites: 60 for seconds, minutes or hours; 100 for a per cent. */
function likelyFactor(unit: string | undefined): number | undefined {
  if (unit === undefined) return undefined;
  if (unit.includes('%')) return 100;
  return isTimeUnit(unit) ? 60 : undefined;
}

function isTimeUnit(unit: string): boolean {
  return timeUnits.has(unit.trim().toLowerCase());
}

/** A vendor's figure: its one answer, or the median of its evaluators' answers. */
function figureOf(answers: readonly Answer[] | undefined): number | undefined {
  if (!answers || answers.length === 0) return undefined;
  const only = answers.length === 1 ? answers[0]?.value : undefined;
  if (typeof only === 'number') return only;
  const values = answers.flatMap((a) => (typeof a.value === 'number' ? [a.value] : []));
  return values.length > 0 ? median(values) : undefined;
}

/** Drops floating-point noise from a product (0.35 × 100 is 35.00000000000001). */
function tidy(y: number): number {
  return Number(y.toPrecision(12));
}

/** A figure for a message: at most six significant digits, whole numbers in full. */
function show(y: number): string {
  return String(Math.abs(y) >= 1e6 ? Math.round(y) : Number(y.toPrecision(6)));
}
