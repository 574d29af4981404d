import { Command, Option } from '@commander-js/extra-typings';
import { parsePositiveInt } from '../parse-options.js';
import { formatIds } from '../../report/format.js';
import { methodsFormats } from '../../ui/formats/methods.js';
import { priceFormulasFormats } from '../../ui/formats/price-formulas.js';
import { rankingFormats } from '../../ui/formats/ranking.js';
import { addScoringOptions } from '../scoring-options.js';
import type { CommandRunner } from '../runner.js';

/** `vendor-eval rank [paths…]`: the ranked comparison table. */
export function rankCommand(run: CommandRunner): Command<[string[]]> {
  return addScoringOptions(
    new Command('rank')
      .description('rank vendor files under a criteria set and show the comparison table')
      .argument('[paths...]', "vendor files or folders (default: the project file's vendors)"),
  )
    .addOption(
      new Option('-f, --format <format>', 'output format (also with --all-methods)')
        .choices(formatIds(rankingFormats))
        .default('table' as const),
    )
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--top <n>', 'show only the first n vendors', parsePositiveInt)
    .option('--all-methods', 'rank under every decision method side by side (not with -m)')
    .option('--pareto', 'show only the non-dominated eligible vendors (the Pareto front)')
    .option(
      '--price-formulas',
      'rank under each scoring of the price (the set’s, lowest-price, minmax) and by value for money',
    )
    .option(
      '--robustness',
      'add P(rank 1): the share of 10,000 weight draws (spread 0.2, seed 1) in which each vendor ranks first',
    )
    .option(
      '--skip-invalid',
      'rank the valid vendor files; list the files with errors (and their vendors) as skipped',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ vendor-eval rank examples/vendors
  $ vendor-eval rank vendors/ -c criteria/my-set.yaml -f markdown -o ranking.md
  $ vendor-eval rank vendors/ --weights security=40,pricing=10 --missing exclude
  $ vendor-eval rank vendors/ --format json | jq '.vendors[0].id'
  $ vendor-eval rank vendors/ --all-methods
      is the winner the same under every method?
  $ vendor-eval rank vendors/ --pareto
      only vendors no other vendor beats on every criterion
  $ vendor-eval rank vendors/ --price-formulas
      does the winner depend on how price is scored?
  $ vendor-eval rank vendors/ --robustness
      how often does each vendor rank first when the weights move a little?
  $ vendor-eval rank vendors/ --skip-invalid
      a draft with errors no longer blocks the others; the output says so`,
    )
    .action(async (paths, options, command) => {
      await run(command, async (ctx, global) => {
        const { runRank } = await import('../run/rank.js');
        return runRank(
          {
            ...options,
            paths,
            formats: rankingFormats,
            methodFormats: methodsFormats,
            priceFormulaFormats: priceFormulasFormats,
          },
          ctx,
          global,
        );
      });
    });
}
