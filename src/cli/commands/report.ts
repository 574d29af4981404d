import { Command, Option } from '@commander-js/extra-typings';
import { formatIds } from '../../report/format.js';
import { reportFormats } from '../../ui/formats/report.js';
import { parseIterations, parseSeed, parseSpread } from '../parse-options.js';
import { addScoringOptions } from '../scoring-options.js';
import type { CommandRunner } from '../runner.js';

/** `vendor-eval report [paths…]`: the decision record, as one HTML page or markdown. */
export function reportCommand(run: CommandRunner): Command<[string[]]> {
  return addScoringOptions(
    new Command('report')
      .description(
        'write the decision record: the ranking, charts, the top two compared, every answer with its evidence, and where each figure came from',
      )
      .argument('[paths...]', "vendor files or folders (default: the project file's vendors)"),
  )
    .addOption(
      new Option(
        '-f, --format <format>',
        'output format (default: markdown for an -o ending in .md, else html)',
      ).choices(formatIds(reportFormats)),
    )
    .option('-o, --output <file>', 'write the record to a file instead of stdout')
    .option(
      '--robustness',
      'add how often each vendor ranks first as the weights move (rank acceptability, central weights)',
    )
    .option('--iterations <n>', 'weight draws for --robustness (default 10,000)', parseIterations)
    .option('--spread <s>', 'how far each draw moves the weights (default 0.2)', parseSpread)
    .option('--seed <n>', 'seed of the draws (default 1)', parseSeed)
    .option(
      '--no-answers',
      "leave out each vendor's table of every answer (keeps its facts): a record short enough for a pull-request comment",
    )
    .option(
      '--skip-invalid',
      'rank the valid vendor files; list the files with errors (and their vendors) as skipped',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ vendor-eval report examples/vendors -o decision.html
      one page for the committee: open it in a browser, or print it to PDF
  $ vendor-eval report examples/vendors -o decision.html --robustness
      with the rank-acceptability chart (10,000 weight draws, spread 0.2, seed 1)
  $ vendor-eval report vendors/ -o decision.md
      the same record in markdown, for a pull request or a wiki
  $ vendor-eval report vendors/ --format markdown | gh pr comment 42 --body-file -`,
    )
    .action(async (paths, options, command) => {
      await run(command, async (ctx, global) => {
        const { runReport } = await import('../run/report.js');
        const raw = (command.parent as { rawArgs?: unknown } | null)?.rawArgs;
        return runReport(
          {
            ...options,
            paths,
            formats: reportFormats,
            argv: Array.isArray(raw) ? raw.map(String) : ['report', ...paths],
          },
          ctx,
          global,
        );
      });
    });
}
