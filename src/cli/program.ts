import { Command, Option } from '@commander-js/extra-typings';
import { version } from '../version.js';
import { compareCommand } from './commands/compare.js';
import { criteriaCommand } from './commands/criteria.js';
import { explainCommand } from './commands/explain.js';
import { rankCommand } from './commands/rank.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { weightsCommand } from './commands/weights.js';
import type { CliContext } from './context.js';
import type { CommandRunner } from './runner.js';

/**
 * The command tree. Only commander is loaded here: each action imports its implementation
 * when it runs, so `--help` and `--version` stay fast.
 */
export function buildProgram(ctx: CliContext, run: CommandRunner): Command {
  const program = new Command('vendor-eval')
    .description(
      'Choose a customer-service outsourcing provider: criteria and evaluations as YAML in git, scored by sound decision methods, explained line by line, checked in CI.',
    )
    .version(version, '-V, --version', 'print the version')
    .addOption(new Option('--color', 'force colour output'))
    .addOption(new Option('--no-color', 'no colour output (also NO_COLOR=1)'))
    .option('-q, --quiet', 'print only results: no warnings or notes on stderr')
    .showHelpAfterError('(run "vendor-eval --help" for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    })
    .addHelpText(
      'after',
      `
Examples:
  $ vendor-eval rank examples/vendors                  rank the example vendors (built-in customer-service set)
  $ vendor-eval explain tala-global examples/vendors   how one vendor's score was made
  $ vendor-eval compare puente-contact tala-global examples/vendors
                                                       two vendors side by side
  $ vendor-eval validate criteria/ vendors/            check files in CI (exit 1 on errors)
  $ vendor-eval criteria list                          the built-in criteria sets

Exit codes: 0 success, 1 validation errors, 2 usage or input error, 130 interrupted.`,
    );
  for (const make of [
    rankCommand,
    explainCommand,
    compareCommand,
    validateCommand,
    weightsCommand,
    criteriaCommand,
    schemaCommand,
  ]) {
    const sub = make(run);
    sub.copyInheritedSettings(
      program as unknown as Parameters<typeof sub.copyInheritedSettings>[0],
    );
    program.addCommand(sub as unknown as Command);
  }
  return program;
}
