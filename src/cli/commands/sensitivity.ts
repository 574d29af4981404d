import { Command, Option } from '@commander-js/extra-typings';
import { defaultSimulation } from '../../core/analysis/sensitivity/settings.js';
import { formatIds } from '../../report/format.js';
import { sensitivityFormats } from '../../ui/formats/sensitivity.js';
import { parseIterations, parseSeed, parseSpread } from '../parse-options.js';
import { addScoringOptions } from '../scoring-options.js';
import type { CommandRunner } from '../runner.js';

/** `vendor-eval sensitivity [paths…]`: how often each vendor takes each rank as weights move. */
export function sensitivityCommand(run: CommandRunner): Command<[string[]]> {
  return addScoringOptions(
    new Command('sensitivity')
      .description(
        'draw the weights many times around the stated ones and show how often each vendor takes each rank',
      )
      .argument('[paths...]', "vendor files or folders (default: the project file's vendors)"),
  )
    .option(
      '--iterations <n>',
      'how many weight draws (at most 1,000,000)',
      parseIterations,
      defaultSimulation.iterations,
    )
    .option(
      '--spread <s>',
      "how far each draw moves a group's weights, 0 up to 1 (0: the stated weights)",
      parseSpread,
      defaultSimulation.spread,
    )
    .option(
      '--seed <n>',
      'seed of the random draws: the same seed gives the same output',
      parseSeed,
      defaultSimulation.seed,
    )
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(formatIds(sensitivityFormats))
        .default('table' as const),
    )
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option(
      '--skip-invalid',
      'rank the valid vendor files; list the files with errors (and their vendors) as skipped',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ vendor-eval sensitivity examples/vendors
      how often does each vendor rank first, second, … when the weights move?
  $ vendor-eval sensitivity vendors/ --spread 0.4 --iterations 50000
  $ vendor-eval sensitivity vendors/ -m topsis --seed 7
  $ vendor-eval sensitivity vendors/ --format json | jq '.vendors[0].pRank1'`,
    )
    .action(async (paths, options, command) => {
      await run(command, async (ctx, global) => {
        const { runSensitivity } = await import('../run/sensitivity.js');
        return runSensitivity({ ...options, paths, formats: sensitivityFormats }, ctx, global);
      });
    });
}
