import type { PolicyOutcome } from '../model/check.js';
import type { VendorResult } from '../model/ranking.js';
import { idList } from './subject.js';
import type { PolicyInput, PolicyRule } from './types.js';

const id = { key: 'maxMissing', rule: 'policy/max-missing' } as const;

/**
 * `maxMissing`: every vendor leaves at most this many criteria unanswered; one outcome per vendor.
 * A failure points at the first unanswered criterion a vendor file writes (`~`), else at the
 * `answers` of the vendor's first file.
 */
export const maxMissingRule: PolicyRule = { ...id, evaluate };

function evaluate(input: PolicyInput): PolicyOutcome[] {
  const limit = input.policy.maxMissing;
  if (limit === undefined) return [];
  return input.ranking.vendors.map((v) => judge(input, v, limit));
}

function judge(input: PolicyInput, vendor: VendorResult, limit: number): PolicyOutcome {
  const missing = vendor.missing;
  const allowed = `the policy allows at most ${limit}`;
  const count = missing.length;
  const message =
    count === 0
      ? `${vendor.id} answers every criterion`
      : `${vendor.id} leaves ${count} criteri${count === 1 ? 'on' : 'a'} unanswered (${idList(missing)}); ${allowed}`;
  const base = { ...id, vendor: vendor.id, message };
  if (count <= limit) return { ...base, status: 'passed' };
  const { file, first } = firstWritten(input, vendor, missing);
  return {
    ...base,
    status: 'failed',
    issue: {
      severity: 'error',
      rule: 'policy/max-missing',
      message,
      hint: `answer ${count === 1 ? 'it' : 'them'}: "vendor-eval score ${file ?? vendor.id}" asks the open questions`,
      file,
      path: ['answers', first],
      atKey: true,
    },
  };
}

/**
 * Where a maxMissing failure goes: the first unanswered criterion a vendor file writes (`~`), in
 * the file that writes it; else the first unanswered one, at the `answers` of the vendor's
 * first file (the key path then leads to `answers`).
 */
function firstWritten(
  input: PolicyInput,
  vendor: VendorResult,
  missing: readonly string[],
): { file: string | undefined; first: string } {
  const loaded = input.vendors.find((v) => v.id === vendor.id);
  const files = loaded?.files ?? vendor.files;
  for (const id of missing) {
    const kept = loaded?.answers.get(id)?.[0];
    if (kept) return { file: kept.origin.file, first: id };
    const file = files.find((f) => input.writes?.(f, ['answers', id]));
    if (file) return { file, first: id };
  }
  return { file: loaded?.origin.file ?? vendor.files[0], first: missing[0] ?? '' };
}
