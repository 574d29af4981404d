import { Command } from '@commander-js/extra-typings';
import type { CommandRunner } from '../runner.js';

/** `vendor-eval weigh <criteria-file>`: AHP pairwise comparisons in the terminal. */
export function weighCommand(run: CommandRunner): Command<[string]> {
  return new Command('weigh')
    .description(
      'weigh the children of one level by pairwise comparison (AHP) in the terminal and write the weighting into the criteria file',
    )
    .argument('<criteria-file>', 'the criteria file to write the weighting into')
    .option('--node <id>', 'the category whose children to compare (default: the top level)')
    .option(
      '--method <ahp|roc|swing>',
      'pairwise comparisons (default), a ranking (roc) or swing points',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ vendor-eval weigh criteria.yaml\n  $ vendor-eval weigh criteria.yaml --node quality\n  $ vendor-eval weigh criteria.yaml --method swing\n\nCtrl-C before the final confirmation leaves the file as it was.',
    )
    .action(async (file, options, command) => {
      await run(command, async (ctx) => {
        const { runWeigh } = await import('../run/weigh.js');
        return runWeigh({ ...options, file }, ctx);
      });
    });
}
