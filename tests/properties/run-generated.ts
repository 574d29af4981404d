// Writes a generated problem (tests/properties/arbitraries.ts) to files and ranks it with the real
// CLI in process (tests/cli/run-cli.ts): YAML loaders, schema checks, scoring, the method and the
// JSON writer, as a user's run.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { writeFiles } from '../helpers/git.js';
import {
  setDoc,
  vendorDoc,
  yamlText,
  type MethodId,
  type ProblemSpec,
  type VendorSpec,
} from './arbitraries.js';

/** One vendor of `rank --format json` (SPEC), the fields the properties read. */
export interface RankedVendor {
  rank: number | null;
  id: string;
  score: number;
  eligible: boolean;
  dominatedBy: string[];
}

/** What a generated run gave: the exit code, stderr, and the parsed JSON on success. */
export interface GeneratedRun {
  code: number;
  stderr: string;
  vendors?: RankedVendor[];
}

/** How to write and rank a problem. */
export interface RunSpec {
  method?: MethodId;
  missing: 'zero' | 'exclude' | 'fail';
  /** Multiplies every weight of the set (categories, criteria, ranges). */
  k?: number;
  /** file position → vendor index: vendor `order[i]` is written to the i-th file by name. */
  order?: number[];
  /** Extra vendors written after the problem's own. */
  extra?: VendorSpec[];
  style: 'block' | 'json';
}

let runs = 0;

/** Writes `p` into a new folder under `root` and runs `rank --format json` on it. */
export async function rankGenerated(
  root: string,
  p: ProblemSpec,
  spec: RunSpec,
): Promise<GeneratedRun> {
  const dir = join(root, `run-${++runs}`);
  mkdirSync(dir);
  const vendors = [...p.vendors, ...(spec.extra ?? [])];
  const order = spec.order ?? vendors.map((_, i) => i);
  const files: Record<string, string> = {
    'set.yaml': yamlText(setDoc(p.set, { k: spec.k }), spec.style),
  };
  order.forEach((from, i) => {
    const v = vendors[from] as VendorSpec;
    // file names sort by position; the vendor id is in the file
    files[`vendors/f-${String(i).padStart(3, '0')}.yaml`] = yamlText(vendorDoc(v), spec.style);
  });
  writeFiles(dir, files);
  const args = ['rank', '-c', 'set.yaml', 'vendors', '--format', 'json', '--missing', spec.missing];
  if (spec.method) args.push('-m', spec.method);
  const r = await runCli(args, { cwd: dir });
  // removed at once: hundreds of run folders would outlast the after-all hook's time to delete
  rmSync(dir, { recursive: true, force: true });
  const out: GeneratedRun = { code: r.code, stderr: r.stderr };
  if (r.code === 0) out.vendors = (JSON.parse(r.stdout) as { vendors: RankedVendor[] }).vendors;
  return out;
}

/** A positioned issue line: `file:line:column severity message (rule)` (SPEC, errors). */
const positioned = /^\S[^\n]*:\d+:\d+ (error|warning) .+ \([a-z0-9-]+\)( — .*)?$/;
/** A problem of the run as a whole (no file to point at), same shape without the position. */
const unpositioned = /^(error|warning) .+ \([a-z0-9-]+\)( — .*)?$/;

/**
 * The outcome every schema-valid input must have: exit 0, or exit 2 because a rule the schema
 * cannot express refused it, said in issue lines (no stack trace, no internal error). Returns
 * the rule ids of a refusal, for the caller to check they are legitimate.
 */
export function expectCleanOutcome(run: GeneratedRun): string[] {
  expect(run.stderr).not.toMatch(/internal|\n\s+at |TypeError|RangeError|ReferenceError/i);
  if (run.code === 0) return [];
  expect(run.code, run.stderr).toBe(2);
  const lines = run.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('info '));
  const errors = lines.filter((l) => /(^|\d )error /.test(l));
  expect(errors.length, run.stderr).toBeGreaterThan(0);
  for (const line of lines)
    expect(positioned.test(line) || unpositioned.test(line), `not an issue line: ${line}`).toBe(
      true,
    );
  return errors.map((l) => /\(([a-z0-9-]+)\)( — .*)?$/.exec(l)?.[1] ?? '?');
}
