import { Command, Option } from '@commander-js/extra-typings';
import { formatIds } from '../../report/format.js';
import { criteriaListFormats, criteriaShowFormats } from '../../ui/formats/criteria.js';
import type { CommandRunner } from '../runner.js';

/** `vendor-eval criteria list|show <id>`: the built-in criteria sets. */
export function criteriaCommand(run: CommandRunner): Command {
  const list = new Command('list')
    .description('list the built-in criteria sets')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(formatIds(criteriaListFormats))
        .default('table' as const),
    )
    .action(async (options, command) => {
      await run(command, async (ctx, global) => {
        const { runCriteriaList } = await import('../run/criteria.js');
        return runCriteriaList({ ...options, formats: criteriaListFormats }, ctx, global);
      });
    });
  const show = new Command('show')
    .description('show a criteria set: its tree, weights, questions and knock-outs')
    .argument(
      '[id|file]',
      "a built-in set id or a criteria file (default: the project file's set, else customer-service)",
    )
    .option('-c, --criteria <file|id>', 'the same, as an option (as every other command takes it)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(formatIds(criteriaShowFormats))
        .default('table' as const),
    )
    .action(async (id, options, command) => {
      await run(command, async (ctx, global) => {
        const { runCriteriaShow } = await import('../run/criteria.js');
        return runCriteriaShow({ ...options, id, formats: criteriaShowFormats }, ctx, global);
      });
    });
  return new Command('criteria')
    .description('the built-in criteria sets')
    .addCommand(list)
    .addCommand(show)
    .addHelpText(
      'after',
      "\nExamples:\n  $ vendor-eval criteria list\n  $ vendor-eval criteria show security\n  $ vendor-eval criteria show                 the project's own set\n  $ vendor-eval criteria show sla --format yaml > criteria/sla.yaml",
    );
}
