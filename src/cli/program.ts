import { Command, Option } from '@commander-js/extra-typings';
import { closest } from '../core/suggest.js';
import { version } from '../version.js';
import { checkCommand } from './commands/check.js';
import { compareCommand } from './commands/compare.js';
import { consensusCommand } from './commands/consensus.js';
import { costCommand } from './commands/cost.js';
import { sensitivityCommand } from './commands/sensitivity.js';
import { criteriaCommand } from './commands/criteria.js';
import { explainCommand } from './commands/explain.js';
import { initCommand } from './commands/init.js';
import { rankCommand } from './commands/rank.js';
import { reportCommand } from './commands/report.js';
import { schemaCommand } from './commands/schema.js';
import { scoreCommand } from './commands/score.js';
import { templateCommand } from './commands/template.js';
import { validateCommand } from './commands/validate.js';
import { weighCommand } from './commands/weigh.js';
import { weightsCommand } from './commands/weights.js';
import { outputWidth, type CliContext } from './context.js';
import type { CommandRunner } from './runner.js';

/** The commands, by the name a user types, in the order the program's help lists them. */
export const commandMakers = {
  rank: rankCommand,
  explain: explainCommand,
  compare: compareCommand,
  cost: costCommand,
  consensus: consensusCommand,
  sensitivity: sensitivityCommand,
  report: reportCommand,
  validate: validateCommand,
  check: checkCommand,
  weights: weightsCommand,
  criteria: criteriaCommand,
  init: initCommand,
  template: templateCommand,
  schema: schemaCommand,
  score: scoreCommand,
  weigh: weighCommand,
} as const;

/** The program's own options, which may come before the command's name. */
const globalFlags = new Set(['--color', '--no-color', '-q', '--quiet', '--no-cache']);

/**
 * The commands to build for `argv`: the one it runs, when its first word names a command and
 * only the program's flags come before it (`--no-cache rank …`); else every command, for the
 * program's help, `help <command>` and the suggestion for a mistyped name. Building the other
 * fifteen commands, their options and help texts, cost every start about a millisecond; a
 * command's own help and errors do not depend on its siblings (tests/cli/program-partial.test.ts).
 */
export function commandsFor(
  argv: readonly string[],
): (typeof commandMakers)[keyof typeof commandMakers][] {
  const at = argv.findIndex((a) => !a.startsWith('-'));
  const word = argv[at];
  const flagsBefore = argv.slice(0, Math.max(at, 0)).every((a) => globalFlags.has(a));
  return word !== undefined && flagsBefore && Object.hasOwn(commandMakers, word)
    ? [commandMakers[word as keyof typeof commandMakers]]
    : Object.values(commandMakers);
}

/**
 * The command tree. Only commander is loaded here: each action imports its implementation
 * when it runs, so `--help` and `--version` stay fast. With `argv`, only what it needs
 * (`commandsFor`).
 */
export function buildProgram(
  ctx: CliContext,
  run: CommandRunner,
  argv?: readonly string[],
): Command {
  const program = new Command('vendor-eval')
    .description(
      'Choose a customer-service outsourcing provider: criteria and evaluations as YAML in git, scored by sound decision methods, explained line by line, checked in CI.',
    )
    .version(version, '-V, --version', 'print the version')
    .addOption(new Option('--color', 'force colour output'))
    .addOption(new Option('--no-color', 'no colour output (also NO_COLOR=1)'))
    .option('-q, --quiet', 'print only results: no warnings or notes on stderr')
    .option('--no-cache', 'do not read or write the cache of compiled code and parsed files')
    .showHelpAfterError('(run "vendor-eval --help" for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      // commander wraps help to this width: the terminal's, else COLUMNS, else its own 80
      getOutHelpWidth: () => outputWidth(ctx) ?? 80,
      getErrHelpWidth: () => outputWidth(ctx) ?? 80,
    })
    // wrap descriptions into a narrow column rather than not at all (commander's default is 40)
    .configureHelp({ minWidthToWrap: 24 })
    .addHelpText(
      'after',
      `
Examples:
  $ vendor-eval rank examples/vendors
      rank the example vendors (built-in customer-service set)
  $ vendor-eval explain tala-global examples/vendors
      how one vendor's score was made
  $ vendor-eval compare puente-contact tala-global examples/vendors
      two vendors side by side
  $ vendor-eval validate criteria/ vendors/
      check files in CI (exit 1 on errors)
  $ vendor-eval check
      gate a project in CI: its files, its ranking and its policy
  $ vendor-eval criteria list
      the built-in criteria sets

Exit codes: 0 success, 1 validation errors or a failed policy,
2 usage or input error, 130 interrupted.`,
    );
  for (const make of argv === undefined ? Object.values(commandMakers) : commandsFor(argv)) {
    const sub = make(run) as unknown as Command;
    program.addCommand(sub);
    inheritSettings(sub, program);
  }
  program.helpCommand(false).addCommand(helpCommand(program));
  return program;
}

/**
 * Gives `command` and every command below it the program's output, exit and colour settings,
 * and points a mistake at that command's own help: `vendor-eval criteria show --help`.
 */
function inheritSettings(command: Command, parent: Command): void {
  command.copyInheritedSettings(parent);
  command.showHelpAfterError(`(run "${commandPath(command)} --help" for usage)`);
  const children = [...command.commands] as Command[];
  // a command with sub-commands answers `help nosuch` like the program does
  if (children.length > 0) command.helpCommand(false).addCommand(helpCommand(command));
  for (const child of children) inheritSettings(child, command);
}

/** `vendor-eval criteria show`: the words a user types to reach `command`. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent as Command | null) names.unshift(c.name());
  return names.join(' ');
}

/**
 * `help [command...]`, in place of commander's, which prints the program's help as an error for
 * a command it does not know: here that is `error: unknown command 'nosuch'`, exit 2, as for
 * `vendor-eval nosuch`. Walks nested commands too (`help criteria show`).
 */
function helpCommand(program: Command): Command {
  const help = new Command('help')
    .description('display help for command')
    .argument('[command...]', 'the command (and sub-command) to explain')
    .action((names: string[]) => {
      let target = program;
      for (const name of names) {
        const sub = target.commands.find((c) => c.name() === name || c.aliases().includes(name));
        if (!sub) {
          // the same suggestion commander makes for `vendor-eval rnak`
          const near = closest(
            name,
            target.commands.map((c) => c.name()),
          );
          const suggestion = near === undefined ? '' : `\n(Did you mean ${near}?)`;
          target.error(`error: unknown command '${name}'${suggestion}`, {
            exitCode: 2,
            code: 'commander.unknownCommand',
          });
        }
        target = sub as Command;
      }
      target.help();
    }) as unknown as Command;
  help.copyInheritedSettings(program);
  return help;
}
