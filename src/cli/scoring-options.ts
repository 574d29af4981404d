import { Option, type Command, type OptionValues } from '@commander-js/extra-typings';
import { methodIdList } from '../core/methods/method-ids.js';
import { missingPolicies } from '../core/model/ranking.js';
import { parseWeightOverrides } from './parse-options.js';

/**
 * The options every scoring command shares (`rank`, `explain`, `compare`): which criteria set,
 * which method, weight overrides and the missing-answer policy. Declared once so they read and
 * parse the same everywhere.
 */
export function addScoringOptions<
  Args extends unknown[],
  Opts extends OptionValues,
  GlobalOpts extends OptionValues,
>(command: Command<Args, Opts, GlobalOpts>) {
  return command
    .option(
      '-c, --criteria <file|id>',
      'criteria-set file or built-in id (default: project file, else customer-service)',
    )
    .option('-m, --method <name>', `${methodList()} (default: the set's method, else weighted-sum)`)
    .option(
      '--weights <id=w,...>',
      'override raw weights of categories, included sets or criteria',
      parseWeightOverrides,
    )
    .addOption(
      new Option(
        '--missing <policy>',
        'unanswered criteria: score 0, leave out of the weights, or fail',
      )
        .choices(missingPolicies)
        .default('zero' as const),
    );
}

/**
 * Every method id, `a, b or c`, from the id list a test holds equal to the registry, so the help
 * never leaves one out and `--help` does not load the methods.
 */
function methodList(): string {
  const ids = methodIdList;
  return `${ids.slice(0, -1).join(', ')} or ${ids[ids.length - 1] ?? ''}`;
}
