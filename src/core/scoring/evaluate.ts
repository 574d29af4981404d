import type { CriterionJudgement, Knockout } from '../model/ranking.js';
import type {
  Answer,
  AnswerValue,
  CriteriaSet,
  Criterion,
  Moderation,
  Vendor,
} from '../model/types.js';
import { knockoutOf } from './knockout.js';
import { pairwiseScores } from './pairwise.js';
import { requirementKnockout, ruledCriteria, type RuleAnswer } from './requirements.js';
import { columnStats, utilityOf, type ColumnStats } from './utility.js';

/**
 * A vendor with every criterion judged: merged answers, utilities, knock-outs. No weights:
 * weighting comes after (entropy and CRITIC derive weights from these judgements).
 */
export interface VendorEvaluation {
  readonly vendor: Vendor;
  /** One judgement per criterion of the set, in set order. */
  readonly criteria: readonly CriterionJudgement[];
  readonly knockouts: readonly Knockout[];
  /** Ids of the unanswered criteria. */
  readonly missing: readonly string[];
  /** No knock-out. */
  readonly eligible: boolean;
}

/** An evaluator's answer that holds a value (not a `~` kept for its note). */
type GivenAnswer = Answer & { value: AnswerValue };

/** One criterion of one vendor before scoring: what was written and the value to score. */
interface MergedCell {
  written: readonly Answer[];
  answers: readonly GivenAnswer[];
  value: AnswerValue | null;
  /** The `moderated` entry whose value `value` is, when the panel agreed one. */
  moderation?: Moderation;
}

/**
 * Merges one criterion's answers from several evaluators: numbers (scale, number) by their
 * mean; other types keep the value they agree on, or the list of values when they differ.
 */
export function mergeAnswers(c: Criterion, answers: readonly Answer[]): AnswerValue | null {
  if (answers.length === 0) return null;
  if (answers.length === 1) return (answers[0] as Answer).value;
  if (c.type === 'number' || c.type === 'scale') {
    const values = answers.map((a) => a.value as number);
    return values.reduce((s, v) => s + v, 0) / values.length;
  }
  const first = JSON.stringify(answers[0]?.value);
  if (answers.every((a) => JSON.stringify(a.value) === first)) return (answers[0] as Answer).value;
  return answers.map((a) => a.value) as AnswerValue;
}

/** The evidence (or note) of a criterion's answers: one answer's as it is, several joined. */
function joinText(answers: readonly Answer[], key: 'evidence' | 'note'): string | undefined {
  if (answers.length === 1) return answers[0]?.[key] || undefined;
  // Several evaluators: each text says whose it is, so one evaluator's note on an unanswered
  // `~` never reads as if it were about another evaluator's answer.
  const unique = [
    ...new Set(
      answers.flatMap((a) => {
        const text = a[key];
        if (!text) return [];
        return [a.evaluator ? `${a.evaluator}: ${text}` : text];
      }),
    ),
  ];
  return unique.length ? unique.join('; ') : undefined;
}

/**
 * Judges every vendor on every criterion. Relative `number` scorings are taken over the
 * eligible vendors (the field a buyer actually chooses from), or over all vendors when none is
 * eligible; knock-outs depend only on raw answers, so they are known first.
 */
