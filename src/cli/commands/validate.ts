import { Command, Option } from '@commander-js/extra-typings';
import { formatIds } from '../../report/format.js';
import { validateFormats } from '../../ui/formats/validate.js';
import type { CommandRunner } from '../runner.js';

/** `vendor-eval validate [files…]`: schema and lint checks. */
export function validateCommand(run: CommandRunner): Command<[string[]]> {
  return new Command('validate')
    .description('check criteria sets, vendor files and the project file (exit 1 on errors)')
    .argument('[files...]', "files or folders (default: the project file's criteria and vendors)")
    .option('-c, --criteria <file|id>', 'criteria set to check vendor answers against')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(formatIds(validateFormats))
        .default('stylish' as const),
    )
    .option('-o, --output <file>', 'write the report to a file')
    .addHelpText(
      'after',
      '\nExamples:\n  $ vendor-eval validate criteria/ vendors/\n  $ vendor-eval validate -c criteria/my-set.yaml vendors/ --format json',
    )
    .action(async (files, options, command) => {
      await run(command, async (ctx, global) => {
        const { runValidate } = await import('../run/validate.js');
        return runValidate({ ...options, files, formats: validateFormats }, ctx, global);
      });
    });
}
