import { Command, Option } from '@commander-js/extra-typings';
import { formatIds } from '../../report/format.js';
import { weightsFormats } from '../../ui/formats/weights.js';
import { parseWeightOverrides } from '../parse-options.js';
import type { CommandRunner } from '../runner.js';

/** `vendor-eval weights [criteria] [vendors…]`: the effective weight tree. */
export function weightsCommand(run: CommandRunner): Command<[string | undefined, string[]]> {
  return new Command('weights')
    .description('show the effective weight tree: local and global weight of every node')
    .argument(
      '[criteria]',
      'criteria file or built-in id (default: project file, else customer-service)',
    )
    .argument(
      '[vendors...]',
      "vendor files or folders (needed only by entropy and critic weighting; default: the project file's vendors)",
    )
    .option('-c, --criteria <file|id>', 'criteria file or built-in id (same as the first argument)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(formatIds(weightsFormats))
        .default('table' as const),
    )
    .option('--weights <id=w,...>', 'override raw weights', parseWeightOverrides)
    .addHelpText(
      'after',
      '\nExamples:\n  $ vendor-eval weights customer-service\n  $ vendor-eval weights -c security\n  $ vendor-eval weights criteria/my-set.yaml --format json\n  $ vendor-eval weights criteria/entropy-set.yaml vendors/',
    )
    .action(async (criteria, vendors, options, command) => {
      await run(command, async (ctx, global) => {
        const { runWeights } = await import('../run/weights.js');
        const { criteria: criteriaOption, ...rest } = options;
        return runWeights(
          { ...rest, criteria, criteriaOption, vendors, formats: weightsFormats },
          ctx,
          global,
        );
      });
    });
}