export function evaluateVendors(
  set: CriteriaSet,
  vendors: readonly Vendor[],
  /** Each vendor's contract cost, the value of every `cost` criterion (from `costVendors`). */
  costs: ReadonlyMap<string, number> = new Map(),
): VendorEvaluation[] {
  // A pairwise criterion has no answers in vendor files: its value is the vendor's utility
  // from the eigenvector, computed once over the vendors present.
  const vendorIds = vendors.map((v) => v.id);
  const pairwise = set.criteria.map((c) =>
    c.type === 'pairwise' ? pairwiseScores(c, vendorIds)?.utilities : undefined,
  );
  const merged = vendors.map((v) =>
    set.criteria.map((c, j): MergedCell => {
      if (c.type === 'pairwise') {
        const utility = pairwise[j]?.get(v.id);
        return { written: [], answers: [], value: utility ?? null };
      }
      // a cost criterion's value is the vendor's contract cost, computed from its pricing
      if (c.type === 'cost') return { written: [], answers: [], value: costs.get(v.id) ?? null };
      // every answer written, `~` ones too (their notes are kept); only given values are scored
      const written = v.answers.get(c.id) ?? [];
      // the written list itself when every answer holds a value (the usual case): a copy per
      // cell is 200,000 arrays at 1,000 vendors × 200 criteria, alive until all are judged
      const answers = written.every((a) => a.value !== null)
        ? (written as readonly GivenAnswer[])
        : written.filter((a): a is GivenAnswer => a.value !== null);
      // the panel's agreed value replaces the evaluators' combination, for knock-outs too
      const moderation = v.moderated?.get(c.id);
      if (moderation) return { written, answers, value: moderation.value, moderation };
      return { written, answers, value: mergeAnswers(c, answers) };
    }),
  );
  // A `must` that a `requires` rule judges knocks out only through that rule.
  const ruled = ruledCriteria(set);
  const byId = new Map(set.criteria.map((c) => [c.id, c]));
  const indexOf = new Map(set.criteria.map((c, j) => [c.id, j]));
  const knockouts = vendors.map((_, i): Knockout[] => {
    const answerOf = (id: string): RuleAnswer => {
      const m = merged[i]?.[indexOf.get(id) ?? -1];
      if (m?.moderation) return { merged: m.moderation.value, each: [m.moderation.value] };
      return { merged: m?.value ?? null, each: (m?.answers ?? []).map((a) => a.value) };
    };
    const own = set.criteria.flatMap((c) => {
      if (ruled.has(c.id)) return [];
      const a = answerOf(c.id);
      const ko = knockoutOf(c, a.merged, a.each);
      return ko ? [ko] : [];
    });
    const rules = set.requires.flatMap((r) => requirementKnockout(r, byId, answerOf) ?? []);
    return [...own, ...rules];
  });
  const eligible = knockouts.map((k) => k.length === 0);

  const stats = new Map<string, ColumnStats>();
  set.criteria.forEach((c, j) => {
    const relative =
      (c.type === 'number' && c.scoring.kind === 'relative') ||
      (c.type === 'cost' && c.scoring.kind !== 'linear');
    if (!relative) return;
    stats.set(
      c.id,
      referenceStats(
        merged.map((row) => row[j]?.value ?? null),
        eligible,
      ),
    );
  });

  // Per-criterion facts looked up once, not once per vendor.
  const columnStatsOf = set.criteria.map((c) => stats.get(c.id));
  const units = set.criteria.map((c) => (c.type === 'number' ? c.unit : undefined));

  return vendors.map((vendor, i) => {
    const missing: string[] = [];
    const row = merged[i] ?? [];
    // One record of one shape per criterion: at 1,000 vendors × 200 criteria these are the
    // bulk of the run's allocations.
    const criteria = set.criteria.map((c, j): CriterionJudgement => {
      const answers = row[j]?.answers ?? [];
      const written = row[j]?.written ?? [];
      const value = row[j]?.value ?? null;
      const moderation = row[j]?.moderation;
      const answered = value !== null;
      if (!answered) missing.push(c.id);
      const utility = !answered
        ? 0
        : moderation
          ? utilityOf(c, value, columnStatsOf[j])
          : utilityFor(c, answers, value, columnStatsOf[j]);
      return {
        id: c.id,
        name: c.name,
        type: c.type,
        path: c.path,
        value,
        utility,
        evidence:
          c.type === 'cost' && answered
            ? `computed from the ${vendor.pricing?.model ?? ''} bid in \`pricing\`: vendor-eval cost --explain ${vendor.id}`
            : joinText(written, 'evidence'),
        note: joinText(written, 'note'),
        answered,
        evaluations:
          answers.length > 1 || (moderation && answers.length > 0)
            ? answers.map((a) => ({ evaluator: a.evaluator, value: a.value }))
            : undefined,
        unit: units[j],
        moderated: moderation
          ? {
              by: moderation.by,
              rationale: moderation.rationale,
              ...(moderation.date !== undefined ? { date: moderation.date } : {}),
            }
          : undefined,
        // a moderated value is one plain value: the evaluator's range no longer describes it
        range: answers.length === 1 && !moderation ? answers[0]?.range : undefined,
      };
    });
    const ko = knockouts[i] ?? [];
    return { vendor, criteria, knockouts: ko, missing, eligible: ko.length === 0 };
  });
}

/**
 * The statistics a relative `number` scoring reads: the numeric answers of the eligible vendors
 * (all vendors when none is eligible), unanswered ones left out. `values` and `eligible` are in
 * the same vendor order. `explain` derives a utility from the same figures.
 */
export function referenceStats(
  values: readonly (AnswerValue | null)[],
  eligible: readonly boolean[],
): ColumnStats {
  const any = eligible.some(Boolean);
  const column: number[] = [];
  values.forEach((value, i) => {
    if ((!any || eligible[i]) && typeof value === 'number') column.push(value);
  });
  return columnStats(column);
}

/** Numeric answers are scored on their mean; other merged answers by the mean utility. */
function utilityFor(
  c: Criterion,
  answers: readonly GivenAnswer[],
  value: AnswerValue,
  stats: ColumnStats | undefined,
): number {
  if (answers.length <= 1 || c.type === 'number' || c.type === 'scale') {
    return utilityOf(c, value, stats);
  }
  const sum = answers.reduce((s, a) => s + utilityOf(c, a.value, stats), 0);
  return sum / answers.length;
}

/**
 * Raw performance columns by criterion id: one entry per reference vendor, in the same vendor
 * order for every criterion, null where the vendor left the criterion unanswered.
 */
export type PerformanceColumns = ReadonlyMap<string, readonly (number | null)[]>;

/**
 * A criterion's raw performance: the (merged) number for `number` and `cost` criteria, the
 * utility for the other types, null when unanswered. Direction is not applied.
 */
export function performanceOf(r: CriterionJudgement): number | null {
  if (!r.answered) return null;
  return typeof r.value === 'number' && (r.type === 'number' || r.type === 'cost')
    ? r.value
    : r.utility;
}

/**
 * The performance columns of every criterion over the reference vendors: the eligible ones (no
 * knock-out), or all of them when none is eligible — the field the vendors are ranked in.
 */
export function performanceColumns(
  set: CriteriaSet,
  evaluations: readonly VendorEvaluation[],
): PerformanceColumns {
  const eligible = evaluations.filter((e) => e.eligible);
  const reference = eligible.length ? eligible : evaluations;
  return new Map(
    set.criteria.map((c, j) => [
      c.id,
      reference.map((e) => {
        const r = e.criteria[j];
        return r ? performanceOf(r) : null;
      }),
    ]),
  );
}
