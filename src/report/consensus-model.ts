import type { ConsensusAnalysis } from '../core/analysis/consensus.js';
import type { CriterionAgreement, Disagreement } from '../core/model/consensus.js';
import type { IndependenceResult } from '../core/model/independence.js';
import type { AnswerValue, CriteriaSet } from '../core/model/types.js';
import { formatAnswer, plural } from './numbers.js';

/** What `consensus` renders. */
export interface ConsensusModel {
  set: Pick<CriteriaSet, 'id' | 'name' | 'version'>;
  analysis: ConsensusAnalysis;
  /** How many vendors were read. */
  vendorCount: number;
  /** Vendor id → display name. */
  names: ReadonlyMap<string, string>;
  /** Criterion id → name. */
  criterionNames: ReadonlyMap<string, string>;
  /** Criterion id → unit, for numbers. */
  units: ReadonlyMap<string, string | undefined>;
  /** How many of the lowest-α criteria and widest disagreements the text formats show. */
  top: number;
  /** `--independence`: each evaluator file judged from the git history; undefined when not asked. */
  independence?: IndependenceResult | undefined;
}

/** Krippendorff's (2004) thresholds: rely on α ≥ 0.800, draw tentative conclusions from 0.667. */
export const reliableAlpha = 0.8;
export const tentativeAlpha = 0.667;

/** True when no vendor has two evaluators: nothing to compare. */
export function singleEvaluator(m: ConsensusModel): boolean {
  return m.analysis.largestPanel < 2;
}

/** The sentence that replaces the report when every vendor has one evaluator (no full stop). */
export function singleEvaluatorSentence(m: ConsensusModel): string {
  const who = m.analysis.result.evaluators;
  const by = who.length === 1 ? ` (${who[0] ?? ''})` : '';
  return `Each vendor was scored by one evaluator${by}, so there is no agreement to measure: for a second opinion, each evaluator writes their own file per vendor, with the same \`vendor:\` and their own \`evaluator:\``;
}

/** The criteria by α, lowest first; those without an α (null) last; ties by id. */
export function criteriaByAlpha(m: ConsensusModel): CriterionAgreement[] {
  const answered = answeredCriteria(m);
  return m.analysis.result.criteria
    .filter((c) => answered.has(c.id))
    .sort((a, b) => {
      if (a.alpha === null || b.alpha === null) {
        if (a.alpha !== b.alpha) return a.alpha === null ? 1 : -1;
      } else if (a.alpha !== b.alpha) return a.alpha - b.alpha;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
}

/** The ids of the criteria some evaluator answered for some vendor. */
function answeredCriteria(m: ConsensusModel): Set<string> {
  return new Set(m.analysis.entries.map((e) => e.criterion));
}

/** `3 evaluators scored 4 vendors on 77 criteria; agreement is lowest on …`. */
export function consensusHeadline(m: ConsensusModel): string {
  const r = m.analysis.result;
  const count = answeredCriteria(m).size;
  const head = `${plural(r.evaluators.length, 'evaluator')} scored ${plural(m.vendorCount, 'vendor')} on ${plural(count, 'criterion', 'criteria')}`;
  const lowest = criteriaByAlpha(m)[0];
  if (!lowest || lowest.alpha === null)
    return `${head}; no criterion has two evaluators' differing answers to measure agreement on`;
  return `${head}; agreement is lowest on ${m.criterionNames.get(lowest.id) ?? lowest.id} (${lowest.level} α ${formatAlpha(lowest.alpha)})`;
}

/** α for reading: three decimals, as Krippendorff reports it; `—` when there is none. */
export function formatAlpha(alpha: number | null): string {
  if (alpha === null) return '—';
  const text = alpha.toFixed(3);
  // a hair below zero is shown as zero, not as a negative zero
  return text === '-0.000' ? '0.000' : text;
}

/** Why a criterion has no α, in a few words. */
export function noAlphaReason(c: CriterionAgreement): string {
  return c.pairable === 0 ? 'no vendor has two answers' : 'every answer the same';
}

/**
 * What an α means for the reader, by Krippendorff's thresholds, read on the α as shown (three
 * decimals): α = 2/3 is shown 0.667, and must not read "unreliable" beside a note that says
 * tentative conclusions start at 0.667.
 */
export function alphaVerdict(alpha: number | null): string {
  if (alpha === null) return '';
  const shown = Number(formatAlpha(alpha));
  if (shown >= reliableAlpha) return 'reliable';
  if (shown >= tentativeAlpha) return 'tentative';
  return 'unreliable';
}

/**
 * Each evaluator's answer as written, for a cell: `a.lee 4, b.kim 5`. A multi's options are
 * joined by ` + ` (`c.diaz copc + iso-18295-1`): with commas, an option would read as one more
 * evaluator.
 */
export function answersText(m: ConsensusModel, d: Disagreement): string {
  const unit = m.units.get(d.criterion);
  const text = (value: AnswerValue): string =>
    Array.isArray(value) && value.length > 1
      ? value.map((v) => formatAnswer(v)).join(' + ')
      : formatAnswer(value, unit);
  return Object.entries(d.values)
    .map(([who, value]) => `${who} ${text(value as AnswerValue)}`)
    .join(', ');
}

/** The widest disagreements the text formats show (`top` of them). */
export function shownDisagreements(m: ConsensusModel): Disagreement[] {
  return m.analysis.result.disagreements.slice(0, m.top);
}

/** The sentences under the text formats: what α means and what was left out. */
export function consensusNotes(m: ConsensusModel): string[] {
  const notes = [
    `α is Krippendorff's alpha over vendors × evaluators: 1 is perfect agreement, 0 no better than chance; rely on α ≥ ${reliableAlpha.toFixed(3)}, draw tentative conclusions from ${tentativeAlpha.toFixed(3)}; pairable: the answers α is computed from (those of vendors that two evaluators or more answered)`,
    `range and combined are utilities (0–1); combined is the evaluators' ${m.analysis.result.combine}${m.analysis.result.combine === 'min' ? 'imum' : ''}, or the moderated value's`,
  ];
  const criteria = criteriaByAlpha(m).length;
  const disagreements = m.analysis.result.disagreements.length;
  const cut = [
    ...(criteria > m.top ? [`the ${m.top} lowest-agreement of ${criteria} criteria`] : []),
    ...(disagreements > m.top ? [`the ${m.top} widest of ${disagreements} disagreements`] : []),
  ];
  if (cut.length) notes.push(`showing ${cut.join(' and ')}: --top <n> for more`);
  return notes;
}
