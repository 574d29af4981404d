import { Command } from '@commander-js/extra-typings';
import type { CommandRunner } from '../runner.js';

/** `vendor-eval score <vendor-file>`: the interactive questionnaire. */
export function scoreCommand(run: CommandRunner): Command<[string]> {
  return new Command('score')
    .description(
      'answer the criteria for one vendor in the terminal, saving after every answer (resumes where you stopped)',
    )
    .argument('<vendor-file>', 'the vendor file to fill in (created if it does not exist)')
    .option(
      '-c, --criteria <file|id>',
      "criteria set (default: the project file's, else customer-service)",
    )
    .option('--evaluator <name>', 'who answers, for a new file (default: git config user.email)')
    .option('--review', 'ask answered criteria too, with your answers as defaults')
    .option('--only <id>', 'ask only the criteria of one category, or one criterion')
    .addHelpText(
      'after',
      '\nExamples:\n  $ vendor-eval score vendors/acme-care.yaml\n  $ vendor-eval score vendors/acme-care.yaml --only security --review\n\nCtrl-C stops: every confirmed answer is already saved; run the same command to go on.',
    )
    .action(async (file, options, command) => {
      await run(command, async (ctx, global) => {
        const { runScore } = await import('../run/score.js');
        return runScore({ ...options, file }, ctx, global);
      });
    });
}
