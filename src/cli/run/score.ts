import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Issue } from '../../core/issues.js';
import { findMethod } from '../../core/methods/index.js';
import { isId, slugOf } from '../../core/model/ids.js';
import type { Answer, CriteriaSet } from '../../core/model/types.js';
import { rankVendors } from '../../core/scoring/rank.js';
import { didYouMean } from '../../core/suggest.js';
import { loadCriteriaResult } from '../../io/criteria-loader.js';
import { criteriaScope } from '../../io/criteria-scope.js';
import { displayPath } from '../../io/display-path.js';
import { resolveInputs } from '../../io/resolve-inputs.js';
import { createSourceCache, runSourceCache } from '../../io/source-cache.js';
import { idFromFileName, loadVendors } from '../../io/vendor-loader.js';
import { checkValue } from '../../io/vendor-rules.js';
import { newVendorText, readText, saveIfUnchanged, withAnswer } from '../../io/vendor-writer.js';
import { formatIssueLine } from '../../report/issue-format.js';
import { plain } from '../../report/theme.js';
import type { Prompter } from '../../ui/prompter.js';
import { runScoreFlow, type ScoreFlowResult } from '../../ui/score-flow.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { InputError, UsageError } from '../errors.js';
import { unwrap } from '../unwrap.js';

/** Options of `score`. */
export interface ScoreOptions {
  file: string;
  criteria?: string | undefined;
  evaluator?: string | undefined;
  review?: boolean | undefined;
  only?: string | undefined;
}

/**
 * `score <vendor-file>`: the questionnaire. Creates the file or resumes it, asks each criterion
 * on stderr, saves after every answer, and prints the vendor's score alone on stdout at the end.
 * `prompter` is the terminal's unless a test passes its own.
 */
export async function runScore(
  options: ScoreOptions,
  ctx: CliContext,
  global: GlobalOptions,
  prompter?: Prompter,
): Promise<CommandResult> {
  if (!prompter && !(ctx.stdinIsTTY && ctx.stderrIsTTY)) {
    throw new UsageError(
      'not-a-terminal',
      'score asks its questions in a terminal, and stdin or stderr is not one',
      'write the answers in the vendor file instead ("vendor-eval template" prints one to fill in), then run "vendor-eval validate"',
    );
  }
  const path = resolve(ctx.cwd, options.file);
  const display = displayPath(path, ctx.cwd);
  const cache = runSourceCache(ctx.cacheDir);
  const inputs = unwrap(
    resolveInputs({
      cwd: ctx.cwd,
      criteria: options.criteria,
      vendors: 'none',
      command: 'score',
      cache,
    }),
  );
  const loaded = loadCriteriaResult(inputs.criteria.file, ctx.cwd, ctx.cwd, cache);
  const { set } = unwrap(loaded);
  if (options.only !== undefined) checkOnly(options.only, set);
  // a file that is broken before anything is asked is reported as `validate` would, never saved
  const existing = existsSync(path);
  let own = new Map<string, Answer>();
  if (existing) {
    const scope = criteriaScope({ cwd: ctx.cwd, command: 'score', config: inputs.config, cache });
    const vendors = loadVendors([{ path, display, explicit: true }], set, cache, scope);
    const errors = vendors.issues.filter((i) => i.severity === 'error');
    if (errors.length > 0) throw new InputError(errors);
    own = new Map(vendors.files[0]?.answers ?? []);
    // independent scoring: nobody fills in (and so sees) another evaluator's answers by mistake
    const owner = vendors.files[0]?.input.evaluator;
    if (options.evaluator !== undefined && owner !== undefined && owner !== options.evaluator) {
      throw new UsageError(
        'other-evaluator',
        `${display} holds the answers of ${owner}, not ${options.evaluator}`,
        `score your own file of this vendor, e.g. ${ownFile(display, options.evaluator)}`,
      );
    }
  }
  // read before anything is asked: what this run parsed is kept for the next one. The answers
  // saved below change the file's text, so its entry is simply not used again (keyed by text)
  cache.parseCache?.flush();
  const ask = prompter ?? (await terminalPrompter());
  if (!global.quiet) for (const note of inputs.notes) ask.say(issueLine(note));
  let lastText = existing ? readText(path) : undefined;
  try {
    if (!existing) lastText = await createFile(path, display, options, ctx, ask);
    ask.say(`${existing ? 'resuming' : 'filling in'} ${display} with criteria set ${set.id}`);
    const flow = await runScoreFlow({
      set,
      own,
      review: options.review ?? false,
      only: options.only,
      prompter: ask,
      check: (criterion, value) => {
        const problem = checkValue(criterion, value, [], display)[0];
        return problem
          ? `${problem.message}${problem.hint ? ` — ${problem.hint}` : ''}`
          : undefined;
      },
      save: (id, answer) => {
        const next = withAnswer(lastText ?? '', id, answer);
        lastText = unwrap(saveIfUnchanged(path, display, lastText, next));
        // a valid figure that is likely a unit slip (0.33 minutes for 20 seconds): said at once
        for (const warning of implausible(path, display, set, id)) ask.say(warning);
      },
    });
    return { stdout: summary(set, path, display, flow) };
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') {
      // before the new file was written there is nothing to resume
      ctx.stderr.write(
        lastText === undefined
          ? `\ninterrupted: ${display} was not created\n`
          : `\ninterrupted: every confirmed answer is saved in ${display}; run "vendor-eval score ${display}" to go on\n`,
      );
      return { exitCode: 130 };
    }
    throw error;
  }
}

