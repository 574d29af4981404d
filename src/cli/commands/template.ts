import { Command } from '@commander-js/extra-typings';
import type { CommandRunner } from '../runner.js';

/** `vendor-eval template [id|file]`: a blank vendor file to fill in. */
export function templateCommand(run: CommandRunner): Command<[string | undefined]> {
  return new Command('template')
    .description(
      'print a blank vendor file for a criteria set: every criterion ~, with its question, answer, knock-out and evidence rule as comments',
    )
    .argument(
      '[id|file]',
      "a built-in set id or a criteria file (default: the project file's set, else customer-service)",
    )
    .option('-c, --criteria <file|id>', 'the same, as an option (as every other command takes it)')
    .option('--vendor <id>', 'the vendor id to write as `vendor:` (kebab-case)')
    .option('--evaluator <name>', 'who scores, written as `evaluator:`')
    .option('-o, --output <file>', 'write the template to a new file instead of stdout')
    .addHelpText(
      'after',
      '\nExamples:\n  $ vendor-eval template --vendor acme-care -o vendors/acme-care.yaml\n  $ vendor-eval template security --vendor acme-care --evaluator a.lee -o vendors/acme-care-lee.yaml',
    )
    .action(async (id, options, command) => {
      await run(command, async (ctx, global) => {
        const { runTemplate } = await import('../run/template.js');
        return runTemplate({ ...options, id }, ctx, global);
      });
    });
}
