import { Command, Option } from '@commander-js/extra-typings';
import { combineRules } from '../../core/model/consensus.js';
import { formatIds } from '../../report/format.js';
import { consensusFormats } from '../../ui/formats/consensus.js';
import { parsePositiveInt } from '../parse-options.js';
import type { CommandRunner } from '../runner.js';

/** `vendor-eval consensus [paths…]`: where the evaluators of the same vendors disagree. */
export function consensusCommand(run: CommandRunner): Command<[string[]]> {
  return new Command('consensus')
    .description(
      "where evaluators who scored the same vendors disagree: Krippendorff's α per criterion, the widest disagreements, the evaluators furthest from the rest",
    )
    .argument('[paths...]', "vendor files or folders (default: the project file's vendors)")
    .option('-c, --criteria <file|id>', 'criteria set (file or built-in id)')
    .addOption(
      new Option('--combine <rule>', "how the evaluators' utilities are combined")
        .choices(combineRules)
        .default('mean' as const),
    )
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(formatIds(consensusFormats))
        .default('table' as const),
    )
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option(
      '--top <n>',
      'show the n lowest-agreement criteria and widest disagreements (default 10)',
      parsePositiveInt,
    )
    .option(
      '--independence',
      "from the git history: whether each evaluator's file was committed before its author could have seen another evaluator's scores of the same vendor",
    )
    .addHelpText(
      'after',
      `
Examples:
  $ vendor-eval consensus vendors/
      agreement per criterion and the widest disagreements
  $ vendor-eval consensus vendors/ --combine median --top 20
  $ vendor-eval consensus vendors/ --independence
      was each evaluator's file committed before the others' scores of the vendor?
  $ vendor-eval consensus vendors/ --format json | jq '.criteria[] | select(.alpha < 0.667)'`,
    )
    .action(async (paths, options, command) => {
      await run(command, async (ctx, global) => {
        const { runConsensus } = await import('../run/consensus.js');
        return runConsensus({ ...options, paths, formats: consensusFormats }, ctx, global);
      });
    });
}
