import { resolve } from 'node:path';
import type { GroupNode, TreeNode } from '../../core/model/types.js';
import { didYouMean } from '../../core/suggest.js';
import { builtinSetFile } from '../../io/builtin.js';
import { loadCriteriaResult } from '../../io/criteria-loader.js';
import { runSourceCache } from '../../io/source-cache.js';
import { readText, saveIfUnchanged } from '../../io/vendor-writer.js';
import { withWeighting, type WeightingBlock } from '../../io/weighting-writer.js';
import type { Prompter } from '../../ui/prompter.js';
import { runRocFlow, runSwingFlow } from '../../ui/rank-weigh-flow.js';
import { runWeighFlow } from '../../ui/weigh-flow.js';
import type { CliContext, CommandResult } from '../context.js';
import { UsageError } from '../errors.js';
import { unwrap } from '../unwrap.js';

/** Options of `weigh`. */
export interface WeighOptions {
  file: string;
  node?: string | undefined;
  /** `ahp` (default): pairs; `roc`: a ranking; `swing`: points. */
  method?: string | undefined;
  /** A pairwise criterion whose vendors to compare, instead of a level's children. */
  criterion?: string | undefined;
  /** With `criterion`: vendor files or folders adding vendors to compare. */
  vendors?: readonly string[] | undefined;
}

const methods = ['ahp', 'roc', 'swing'];

/**
 * `weigh <criteria-file>`: pairwise comparisons of one level's children on Saaty's scale, the
 * live consistency ratio, a revision of the most inconsistent judgement while CR > 0.1, then the
 * `weighting` block written back into the file once the user confirms (never before: Ctrl-C
 * leaves the file as it was). `prompter` is the terminal's unless a test passes its own.
 */
