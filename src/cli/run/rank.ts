import { InputError, UsageError, type Issue } from '../../core/issues.js';
import type { MissingPolicy, Ranking } from '../../core/model/ranking.js';
import { rankVendors } from '../../core/scoring/rank.js';
import { placeIssues } from '../../io/locate.js';
import { loadProject } from '../../io/project.js';
import { formatRankingCsv } from '../../report/ranking-csv.js';
import { formatRankingJson } from '../../report/ranking-json.js';
import { formatRankingMarkdown } from '../../report/ranking-markdown.js';
import { renderRankingTable } from '../../ui/rank-table.js';
import { version } from '../../version.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { checkWeightOverrides, chooseMethod, stdoutChalk, warningLines } from './shared.js';

/** Options of `rank`, as commander parses them. */
export interface RankOptions {
  paths: string[];
  criteria?: string | undefined;
  method?: string | undefined;
  format: 'table' | 'json' | 'csv' | 'markdown';
  output?: string | undefined;
  weights?: Map<string, number> | undefined;
  top?: number | undefined;
  missing: MissingPolicy;
}

/** `rank`: load, score, rank, and render in the chosen format. */
export async function runRank(
  options: RankOptions,
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  const project = loadProject({
    cwd: ctx.cwd,
    criteria: options.criteria,
    paths: options.paths,
    example: 'vendor-eval rank vendors/',
  });
  const method = chooseMethod(project.set, options.method ?? project.config?.input?.method);
  checkWeightOverrides(project.set, options.weights);
  if (project.set.criteria.some((c) => c.type === 'cost')) {
    throw new UsageError(
      `criteria set "${project.set.id}" has cost criteria, which this version cannot compute yet`,
      'remove the cost criteria, or rank with a set without them',
    );
  }
  const ranking = rankVendors(project.set, project.vendors, {
    method,
    missing: options.missing,
    weightOverrides: options.weights,
  });
  if (options.missing === 'fail') failOnMissing(ranking, project);
  const shown: Ranking = options.top
    ? { ...ranking, vendors: ranking.vendors.slice(0, options.top) }
    : ranking;
  const text = renderRanking(
    shown,
    options.format,
    stdoutChalk(ctx, global, options.output !== undefined),
  );
  return {
    stdout: options.output ? undefined : text,
    files: options.output ? [{ path: options.output, content: text }] : undefined,
    notes: [
      ...warningLines(project.warnings, ctx, global),
      ...(options.output ? [`wrote ${options.output}`] : []),
    ],
  };
}

function renderRanking(
  ranking: Ranking,
  format: RankOptions['format'],
  chalk: ReturnType<typeof stdoutChalk>,
): string {
  switch (format) {
    case 'json':
      return formatRankingJson(ranking, version);
    case 'csv':
      return formatRankingCsv(ranking);
    case 'markdown':
      return formatRankingMarkdown(ranking);
    case 'table':
      return renderRankingTable(ranking, chalk);
  }
}

/** `--missing fail`: every unanswered criterion is an error at its vendor file. */
function failOnMissing(ranking: Ranking, project: ReturnType<typeof loadProject>): void {
  const issues: Issue[] = ranking.vendors.flatMap((v) =>
    v.missing.map((id) => ({
      severity: 'error' as const,
      rule: 'missing-answer',
      message: `vendor "${v.id}" has no answer to "${id}"`,
      hint: 'answer it, or rank with --missing zero or --missing exclude',
      file: v.files[0],
      path: ['answers'],
    })),
  );
  if (issues.length) throw new InputError(placeIssues(issues, project.sources));
}
