import { Command, Option } from '@commander-js/extra-typings';
import { formatIds } from '../../report/format.js';
import { costFormats } from '../../ui/formats/cost.js';
import type { CommandRunner } from '../runner.js';

/** `vendor-eval cost [paths…]`: every bid as monthly and contract cost under the set's demand. */
export function costCommand(run: CommandRunner): Command<[string[]]> {
  return new Command('cost')
    .description(
      "turn every vendor's bid into monthly and contract cost for the set's demand, whatever its pricing model",
    )
    .argument('[paths...]', "vendor files or folders (default: the project file's vendors)")
    .option('-c, --criteria <file|id>', 'criteria set with the `demand` (file or built-in id)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(formatIds(costFormats))
        .default('table' as const),
    )
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--explain <vendor>', "show every step of one vendor's cost: staffing, bill, contract")
    .addHelpText(
      'after',
      `
Examples:
  $ vendor-eval cost examples/vendors
  $ vendor-eval cost examples/vendors --explain puente-contact
      arrivals, erlangs, agents, FTE, each bill line, each contract year
  $ vendor-eval cost vendors/ --format json | jq '.vendors[0]'`,
    )
    .action(async (paths, options, command) => {
      await run(command, async (ctx, global) => {
        const { runCost } = await import('../run/cost.js');
        return runCost({ ...options, paths, formats: costFormats }, ctx, global);
      });
    });
}
