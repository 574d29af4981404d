import { Command, Option } from '@commander-js/extra-typings';
import { formatIds } from '../../report/format.js';
import { checkFormats } from '../../ui/formats/check.js';
import type { CommandRunner } from '../runner.js';

/** `vendor-eval check`: the CI gate of a project. */
export function checkCommand(run: CommandRunner): Command<[]> {
  return new Command('check')
    .description(
      "CI gate: validate the project's files, rank its vendors and judge its policy (exit 1 on errors or a failed rule)",
    )
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(formatIds(checkFormats))
        .default('stylish' as const),
    )
    .option('-o, --output <file>', 'write the report to a file')
    .option(
      '--base <ref>',
      'also report what the change did since this git ref: the winner, each vendor before → after, the weights and answers that changed',
    )
    .addHelpText(
      'after',
      '\nRun it in the project folder (the one with vendor-eval.config.yaml) or below it.\n\nExamples:\n  $ vendor-eval check\n  $ vendor-eval check --base main\n  $ vendor-eval check --format json -o check.json',
    )
    .action(async (options, command) => {
      await run(command, async (ctx, global) => {
        const { runCheck } = await import('../run/check.js');
        return runCheck({ ...options, formats: checkFormats }, ctx, global);
      });
    });
}
