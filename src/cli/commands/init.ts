import { Command, Option } from '@commander-js/extra-typings';
import { ciSystems } from '../../io/ci-systems.js';
import type { CommandRunner } from '../runner.js';

/** `vendor-eval init [dir]`: scaffolds a project that passes its own `check`. */
export function initCommand(run: CommandRunner): Command<[string | undefined]> {
  return new Command('init')
    .description(
      'start a project: a project file with a policy, a criteria set, two example vendors, a CI workflow and a README',
    )
    .argument('[dir]', 'the folder to write into, created if missing (default: this folder)')
    .addOption(
      new Option('--ci <system>', 'the CI system to write a workflow for')
        .choices(ciSystems)
        .default('github' as const),
    )
    .option('--force', 'replace files that already exist (other files are left alone)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ vendor-eval init vendor-selection\n  $ vendor-eval init --ci gitlab',
    )
    .action(async (dir, options, command) => {
      await run(command, async (ctx) => {
        const { runInit } = await import('../run/init.js');
        return runInit({ ...options, dir }, ctx);
      });
    });
}
