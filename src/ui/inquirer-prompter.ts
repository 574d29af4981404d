import { inertPrompter } from './inert-prompter.js';
import type { Prompter } from './prompter.js';

/** Where the prompts read keys and draw: the terminal's stdin and stderr (stdout stays clean). */
export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/**
 * The Prompter of a real terminal, on `@inquirer/prompts`, its shown text made inert
 * (`inertPrompter`). The library is imported here, when
 * the first interactive command runs, never at startup (`--help` stays fast).
 */
export async function inquirerPrompter(streams: PromptStreams): Promise<Prompter> {
  const inquirer = await import('@inquirer/prompts');
  const context = { input: streams.input, output: streams.output };
  return inertPrompter({
    select: (q) =>
      inquirer.select(
        { message: q.message, choices: q.choices, default: q.default, pageSize: 12 },
        context,
      ),
    checkbox: (q) =>
      inquirer.checkbox(
        {
          message: q.message,
          choices: q.choices.map((c) => ({ ...c, checked: q.checked?.includes(c.value) ?? false })),
          pageSize: 12,
        },
        context,
      ),
    input: (q) =>
      inquirer.input({ message: q.message, default: q.default, validate: q.validate }, context),
    say: (line) => {
      streams.output.write(`${line}\n`);
    },
  });
}
