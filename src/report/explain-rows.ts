import type { Ranking, VendorResult } from '../core/model/ranking.js';
import type { AnswerValue, CriteriaSet, Criterion, OptionValue } from '../core/model/types.js';
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
}

/** The explanation of a vendor's score as rows, grouped by top-level node in tree order. */
export function explainRows(
  set: CriteriaSet,
  ranking: Ranking,
  vendor: VendorResult,
): ExplainRow[] {
  const byId = new Map<string, Criterion>(set.criteria.map((c) => [c.id, c]));
  const topName = new Map(ranking.topLevel.map((t) => [t.id, t.name]));
  const derivations = vendorDerivations(set, ranking, vendor.id);
  return vendor.criteria.map((r, i) => {
    const derivation = derivations[i];
    const c = byId.get(r.id);
    const ko = vendor.knockouts.find((k) => k.criterion === r.id);
    const top = r.path[0] ?? r.id;
    return {
      group: topName.get(top) ?? top,
      criterion: r.name,
      id: r.id,
      answer: c ? answerText(c, r.value) : formatAnswer(r.value, r.unit),
      utility: r.answered ? formatUtility(r.utility) : '—',
      weight: formatPercent(r.weight, 2),
      contribution: formatScore(r.contribution),
      evidence: [
        r.evidence ?? (c?.evidence === 'required' && r.answered ? 'MISSING (required)' : ''),
        r.note ? `note: ${r.note}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
      knockout: ko ? ko.rule : c?.must && r.answered ? 'must-have met' : '',
      knockedOut: ko !== undefined,
      answered: r.answered,
      derivation: derivation ? derivationBasis(derivation, r.unit) : '',
    };
  });
}

/** An answer for reading: a choice or multi answer by its option labels, numbers with their unit. */
export function answerText(c: Criterion, value: AnswerValue | null): string {
  if (c.type === 'choice' || c.type === 'multi') {
    const label = (v: OptionValue): string => {
      const option = c.options.find((o) => o.value === v);
      return option?.label ?? formatAnswer(v);
    };
    if (Array.isArray(value)) return value.length ? value.map(label).join('; ') : 'none';
    if (value !== null && value !== undefined) return label(value);
  }
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
