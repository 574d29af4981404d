/**
 * Whether an answer cites a source: its `evidence` is written and not blank. One definition for
 * the vendor-file rule (`evidence-required`) and the policy (`requireEvidence`), so a file that
 * `validate` passes never fails the policy on the same answer, or the other way round.
 */
export function citesEvidence(evidence: string | undefined): boolean {
  return evidence !== undefined && evidence.trim() !== '';
}