export async function runWeigh(
  options: WeighOptions,
  ctx: CliContext,
  prompter?: Prompter,
): Promise<CommandResult> {
  // wrong options are said before the missing terminal: they are wrong in any terminal
  if (options.criterion !== undefined && (options.node !== undefined || options.method)) {
    throw new UsageError(
      'conflicting-options',
      `--criterion cannot be combined with ${options.node !== undefined ? '--node' : '--method'}: --criterion compares the vendors of a pairwise criterion, --node and --method weigh the children of a category`,
      'use one or the other',
    );
  }
  if (options.criterion === undefined && options.vendors?.length) {
    throw new UsageError(
      'conflicting-options',
      `vendor files (${options.vendors.join(', ')}) are only read with --criterion`,
      `run "vendor-eval weigh ${options.file} --criterion <pairwise criterion id> ${options.vendors.join(' ')}"`,
    );
  }
  if (!prompter && !(ctx.stdinIsTTY && ctx.stderrIsTTY)) {
    throw new UsageError(
      'not-a-terminal',
      'weigh asks its questions in a terminal, and stdin or stderr is not one',
      'write the `weighting` block in the criteria file instead (docs/file-formats.md, "Weighting"), then run "vendor-eval weights"',
    );
  }
  const method = options.method ?? 'ahp';
  if (!methods.includes(method)) {
    throw new UsageError(
      'unknown-method-name',
      `--method ${method}: weigh asks by ahp, roc or swing`,
      didYouMean(method, methods) ?? 'use --method ahp (pairs), roc (a ranking) or swing (points)',
    );
  }
  const path = resolve(ctx.cwd, options.file);
  const text = readText(path);
  if (text === undefined && builtinSetFile(options.file)) {
    throw new UsageError(
      'read-only-criteria',
      `"${options.file}" is a built-in criteria set, not a file of yours: weigh writes into the file it is given`,
      `copy it with "vendor-eval criteria show ${options.file} --format yaml > ${options.file}.yaml", then run "vendor-eval weigh ${options.file}.yaml"`,
    );
  }
  // a file that is broken before anything is asked is reported as `validate` would, never written
  const cache = runSourceCache(ctx.cacheDir);
  const { set } = unwrap(loadCriteriaResult(path, ctx.cwd, ctx.cwd, cache));
  // read before anything is asked or written (a written file has a new text, a new entry)
  cache.parseCache?.flush();
  if (options.criterion !== undefined) {
    const { runWeighCriterion } = await import('./weigh-criterion.js');
    return runWeighCriterion(
      { id: options.criterion, vendors: options.vendors ?? [], set, path, display: set.file, text },
      ctx,
      async () => prompter ?? (await terminalPrompter()),
    );
  }
  const group = options.node === undefined ? set.root : findGroup(set.root, options.node);
  const display = set.file;
  if (group.definition.file !== display) {
    throw new UsageError(
      'read-only-criteria',
      `"${group.id}" is defined in ${group.definition.file}, not in ${display}`,
      `run "vendor-eval weigh ${group.definition.file}" to weigh it in its own file`,
    );
  }
  if (group.children.length < 2) {
    throw new UsageError(
      'unknown-node',
      `"${group.id}" has ${group.children.length} child: there is nothing to compare`,
      'pick a category with two or more children',
    );
  }
  const w = group.weighting;
  const ask = prompter ?? (await terminalPrompter());
  const elements = group.children.map((c) => ({ id: c.id, name: c.name }));
  try {
    ask.say(
      `weighing the ${group.children.length} children of "${group.id}" in ${display}${method === 'ahp' ? ', pair by pair' : ` (${method})`}`,
    );
    let block: WeightingBlock;
    let cr: number | undefined;
    if (method === 'roc') {
      const flow = await runRocFlow({
        elements,
        prompter: ask,
        existing: w?.method === 'roc' ? w.order : undefined,
      });
      block = { method: 'roc', order: flow.order };
    } else if (method === 'swing') {
      const flow = await runSwingFlow({
        elements,
        prompter: ask,
        existing: w?.method === 'swing' ? w.points : undefined,
      });
      block = { method: 'swing', points: flow.points };
    } else {
      const riTable = w?.method === 'ahp' ? w.riTable : undefined;
      const flow = await runWeighFlow({
        elements,
        existing: w?.method === 'ahp' ? [...(w.comparisons ?? [])] : [],
        riTable: riTable ?? 'saaty',
        prompter: ask,
      });
      block = { method: 'ahp', comparisons: flow.comparisons, riTable };
      cr = flow.cr;
    }
    const save = await ask.select({
      message: `Write this weighting into ${display}?`,
      choices: [
        { value: true, name: 'yes, write the weighting' },
        { value: false, name: 'no, leave the file as it is' },
      ],
      default: true,
    });
    if (!save) return { notes: [`nothing was written to ${display}`] };
    const next = withWeighting(text ?? '', group.definition.path, block);
    if (next === undefined) throw new Error(`cannot place the weighting of "${group.id}"`);
    const saved = saveIfUnchanged(path, display, text, next);
    if (!saved.ok) {
      throw new UsageError(
        'file-changed',
        `${display} was changed by someone else while you weighed; nothing was written`,
        `run "vendor-eval weigh ${display}${options.node ? ` --node ${options.node}` : ''}" again`,
      );
    }
    return {
      stdout: `wrote the ${method} weighting of "${group.id}" to ${display}${cr === undefined ? '' : ` (CR ${cr.toFixed(3)})`}\n`,
    };
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') {
      ctx.stderr.write(`\ninterrupted: nothing was written to ${display}\n`);
      return { exitCode: 130 };
    }
    throw error;
  }
}

async function terminalPrompter(): Promise<Prompter> {
  const { inquirerPrompter } = await import('../../ui/inquirer-prompter.js');
  return inquirerPrompter({ input: process.stdin, output: process.stderr });
}

/** The category `id` of the tree; anything else is a usage error with a did-you-mean. */
function findGroup(root: GroupNode, id: string): GroupNode {
  const groups: GroupNode[] = [];
  const criteria: string[] = [];
  const walk = (node: TreeNode): void => {
    if (node.kind === 'group') {
      groups.push(node);
      node.children.forEach(walk);
    } else criteria.push(node.id);
  };
  walk(root);
  const found = groups.find((g) => g.id === id);
  if (found) return found;
  const ids = groups.map((g) => g.id);
  throw new UsageError(
    'unknown-node',
    criteria.includes(id)
      ? `--node ${id}: "${id}" is a criterion; weigh compares the children of a category`
      : `--node ${id}: the set "${root.id}" has no category "${id}"`,
    didYouMean(id, ids) ?? `categories: ${ids.join(', ')}`,
  );
}
