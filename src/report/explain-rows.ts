import { formatMoney } from './cost-model.js';
import { unnamedEvaluator } from '../core/analysis/consensus.js';
import { defaultMethodId, explanationOf } from '../core/methods/index.js';
import type { TermColumn } from '../core/methods/types.js';
import {
  knockoutOn,
  type CriterionJudgement,
  type Ranking,
  type VendorResult,
} from '../core/model/ranking.js';
import type {
  AnswerRange,
  AnswerValue,
  CriteriaSet,
  Criterion,
  OptionValue,
} from '../core/model/types.js';
import { vendorDerivations } from '../core/scoring/utility-derivation.js';
import { derivationBasis } from './derivation-text.js';
import {
  formatAnswer,
  formatPercent,
  formatScore,
  formatUtility,
  placeText,
  setLabel,
} from './numbers.js';

/** One line of an explanation, ready to render in any table format. */
export interface ExplainRow {
  /** Top-level node the criterion belongs to. */
  group: string;
  criterion: string;
  id: string;
  answer: string;
  utility: string;
  weight: string;
  contribution: string;
  evidence: string;
  /** The failed knock-out rule, `must-have met`, or '' when the criterion has no `must`. */
  knockout: string;
  knockedOut: boolean;
  answered: boolean;
  /**
   * How the utility was derived, in words that follow it (`on the field's range 19.90–31.50
   * EUR/h, minmax`); '' when unanswered.
   */
  derivation: string;
  /** The method's own per-criterion figures (`methodColumns`), for reading. */
  terms: string[];
}

/** The per-criterion figures the ranking's method shows (weighted-sum: points). */
export function methodColumns(ranking: Pick<Ranking, 'method'>): readonly TermColumn[] {
  return explanationOf(ranking.method).columns;
}

/** What the method's columns in `explain` are, one sentence. */
export function methodLegend(ranking: Pick<Ranking, 'method'>): string {
  return explanationOf(ranking.method).legend;
}

/** One method figure for reading: numbers at the column's decimals, `sets R` as yes, none as —. */
function termText(value: number | boolean | null | undefined, digits: number): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : '';
  return value.toFixed(digits);
}

/**
 * What the category scores mean under the ranking's method, when it is not the weighted sum
 * (whose category scores are the plain weighted mean utility): e.g. `category scores: TOPSIS
 * closeness on the category's criteria alone`.
 */
export function categoryBasisLine(ranking: Pick<Ranking, 'method'>): string | undefined {
  if (ranking.method === defaultMethodId) return undefined;
  return `category scores (${ranking.method}): ${explanationOf(ranking.method).groupLabel}`;
}

/** Why a product-based score is 0 (or its product part is): the criteria with utility 0. */
export function zeroedLine(
  ranking: Pick<Ranking, 'method'>,
  vendor: VendorResult,
): string | undefined {
  if (!vendor.zeroedBy.length) return undefined;
  const byId = new Map(vendor.criteria.map((c) => [c.id, c]));
  const shown = vendor.zeroedBy.slice(0, 3).map((id) => {
    const c = byId.get(id);
    return `${c?.name ?? id} (${id}${c && !c.answered ? ', unanswered' : ''})`;
  });
  const more = vendor.zeroedBy.length - shown.length;
  const list = shown.join(', ') + (more > 0 ? `, … (${more} more)` : '');
  const what = ranking.method === 'weighted-product' ? 'score' : `${ranking.method} product part`;
  return `${vendor.name}: ${what} is 0 because of a utility of 0 on ${list}`;
}

