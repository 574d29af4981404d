import { failed, ok, type Issue, type Result } from '../core/issues.js';
import type { PolicyOutcome } from '../core/model/check.js';
import type { Ranking } from '../core/model/ranking.js';
import { consistencyFigures, evaluatePolicy, policyReferenceIssues } from '../core/policy/index.js';
import { placeIssues } from './locate.js';
import type { LoadedProject } from './project.js';
import { valueAt } from './shape-issues.js';

/** The policy judged: every outcome, and every problem they found, placed at line:column. */
export interface JudgedPolicy {
  outcomes: PolicyOutcome[];
  /** The failures (and the warnings of rules not evaluated), in outcome order. */
  issues: Issue[];
}

/**
 * Judges the project file's policy on a ranked project. A policy that names a vendor or a
 * criterion the project lacks is a failed result (the policy is wrong, not the decision).
 */
export function judgePolicy(project: LoadedProject, ranking: Ranking): Result<JudgedPolicy> {
  const config = project.config;
  const policy = config?.input?.policy;
  if (!config || !policy) return ok({ outcomes: [], issues: [] });
  const sources = new Map(project.sources);
  if (config.source) sources.set(config.source.file, config.source);
  const configFile = config.source?.file ?? config.path;
  const vendorIds = ranking.vendors.map((v) => v.id);
  const wrong = policyReferenceIssues(policy, project.set, vendorIds, configFile);
  if (wrong.length > 0) return failed(placeIssues(wrong, sources));
  const outcomes = evaluatePolicy({
    policy,
    ranking,
    set: project.set,
    vendors: project.vendors,
    consistency: consistencyFigures(project.set),
    configFile,
    // a key written with no value (`~`) reads as null; a key not written, as undefined
    writes: (file, path) => valueAt(sources.get(file)?.data, path) !== undefined,
  }).map((o) => ({
    ...o,
    issue: o.issue && placeIssues([o.issue], sources)[0],
    furtherIssues: o.furtherIssues && placeIssues(o.furtherIssues, sources),
  }));
  const issues = outcomes.flatMap((o) => [
    ...(o.issue ? [o.issue] : []),
    ...(o.furtherIssues ?? []),
  ]);
  return ok({ outcomes, issues });
}
