import type { CriteriaSet, PairwiseCriterion } from '../../core/model/types.js';
import { didYouMean } from '../../core/suggest.js';
import { loadProject, readProjectConfig } from '../../io/project.js';
import { saveIfUnchanged } from '../../io/vendor-writer.js';
import { withComparisons } from '../../io/weighting-writer.js';
import type { Prompter } from '../../ui/prompter.js';
import { runWeighFlow, type FlowWording, type WeighElement } from '../../ui/weigh-flow.js';
import type { CliContext, CommandResult } from '../context.js';
import { UsageError } from '../errors.js';
import { unwrap } from '../unwrap.js';

/** What `weigh --criterion` works on: the set as loaded and the file's text as read. */
export interface WeighCriterionInput {
  /** The criterion id given to `--criterion`. */
  id: string;
  /** Vendor files or folders whose vendors join those the comparisons name. */
  vendors: readonly string[];
  set: CriteriaSet;
  /** The criteria file: absolute, and as shown. */
  path: string;
  display: string;
  text: string | undefined;
}

/**
 * `weigh <criteria-file> --criterion <id> [vendors…]`: the vendors of a pairwise criterion
 * compared pair by pair with the flow of `weigh`, their utilities shown (ideal or distributive,
 * as the criterion says), and the criterion's `comparisons` written back once confirmed.
 * Everything refusable is refused before the first question.
 */
export async function runWeighCriterion(
  input: WeighCriterionInput,
  ctx: CliContext,
  prompter: () => Promise<Prompter>,
): Promise<CommandResult> {
  const { set, display } = input;
  const criterion = findPairwise(set, input.id);
  if (criterion.origin.file !== display) {
    throw new UsageError(
      'read-only-criteria',
      `"${criterion.id}" is defined in ${criterion.origin.file}, not in ${display}`,
      `run "vendor-eval weigh ${criterion.origin.file} --criterion ${criterion.id}" to compare in its own file`,
    );
  }
  if (criterion.comparisonsFile !== undefined) {
    throw new UsageError(
      'read-only-criteria',
      `"${criterion.id}" reads its comparisons from ${criterion.comparisonsFile}: weigh --criterion writes only comparisons written in the criterion`,
      `edit ${criterion.comparisonsFile} by hand, or move its list into the criterion as \`comparisons:\` and run weigh again`,
    );
  }
  const elements = vendorsOf(criterion, input.vendors, ctx, display);
  if (elements.length < 2) {
    throw new UsageError(
      'not-pairwise',
      `"${criterion.id}" compares ${elements.length === 0 ? 'no vendors' : `only ${elements[0]?.id ?? ''}`}: there is nothing to compare`,
      `name vendor files or folders after the criteria file, e.g. "vendor-eval weigh ${display} --criterion ${criterion.id} vendors/"`,
    );
  }
  const ask = await prompter();
  const ideal = criterion.synthesis === 'ideal';
  const wording: FlowWording = {
    question: (a, b) => `On ${criterion.name}, how much better is ${a.name} than ${b.name}?`,
    more: 'better',
    equally: 'equally good',
    title: ideal
      ? 'utilities (ideal: each eigenvector entry ÷ the largest)'
      : 'utilities (distributive: the eigenvector entries)',
    values: (p) => {
      const top = Math.max(...p);
      return ideal ? p.map((v) => v / top) : [...p];
    },
  };
  try {
    ask.say(
      `comparing the ${elements.length} vendors on "${criterion.id}" in ${display}, pair by pair`,
    );
    const flow = await runWeighFlow({
      elements,
      existing: criterion.comparisons,
      riTable: criterion.riTable,
      prompter: ask,
      wording,
    });
    const save = await ask.select({
      message: `Write these comparisons into ${display}?`,
      choices: [
        { value: true, name: 'yes, write the comparisons' },
        { value: false, name: 'no, leave the file as it is' },
      ],
      default: true,
    });
    if (!save) return { notes: [`nothing was written to ${display}`] };
    const text = input.text ?? '';
    const next = withComparisons(text, criterion.origin.path, flow.comparisons);
    if (next === undefined) throw new Error(`cannot place the comparisons of "${criterion.id}"`);
    if (!saveIfUnchanged(input.path, display, input.text, next).ok) {
      throw new UsageError(
        'file-changed',
        `${display} was changed by someone else while you compared; nothing was written`,
        `run "vendor-eval weigh ${display} --criterion ${criterion.id}" again`,
      );
    }
    return {
      stdout: `wrote the comparisons of "${criterion.id}" to ${display} (CR ${flow.cr.toFixed(3)})\n`,
    };
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') {
      ctx.stderr.write(`\ninterrupted: nothing was written to ${display}\n`);
      return { exitCode: 130 };
    }
    throw error;
  }
}

/** The pairwise criterion `id`; anything else is a usage error saying what it is. */
function findPairwise(set: CriteriaSet, id: string): PairwiseCriterion {
  const found = set.criteria.find((c) => c.id === id);
  if (found?.type === 'pairwise') return found;
  const pairwise = set.criteria.filter((c) => c.type === 'pairwise').map((c) => c.id);
  const listed =
    pairwise.length > 0
      ? `pairwise criteria: ${pairwise.join(', ')}`
      : `the set "${set.root.id}" has no pairwise criterion`;
  if (found) {
    throw new UsageError(
      'not-pairwise',
      `--criterion ${id}: "${id}" is a ${found.type} criterion; weigh --criterion compares vendors on a \`type: pairwise\` criterion`,
      listed,
    );
  }
  throw new UsageError(
    'not-pairwise',
    `--criterion ${id}: the set "${set.root.id}" has no criterion "${id}"`,
    didYouMean(
      id,
      set.criteria.map((c) => c.id),
    ) ?? listed,
  );
}

/**
 * The vendors to compare: those the comparisons name, in order of first mention, then the
 * vendors of the files given (none given: the project file's `vendors`, if it names any). Names
 * come from the vendor files when they are loaded.
 */
function vendorsOf(
  criterion: PairwiseCriterion,
  paths: readonly string[],
  ctx: Pick<CliContext, 'cwd' | 'cacheDir'>,
  display: string,
): WeighElement[] {
  const { cwd } = ctx;
  const names = new Map<string, string>();
  const ids: string[] = [];
  for (const [a, b] of criterion.comparisons)
    for (const v of [a, b]) if (!ids.includes(v)) ids.push(v);
  const fromProject =
    paths.length === 0 && unwrap(readProjectConfig(cwd))?.input?.vendors !== undefined;
  if (paths.length > 0 || fromProject) {
    const project = unwrap(
      loadProject({
        cwd,
        criteria: display,
        paths,
        example: `vendor-eval weigh ${display} --criterion ${criterion.id} vendors/`,
        command: 'weigh',
        cacheDir: ctx.cacheDir,
      }),
    );
    for (const v of project.vendors) {
      names.set(v.id, v.name);
      if (!ids.includes(v.id)) ids.push(v.id);
    }
  }
  return ids.map((id) => ({ id, name: names.get(id) ?? id }));
}