/** The explanation of a vendor's score as rows, grouped by top-level node in tree order. */
export function explainRows(
  set: CriteriaSet,
  ranking: Ranking,
  vendor: VendorResult,
): ExplainRow[] {
  const byId = new Map<string, Criterion>(set.criteria.map((c) => [c.id, c]));
  const topName = new Map(ranking.topLevel.map((t) => [t.id, t.name]));
  const columns = methodColumns(ranking);
  const derivations = vendorDerivations(set, ranking, vendor.id);
  return vendor.criteria.map((r, j) => {
    const derivation = derivations[j];
    const c = byId.get(r.id);
    const ko = knockoutOn(vendor.knockouts, r.id);
    const top = r.path[0] ?? r.id;
    return {
      group: topName.get(top) ?? top,
      criterion: r.name,
      id: r.id,
      answer: moderatedText(
        r,
        c ? answerText(c, r.value, r.range) : formatAnswer(r.value, r.unit),
        c,
      ),
      utility: r.answered ? formatUtility(r.utility) : '—',
      weight: formatPercent(r.weight, 2),
      contribution: formatScore(r.contribution),
      evidence: [
        r.evidence ?? (c?.evidence === 'required' && r.answered ? 'MISSING (required)' : ''),
        r.note ? `note: ${r.note}` : '',
        r.moderated
          ? `moderated: ${r.moderated.rationale}${r.moderated.date ? ` (${r.moderated.date})` : ''}`
          : '',
      ]
        .filter(Boolean)
        .join('\n'),
      knockout: ko !== undefined ? ko : c?.must && r.answered ? 'must-have met' : '',
      knockedOut: ko !== undefined,
      answered: r.answered,
      derivation: derivation ? derivationBasis(derivation, r.unit) : '',
      terms: columns.map((col) => termText(vendor.terms[j]?.[col.key], col.digits)),
    };
  });
}

/**
 * A moderated answer for reading: the agreed value, who moderated, and the evaluators' answers
 * it replaced, e.g. `4 (moderated by panel-chair; evaluators: a.lee 3, b.kim 5)`. Any other
 * answer is returned as it is.
 */
export function moderatedText(
  r: Pick<CriterionJudgement, 'moderated' | 'evaluations' | 'unit'>,
  answer: string,
  c: Criterion | undefined,
): string {
  if (!r.moderated) return answer;
  const each = (r.evaluations ?? []).map((e) => {
    const value = c ? answerText(c, e.value) : formatAnswer(e.value, r.unit);
    // an unnamed file's answer named as `consensus` names it, not a bare value among named ones
    return `${e.evaluator ?? unnamedEvaluator} ${value}`;
  });
  const from = each.length
    ? `${each.length > 1 ? 'evaluators' : 'evaluator'}: ${each.join(', ')}`
    : 'no evaluator answered';
  return `${answer} (moderated by ${r.moderated.by}; ${from})`;
}

/**
 * An answer for reading: a choice or multi answer by its option labels, numbers with their unit,
 * a range with the value scored: `80–85 % (uniform; 82.5 used)`, `2–5, most likely 4
 * (triangular; 3.67 used)`.
 */
export function answerText(c: Criterion, value: AnswerValue | null, range?: AnswerRange): string {
  if (range && typeof value === 'number') {
    const unit = c.type === 'number' ? c.unit : undefined;
    const used = formatAnswer(value);
    return range.kind === 'uniform'
      ? `${formatAnswer(range.min)}–${formatAnswer(range.max, unit)} (uniform; ${used} used)`
      : `${formatAnswer(range.low)}–${formatAnswer(range.high, unit)}, most likely ${formatAnswer(range.mode)} (triangular; ${used} used)`;
  }
  if (c.type === 'choice' || c.type === 'multi') {
    const label = (v: OptionValue): string => {
      const option = c.options.find((o) => o.value === v);
      return option?.label ?? formatAnswer(v);
    };
    if (Array.isArray(value)) return value.length ? value.map(label).join('; ') : 'none';
    if (value !== null && value !== undefined) return label(value);
  }
  // a cost criterion's value is the contract cost the engine computed, in the demand's currency
  if (c.type === 'cost' && typeof value === 'number') return `${formatMoney(value)} contract`;
  return formatAnswer(value, c.type === 'number' ? c.unit : undefined);
}

/** One-line verdict: rank, score and eligibility. */
export function explainHeadline(
  ranking: Ranking,
  vendor: VendorResult,
  eligibleCount: number,
): string {
  const place = placeText(vendor, eligibleCount);
  return `${vendor.name} (${vendor.id}): ${formatScore(vendor.score)} / 100, ${place} · ${ranking.criteriaSet.name} (${setLabel(ranking.criteriaSet)}), method ${ranking.method}`;
}
