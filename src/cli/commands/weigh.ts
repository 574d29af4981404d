import { Command } from '@commander-js/extra-typings';
import type { CommandRunner } from '../runner.js';

/** `vendor-eval weigh <criteria-file>`: AHP pairwise comparisons in the terminal. */
export function weighCommand(run: CommandRunner): Command<[string, string[]]> {
  return new Command('weigh')
    .description(
      'weigh the children of one level by pairwise comparison (AHP) in the terminal and write the weighting into the criteria file',
    )
    .argument('<criteria-file>', 'the criteria file to write the weighting into')
    .argument(
      '[vendors...]',
      'with --criterion: vendor files or folders whose vendors to compare too',
    )
    .option('--node <id>', 'the category whose children to compare (default: the top level)')
    .option(
      '--method <ahp|roc|swing>',
      'pairwise comparisons (default), a ranking (roc) or swing points',
    )
    .option(
      '--criterion <id>',
      'compare the vendors of this pairwise criterion instead, and write its comparisons',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ vendor-eval weigh criteria.yaml\n  $ vendor-eval weigh criteria.yaml --node quality\n  $ vendor-eval weigh criteria.yaml --method swing\n  $ vendor-eval weigh criteria.yaml --criterion fit vendors/\n\nCtrl-C before the final confirmation leaves the file as it was.',
    )
    .action(async (file, vendors, options, command) => {
      await run(command, async (ctx) => {
        const { runWeigh } = await import('../run/weigh.js');
        return runWeigh({ ...options, file, vendors }, ctx);
      });
    });
}
