import { Command, Option } from '@commander-js/extra-typings';
import { formatIds } from '../../report/format.js';
import { explainFormats } from '../../ui/formats/explain.js';
import { addScoringOptions } from '../scoring-options.js';
import type { CommandRunner } from '../runner.js';

/** `vendor-eval explain <vendor> [paths…]`: how one vendor's score was made. */
export function explainCommand(run: CommandRunner): Command<[string, string[]]> {
  const base = new Command('explain')
    .description(
      "explain one vendor's score: every criterion's answer, utility, weight and contribution",
    )
    .argument('<vendor>', 'vendor id')
    .argument('[paths...]', "vendor files or folders (default: the project file's vendors)");
  return addScoringOptions(base)
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(formatIds(explainFormats))
        .default('table' as const),
    )
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addHelpText(
      'after',
      '\nExamples:\n  $ vendor-eval explain tala-global examples/vendors\n  $ vendor-eval explain tala-global examples/vendors --format json -m topsis',
    )
    .action(async (vendor, paths, options, command) => {
      await run(command, async (ctx, global) => {
        const { runExplain } = await import('../run/explain.js');
        return runExplain({ ...options, vendor, paths, formats: explainFormats }, ctx, global);
      });
    });
}