async function terminalPrompter(): Promise<Prompter> {
  const { inquirerPrompter } = await import('../../ui/inquirer-prompter.js');
  return inquirerPrompter({ input: process.stdin, output: process.stderr });
}

function issueLine(issue: Issue): string {
  return formatIssueLine(issue, plain);
}

/** The plausibility warnings `validate` gives for this answer, as lines for the terminal. */
function implausible(path: string, display: string, set: CriteriaSet, id: string): string[] {
  const loaded = loadVendors([{ path, display, explicit: true }], set, createSourceCache());
  return loaded.issues
    .filter((i) => i.rule === 'implausible-answer' && i.path?.[1] === id)
    .map(
      (i) => `! ${i.message}${i.hint ? ` — ${i.hint}` : ''} (saved: --only ${id} asks it again)`,
    );
}

/** `vendors/acme-care.yaml` → `vendors/acme-care.j-silva.yaml`: a file of the same vendor. */
function ownFile(display: string, evaluator: string): string {
  const slug = slugOf(evaluator.split('@')[0] ?? evaluator);
  return display.replace(/(\.ya?ml)$/i, `.${isId(slug) ? slug : 'mine'}$1`);
}

/** `--only` must name a category or a criterion of the set. */
function checkOnly(only: string, set: CriteriaSet): void {
  const ids = new Set<string>();
  for (const c of set.criteria) {
    ids.add(c.id);
    for (const p of c.path) ids.add(p);
  }
  if (ids.has(only)) return;
  throw new UsageError(
    'unknown-criterion',
    `--only ${only}: the set "${set.id}" has no category or criterion "${only}"`,
    didYouMean(only, ids) ?? `run "vendor-eval criteria show ${set.id}" to list them`,
  );
}

/**
 * A new vendor file: its id from the file name, the name asked, the evaluator from
 * `--evaluator`, else `git config user.email`, else asked. Written at once, so it is resumable.
 */
async function createFile(
  path: string,
  display: string,
  options: ScoreOptions,
  ctx: CliContext,
  prompter: Prompter,
): Promise<string> {
  const id = idFromFileName(path);
  if (!isId(id)) {
    throw new UsageError(
      'invalid-vendor-id',
      `the file name gives the vendor id "${id}", which is not kebab-case`,
      isId(slugOf(id)) ? `name the file ${slugOf(id)}.yaml` : 'name the file like acme-care.yaml',
    );
  }
  prompter.say(`${display} does not exist yet: creating it for vendor ${id}`);
  const name = (
    await prompter.input({
      message: "The vendor's display name",
      validate: (t) => t.trim() !== '' || 'type the name shown in rankings, e.g. Acme Care',
    })
  ).trim();
  const evaluator =
    options.evaluator ??
    gitEmail(ctx.cwd) ??
    (
      await prompter.input({
        message: 'Your name or e-mail (the evaluator of these answers)',
        validate: (t) => t.trim() !== '' || 'type who answers, e.g. r.okafor',
      })
    ).trim();
  return unwrap(saveIfUnchanged(path, display, undefined, newVendorText(id, name, evaluator)));
}

/** `git config user.email`, or undefined when git or the setting is absent. */
function gitEmail(cwd: string): string | undefined {
  const run = spawnSync('git', ['config', 'user.email'], { cwd, encoding: 'utf8' });
  const email = run.status === 0 ? run.stdout.trim() : '';
  return email === '' ? undefined : email;
}

/** The end of a run: this vendor's weighted-sum score alone, knock-outs, what is missing. */
function summary(set: CriteriaSet, path: string, display: string, flow: ScoreFlowResult): string {
  const lines = [
    `answered in this run: ${flow.answered.length}${flow.skipped.length ? `, skipped for now: ${flow.skipped.length}` : ''}`,
  ];
  const vendors = loadVendors([{ path, display, explicit: true }], set, createSourceCache());
  const method = findMethod('weighted-sum');
  const ranked =
    method && vendors.vendors.length === 1
      ? rankVendors(set, vendors.vendors, { method, missing: 'zero' })
      : undefined;
  const result = ranked?.ok ? ranked.value.vendors[0] : undefined;
  if (!result) {
    const why =
      ranked && !ranked.ok ? ranked.issues.find((i) => i.severity === 'error') : undefined;
    lines.push(`no score yet${why ? `: ${why.message}` : ''}`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `${result.name} scores ${result.score.toFixed(1)} of 100 on this file's answers alone (weighted sum, unanswered criteria count 0; "vendor-eval rank" compares vendors)`,
  );
  for (const k of result.knockouts) lines.push(`✗ ineligible: ${k.reason}`);
  lines.push(
    result.missing.length === 0
      ? 'nothing is missing'
      : `still missing (${result.missing.length}): ${result.missing.join(', ')}`,
  );
  return `${lines.join('\n')}\n`;
}
