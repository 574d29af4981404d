import { InputError, UsageError, type Issue } from '../../core/issues.js';
import type { MissingPolicy, Ranking } from '../../core/model/ranking.js';
import { rankVendors } from '../../core/scoring/rank.js';
import { placeIssues } from '../../io/locate.js';
import { loadProject, type LoadedProject } from '../../io/project.js';
import type { CliContext } from '../context.js';
import { unwrap } from '../unwrap.js';
import { checkWeightOverrides, chooseMethod } from './shared.js';

/** The scoring options `rank`, `explain` and `compare` share, as commander parses them. */
export type ScoringOptions = Omit<ScoreRequest, 'example'>;

/** What `rank`, `explain` and `compare` share: which set, which vendors, how to score them. */
export interface ScoreRequest {
  paths: string[];
  criteria?: string | undefined;
  method?: string | undefined;
  weights?: Map<string, number> | undefined;
  missing: MissingPolicy;
  /** A command line for the "name some vendors" message. */
  example: string;
}

/**
 * Loads the project and ranks its vendors, applying every usage rule both `rank` and `explain`
 * must apply the same way: the method, `--weights`, cost criteria, `--missing fail`.
 */
export function scoreProject(
  request: ScoreRequest,
  ctx: CliContext,
): { project: LoadedProject; ranking: Ranking } {
  const project = unwrap(
    loadProject({
      cwd: ctx.cwd,
      criteria: request.criteria,
      paths: request.paths,
      example: request.example,
    }),
  );
  const method = chooseMethod(project.set, request.method ?? project.config?.input?.method);
  checkWeightOverrides(project.set, request.weights);
  const cost = project.set.criteria.filter((c) => c.type === 'cost');
  if (cost.length) {
    throw new UsageError(
      `criteria set "${project.set.id}" has cost criteria (${cost.map((c) => c.id).join(', ')}), which this version cannot compute yet`,
      'remove the cost criteria, or use a set without them',
    );
  }
  let ranking: Ranking;
  try {
    ranking = rankVendors(project.set, project.vendors, {
      method,
      missing: request.missing,
      weightOverrides: request.weights,
    });
  } catch (error) {
    // data-driven weighting (entropy, CRITIC) reports problems with key paths only
    if (error instanceof InputError)
      throw new InputError(placeIssues(error.issues, project.sources));
    throw error;
  }
  if (request.missing === 'fail') failOnMissing(ranking, project);
  return { project, ranking };
}

/** `--missing fail`: every unanswered criterion is an error at its vendor file. */
function failOnMissing(ranking: Ranking, project: LoadedProject): void {
  const issues: Issue[] = ranking.vendors.flatMap((v) =>
    v.missing.map((id) => ({
      severity: 'error' as const,
      rule: 'missing-answer',
      message: `vendor "${v.id}" has no answer to "${id}"`,
      hint: 'answer it, or use --missing zero or --missing exclude',
      file: v.files[0],
      // at the answer's key when the file has one (e.g. `sla-fcr: ~`), else at `answers:`
      path: ['answers', id],
      atKey: true,
    })),
  );
  if (issues.length) throw new InputError(placeIssues(issues, project.sources));
}
