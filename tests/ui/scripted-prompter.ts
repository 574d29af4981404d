import { isDeepStrictEqual } from 'node:util';
import type { CliContext } from '../../src/cli/context.js';
import type { PromptChoice, Prompter } from '../../src/ui/prompter.js';

/** One scripted answer: the prompt kind it must meet, and what the user picks or types. */
export type Step =
  | { select: unknown }
  | { checkbox: unknown[] }
  | { input: string }
  /** Picks the "skip for now" entry of a select or checkbox. */
  | 'skip';

/** A Prompter that answers from a script and records everything shown. */
export interface ScriptedPrompter extends Prompter {
  /** Lines said, prompt messages (`? message`) and validation errors (`> error`), in order. */
  log: string[];
  /** Defaults the prompts offered, in order (undefined when none). */
  defaults: unknown[];
  /** The choices of every select and checkbox, by their names. */
  menus: string[][];
}

/**
 * The scripted Prompter of the flow tests. When the script runs out, the next prompt rejects
 * with `ExitPromptError`, as @inquirer/prompts does on Ctrl-C. A step of the wrong kind fails.
 * An input whose `validate` refuses the text logs the message and takes the next step, as the
 * terminal asks again.
 */
export function scriptedPrompter(script: Step[]): ScriptedPrompter {
  const steps = [...script];
  const log: string[] = [];
  const defaults: unknown[] = [];
  const menus: string[][] = [];
  const next = (kind: string, message: string): Step => {
    log.push(`? ${message}`);
    const step = steps.shift();
    if (step === undefined) {
      const error = new Error('User force closed the prompt with SIGINT');
      error.name = 'ExitPromptError';
      throw error;
    }
    if (step !== 'skip' && !(kind in step)) {
      throw new Error(
        `script expected ${Object.keys(step)[0]}, the flow asked ${kind}: ${message}`,
      );
    }
    return step;
  };
  const pick = <T>(choices: PromptChoice<T>[], wanted: unknown): T => {
    const found = choices.find((c) => isDeepStrictEqual(c.value, wanted));
    if (!found) throw new Error(`no choice ${JSON.stringify(wanted)}`);
    return found.value;
  };
  const skipOf = <T>(choices: PromptChoice<T>[]): T => {
    const found = choices.find((c) => c.name === 'skip for now');
    if (!found) throw new Error('no "skip for now" choice');
    return found.value;
  };
  return {
    log,
    defaults,
    menus,
    say: (line) => log.push(line),
    select: (q) => {
      menus.push(q.choices.map((c) => c.name));
      defaults.push(q.default);
      const step = next('select', q.message);
      return Promise.resolve(
        step === 'skip' ? skipOf(q.choices) : pick(q.choices, (step as { select: unknown }).select),
      );
    },
    checkbox: (q) => {
      menus.push(q.choices.map((c) => c.name));
      defaults.push(q.checked);
      const step = next('checkbox', q.message);
      return Promise.resolve(
        step === 'skip'
          ? [skipOf(q.choices)]
          : (step as { checkbox: unknown[] }).checkbox.map((v) => pick(q.choices, v)),
      );
    },
    input: async (q) => {
      defaults.push(q.default);
      for (;;) {
        const step = next('input', q.message);
        const typed = (step as { input: string }).input;
        // Enter on an empty line takes the default, as inquirer's input does
        const text = typed === '' && q.default !== undefined ? q.default : typed;
        const verdict = q.validate ? q.validate(text) : true;
        if (verdict === true) return Promise.resolve(text);
        log.push(`> ${verdict}`);
        await Promise.resolve();
      }
    },
  };
}

/**
 * A context for running an interactive command in process: a terminal on every stream, 120
 * columns, nothing on stdout, stderr collected into `stderr()` (what the prompts and notes wrote).
 */
export function terminalContext(cwd: string): { ctx: CliContext; stderr: () => string } {
  let err = '';
  const ctx: CliContext = {
    cwd,
    env: {},
    stdout: { write: () => undefined },
    stderr: { write: (t: string) => (err += t) },
    stdoutIsTTY: true,
    stderrIsTTY: true,
    stdinIsTTY: true,
    columns: 120,
  };
  return { ctx, stderr: () => err };
}
