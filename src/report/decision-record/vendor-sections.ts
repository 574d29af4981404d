import { unnamedEvaluator } from '../../core/analysis/consensus.js';
import type { Ranking, VendorResult } from '../../core/model/ranking.js';
import type { CriteriaSet } from '../../core/model/types.js';
import { explainRows } from '../explain-rows.js';
import type { EvidenceCount, VendorSection } from './model.js';

/**
 * How well a vendor's answers are evidenced: cited, not cited where the set lets it pass, and
 * not cited where the set requires it. Unanswered criteria count in none (they are missing).
 */
export function evidenceCount(set: CriteriaSet, vendor: VendorResult): EvidenceCount {
  const required = new Set(set.criteria.filter((c) => c.evidence === 'required').map((c) => c.id));
  const count: EvidenceCount = { cited: 0, notCited: 0, requiredMissing: 0 };
  for (const r of vendor.criteria) {
    if (!r.answered) continue;
    if (r.evidence !== undefined && r.evidence.trim() !== '') count.cited += 1;
    else if (required.has(r.id)) count.requiredMissing += 1;
    else count.notCited += 1;
  }
  return count;
}

/** Every vendor's section, in ranking order: `explain`'s rows, the evidence count, who judged. */
export function vendorSections(set: CriteriaSet, ranking: Ranking): VendorSection[] {
  return ranking.vendors.map((vendor) => ({
    vendor,
    rows: explainRows(set, ranking, vendor),
    evidence: evidenceCount(set, vendor),
    evaluators: vendor.evaluators.length
      ? vendor.evaluators
      : vendor.panel > 0
        ? [unnamedEvaluator]
        : [],
    moderators: [
      ...new Set(vendor.criteria.flatMap((c) => (c.moderated ? [c.moderated.by] : []))),
    ].sort(),
  }));
}

/** What the vendors section says when `--no-answers` left the answer tables out. */
export const answerTablesLeftOut =
  "Answer tables left out (--no-answers): each vendor's facts are here; `vendor-eval explain <vendor>` shows every answer";
