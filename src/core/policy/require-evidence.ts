import type { Issue } from '../issues.js';
import type { PolicyOutcome } from '../model/check.js';
import { citesEvidence } from '../model/evidence.js';
import type { CriteriaSet, Vendor } from '../model/types.js';
import { idList } from './subject.js';
import type { PolicyInput, PolicyRule } from './types.js';

const id = { key: 'requireEvidence', rule: 'policy/require-evidence' } as const;

/**
 * `requireEvidence`: every answer to a criterion with `evidence: required` cites a source (as
 * the vendor-file rule `evidence-required` means it). A list of criterion ids (an extension of
 * the SPEC) adds those criteria. One outcome per vendor; each answer without a source is an
 * issue at that answer.
 */
export const requireEvidenceRule: PolicyRule = { ...id, evaluate };

function evaluate(input: PolicyInput): PolicyOutcome[] {
  const setting = input.policy.requireEvidence;
  if (setting === undefined || setting === false) return [];
  const needed = evidenceCriteria(input.set, setting === true ? [] : setting);
  const loaded = new Map(input.vendors.map((v) => [v.id, v]));
  return input.ranking.vendors.flatMap((v) => {
    const vendor = loaded.get(v.id);
    return vendor ? [judge(vendor, needed)] : [];
  });
}

/** The criteria whose answers must cite a source: `evidence: required`, plus the listed ids. */
export function evidenceCriteria(set: CriteriaSet, listed: readonly string[]): Set<string> {
  return new Set(
    set.criteria.filter((c) => c.evidence === 'required' || listed.includes(c.id)).map((c) => c.id),
  );
}

function judge(vendor: Vendor, needed: ReadonlySet<string>): PolicyOutcome {
  const issues: Issue[] = [];
  const uncited = new Set<string>();
  for (const criterion of needed) {
    for (const answer of vendor.answers.get(criterion) ?? []) {
      if (answer.value === null || citesEvidence(answer.evidence)) continue;
      uncited.add(criterion);
      // the evaluator matters only when several answered: it says which file to fix
      const who =
        answer.evaluator && vendor.evaluators.length > 1 ? ` (evaluator ${answer.evaluator})` : '';
      issues.push({
        severity: 'error',
        rule: 'policy/require-evidence',
        message: `the answer of ${vendor.id} to "${criterion}"${who} cites no evidence; the policy requires it`,
        hint: `write it as { value: ${JSON.stringify(answer.value)}, evidence: "document, date" }`,
        file: answer.origin.file,
        // where `evidence-required` puts the same answer: the answer as written
        path: answer.origin.path.slice(0, 2),
      });
    }
  }
  const base = { ...id, vendor: vendor.id };
  if (issues.length === 0) {
    return {
      ...base,
      status: 'passed',
      message: `every answer of ${vendor.id} that needs evidence cites it`,
    };
  }
  const ids = [...uncited];
  const message = `${vendor.id} cites no evidence for ${ids.length} criteri${ids.length === 1 ? 'on' : 'a'} (${idList(ids)}); the policy requires it`;
  const [issue, ...furtherIssues] = issues;
  return { ...base, status: 'failed', message, issue, furtherIssues };
}
