import { Command, Option } from '@commander-js/extra-typings';
import { parsePositiveInt } from '../parse-options.js';
import { formatIds } from '../../report/format.js';
import { compareFormats } from '../../ui/formats/compare.js';
import { addScoringOptions } from '../scoring-options.js';
import type { CommandRunner } from '../runner.js';

/** `vendor-eval compare <a> <b> [paths…]`: two vendors side by side. */
export function compareCommand(run: CommandRunner): Command<[string, string, string[]]> {
  const base = new Command('compare')
    .description(
      'two vendors side by side: answers, utilities and points per criterion, the criteria that decide the difference first',
    )
    .argument('<a>', 'vendor id')
    .argument('<b>', 'vendor id to compare it with')
    .argument('[paths...]', "vendor files or folders (default: the project file's vendors)");
  return addScoringOptions(base)
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(formatIds(compareFormats))
        .default('table' as const),
    )
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--top <n>', 'show only the n criteria that differ most', parsePositiveInt)
    .addHelpText(
      'after',
      `
Examples:
  $ vendor-eval compare puente-contact tala-global examples/vendors
  $ vendor-eval compare puente-contact tala-global examples/vendors --top 10
  $ vendor-eval compare alpha bravo vendors/ -m topsis --format markdown`,
    )
    .action(async (a, b, paths, options, command) => {
      await run(command, async (ctx, global) => {
        const { runCompare } = await import('../run/compare.js');
        return runCompare({ ...options, a, b, paths, formats: compareFormats }, ctx, global);
      });
    });
}
