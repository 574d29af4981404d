import { decisionChange } from '../../core/analysis/decision-change.js';
import { failed, ok, type Issue, type Result } from '../../core/issues.js';
import type { DecisionChange } from '../../core/model/check.js';
import type { Ranking } from '../../core/model/ranking.js';
import type { Policy } from '../../core/model/config-schema.js';
import { policyChanges } from '../../core/policy/policy-changes.js';
import { configFileName, findConfigFile } from '../../io/config.js';
import { committedFiles, writeSnapshot, type GitSnapshot } from '../../io/git-snapshot.js';
import { sameAsCommitted, type WorkingTreeInputs } from '../../io/same-as-committed.js';
import { sep } from 'node:path';
import { InputError } from '../errors.js';

/** What `check --base` compares: the ranking of the working tree against the project at a ref. */
export interface ChangeRequest {
  /** The ref as the user gave it (`main`, `origin/main`, `HEAD~1`). */
  base: string;
  /** The working directory; the project is found from its counterpart at the ref. */
  cwd: string;
  /** The ranking of the working tree, already made by `check`. */
  after: Ranking;
  /**
   * Evaluates the project found from a folder to its ranking, as `check` does for the working
   * tree, with the policy of the project file it read: a project with errors is a failed result
   * (an `InputError` thrown is read the same way).
   */
  evaluate: (cwd: string) => Result<Evaluated>;
  /** Where the snapshot's temporary folder goes; the system's temp folder unless told. */
  tmpDir?: string | undefined;
  /** The working tree's policy: the rules the change set, removed or changed are listed too. */
  policy?: Policy | undefined;
  /**
   * What the evaluation of the working tree (`after`'s) depended on: the files it looked up and
   * the paths it needed. When the ref's YAML files are these (sameAsCommitted), the ranking at
   * the ref is `after`: no snapshot is written, nor evaluated. Without it, the snapshot always is.
   */
  workingTree?: WorkingTreeInputs | undefined;
  /** Registers the temporary folder for removal if the run is interrupted (see snapshotAt). */
  guard?: ((folder: string) => () => void) | undefined;
}

/** What `evaluate` gives: the project's ranking and its project file's policy. */
export interface Evaluated {
  ranking: Ranking;
  policy: Policy | undefined;
}

/** An issue as `file:line:column message`, the snapshot's folder shown as the repository's. */
function issueText(issue: Issue, snapshot: GitSnapshot): string {
  const file = issue.file?.split(snapshot.root).join(snapshot.repository);
  const where = file ? `${file}${issue.line ? `:${issue.line}:${issue.column ?? 1}` : ''} ` : '';
  return `${where}${issue.message}`;
}

/**
 * Why the project cannot be evaluated at the ref, as one phrase, or its ranking there: no
 * project file at the ref, or the first of its errors (`the project at main does not evaluate:
 * vendors/a.yaml:4:3 …`). These are facts about the base, never errors of the change.
 */
function rankingAt(request: ChangeRequest, snapshot: GitSnapshot): Evaluated | string {
  const config = findConfigFile(snapshot.cwd);
  if (!config?.startsWith(snapshot.root + sep)) return `no ${configFileName} at ${request.base}`;
  let result: Result<Evaluated>;
  try {
    result = request.evaluate(snapshot.cwd);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    result = failed(error.issues);
  }
  if (result.ok) return result.value;
  const errors = result.issues.filter((i) => i.severity === 'error');
  const [first] = errors.length ? errors : result.issues;
  const more = errors.length - 1;
  const rest = more > 0 ? ` (and ${more} more error${more > 1 ? 's' : ''})` : '';
  const what = first ? `: ${issueText(first, snapshot)}${rest}` : '';
  return `the project at ${request.base} does not evaluate${what}`;
}

/**
 * What the working tree's change did to the decision since `base`: the project's YAML files at
 * the ref are written to a temporary folder (git alone, no checkout), evaluated there with
 * `evaluate`, compared with `after`, and the folder removed whatever happens. A project missing
 * or broken at the ref is the change's `baseProblem`, not a failure; git missing, no repository
 * or an unknown ref fail the result (`git-base`, exit 2 in the command). When the ref's files are
 * the ones the working tree's evaluation met (`workingTree`, see sameAsCommitted), nothing is
 * written or evaluated: the ranking at the ref is `after`.
 */
export async function changeSince(request: ChangeRequest): Promise<Result<DecisionChange>> {
  const { cwd, base: ref, tmpDir, guard, workingTree } = request;
  const files = await committedFiles({ cwd, ref });
  if (!files.ok) return failed(files.issues);
  // the same files, evaluated the same way, rank the same: the ref's project is the working tree's
  // (and so is its project file's policy)
  if (workingTree && sameAsCommitted(files.value, workingTree, cwd))
    return ok(decisionChange(request.after, request.after, request.base, files.value.short));
  const snapshot = writeSnapshot(files.value, { ref, tmpDir, guard });
  if (!snapshot.ok) return failed(snapshot.issues);
  try {
    const before = rankingAt(request, snapshot.value);
    const ranking = typeof before === 'string' ? before : before.ranking;
    const change = decisionChange(ranking, request.after, request.base, snapshot.value.short);
    if (typeof before === 'string') return ok(change);
    // the policy of the project file the evaluation read (it evaluated: the file is sound)
    const policies = policyChanges(before.policy, request.policy);
    return ok({ ...change, other: [...change.other, ...policies] });
  } finally {
    snapshot.value.cleanup();
  }
}
