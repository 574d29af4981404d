import { hasErrors, ok, type Issue } from '../../core/issues.js';
import type { DecisionChange } from '../../core/model/check.js';
import type { Policy } from '../../core/model/config-schema.js';
import type { Ranking } from '../../core/model/ranking.js';
import { checkFiles, projectFiles } from '../../io/check-files.js';
import { policyRules } from '../../core/policy/index.js';
import { configFileName, findConfigFile, type ProjectConfig } from '../../io/config.js';
import { displayPath } from '../../io/display-path.js';
import { snapshotAt } from '../../io/git-snapshot.js';
import { judgePolicy } from '../../io/judge-policy.js';
import { resolveInputs } from '../../io/resolve-inputs.js';
import { cachedReads, runSourceCache } from '../../io/source-cache.js';
import { findYamlFiles } from '../../io/walk.js';
import type { CheckModel } from '../../report/models.js';
import type { checkFormats } from '../../ui/formats/check.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { UsageError } from '../errors.js';
import { removeOnInterrupt } from '../interrupt.js';
import { refuseOverwritingInputs } from '../output.js';
import { unwrap } from '../unwrap.js';
import { changeSince, type ChangeRequest } from './check-base.js';
import { evaluateProject } from './evaluate-project.js';
import { issueReport } from './issue-report.js';
import { warningLines } from './shared.js';

/** `check` takes no vendor paths: only the project file can name them. */
function checkHint(issue: Issue): Issue {
  if (issue.rule !== 'no-vendors-given') return issue;
  return {
    ...issue,
    message: `${configFileName} names no vendors`,
    hint: 'set `vendors:` in it: a folder of vendor files, or a list of files',
  };
}

/** Options of `check`. */
export interface CheckOptions {
  format: (typeof checkFormats)[number]['id'];
  /** Its format list, passed by the command (which takes the ids from it for `--format`). */
  formats: typeof checkFormats;
  output?: string | undefined;
  /** A git ref: also report what the change since it did to the decision. */
  base?: string | undefined;
}

/**
 * `check`: the CI gate. Validates every file of the project as `validate` does, and when none
 * has an error ranks the project as `rank` does and judges every rule of its policy. Exit 1 on
 * any error or failed rule; a project file that is missing, broken or names what does not
 * exist, or a policy naming an unknown vendor or criterion, is exit 2.
 */
export async function runCheck(
  options: CheckOptions,
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  const configPath = findConfigFile(ctx.cwd);
  if (!configPath) {
    throw new UsageError(
      'no-project-file',
      `no ${configFileName} in this folder or above it: check judges a project`,
      'run "vendor-eval init" to create one, or run check inside the project folder',
    );
  }
  const cache = runSourceCache(ctx.cacheDir);
  // not YAML, an unknown key, a set or a vendor folder that does not exist: exit 2, positioned
  const inputs = resolveInputs({ cwd: ctx.cwd, vendors: 'required', command: 'check', cache });
  const { config } = unwrap({ ...inputs, issues: inputs.issues.map(checkHint) });
  const paths = unwrap(projectFiles(config, config));
  const found = findYamlFiles(paths, ctx.cwd);
  refuseOverwritingInputs(options.output, [...found.files.map((f) => f.path), configPath], ctx.cwd);
  // every file is checked, none skipped: a decision is never judged on part of the field
  const checked = checkFiles({ cwd: ctx.cwd, files: found.files, config, cache });
  // every file is read by now: what this run parsed is kept for the next one (and the ranking)
  cache.parseCache?.flush();
  const fileIssues = [...found.issues, ...checked.issues];
  const base = {
    files: found.files.map((f) => f.display),
    configFile: displayPath(configPath, ctx.cwd),
  };
  let model: CheckModel;
  if (hasErrors(fileIssues)) {
    // a ref that does not exist is still a usage error (exit 2), whatever the files hold
    if (options.base !== undefined) await baseChange(options.base, ctx.cwd, undefined);
    model = { ...base, issues: fileIssues, policy: [], policyRules: rulesSet(config) };
  } else {
    const { project, ranking } = evaluateProject(ctx.cwd, ctx.cacheDir, undefined, cache);
    const judged = unwrap(judgePolicy(project, ranking));
    model = {
      ...base,
      issues: [...fileIssues, ...judged.issues],
      ranking,
      policy: judged.outcomes,
      change:
        options.base === undefined
          ? undefined
          : await baseChange(options.base, ctx.cwd, ranking, config?.input?.policy, ctx.cacheDir, {
              lookedUp: cachedReads(cache).map((r) => ({ path: r.path, source: r.source })),
              required: paths,
            }),
    };
  }
  const report = await issueReport(options.formats, options.format, model, {
    ctx,
    global,
    output: options.output,
  });
  return {
    ...report,
    notes: [...warningLines(checked.notes, ctx, global), ...(report.notes ?? [])],
    exitCode: hasErrors(model.issues) ? 1 : 0,
  };
}

/** The rule ids the project file's policy sets, in the SPEC's order. */
function rulesSet(config: ProjectConfig | undefined): string[] {
  const policy = config?.input?.policy;
  return policy ? policyRules.filter((r) => policy[r.key] !== undefined).map((r) => r.rule) : [];
}

/**
 * `--base`: what the working tree changed since `ref`, the project at the ref evaluated as
 * `check` evaluates the working tree. Without a ranking of the working tree (its files have
 * errors) the ref is only checked: git missing, no repository or an unknown ref is exit 2.
 */
function baseChange(
  ref: string,
  cwd: string,
  after: Ranking,
  policy: Policy | undefined,
  cacheDir: string | undefined,
  workingTree: ChangeRequest['workingTree'],
): Promise<DecisionChange>;
function baseChange(ref: string, cwd: string, after: undefined): Promise<undefined>;
async function baseChange(
  ref: string,
  cwd: string,
  after: Ranking | undefined,
  policy?: Policy,
  cacheDir?: string,
  workingTree?: ChangeRequest['workingTree'],
): Promise<DecisionChange | undefined> {
  if (after === undefined) {
    unwrap(await snapshotAt({ cwd, ref, guard: removeOnInterrupt })).cleanup();
    return undefined;
  }
  // the snapshot's files are read through the working tree's parse cache, without writing it
  const evaluate = (at: string) => {
    const { project, ranking } = evaluateProject(at, cacheDir, { from: at, to: cwd });
    return ok({ ranking, policy: project.config?.input?.policy });
  };
  return unwrap(
    await changeSince({
      base: ref,
      cwd,
      after,
      evaluate,
      guard: removeOnInterrupt,
      policy,
      workingTree,
    }),
  );
}
