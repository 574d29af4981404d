import { UsageError } from '../../core/issues.js';
import type { Ranking } from '../../core/model/ranking.js';
import { rankUnderEveryMethod } from '../../core/analysis/every-method.js';
import {
  compareMethods,
  comparisonOf,
  type MethodComparison,
} from '../../core/analysis/method-comparison.js';
import { paretoFront } from '../../core/analysis/pareto.js';
import { topRanked } from '../../core/analysis/top.js';
import { formatMethodsCsv } from '../../report/methods-csv.js';
import { formatMethodsJson } from '../../report/methods-json.js';
import { formatMethodsMarkdown } from '../../report/methods-markdown.js';
import { paretoNote } from '../../report/pareto.js';
import { formatRankingCsv } from '../../report/ranking-csv.js';
import { formatRankingJson } from '../../report/ranking-json.js';
import { formatRankingMarkdown } from '../../report/ranking-markdown.js';
import { renderMethodsTable } from '../../ui/methods-table.js';
import { renderRankingTable } from '../../ui/rank-table.js';
import { version } from '../../version.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { unwrap } from '../unwrap.js';
import { scoreProject, type ScoringOptions } from './score-project.js';
import { refuseOverwritingInputs, stdoutChalk, warningLines } from './shared.js';

/** Options of `rank`, as commander parses them. */
export interface RankOptions extends ScoringOptions {
  format: 'table' | 'json' | 'csv' | 'markdown';
  output?: string | undefined;
  top?: number | undefined;
  /** Rank under every method, side by side. */
  allMethods?: boolean | undefined;
  /** Only the non-dominated eligible vendors. */
  pareto?: boolean | undefined;
}

type Chalk = ReturnType<typeof stdoutChalk>;

/** `rank`: load, score, rank, and render in the chosen format. */
export async function runRank(
  options: RankOptions,
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  if (options.allMethods && options.method !== undefined) {
    throw new UsageError(
      '--all-methods and -m/--method cannot be used together',
      '--all-methods ranks under every method; drop -m, or drop --all-methods',
    );
  }
  const { project, ranking } = scoreProject(
    { ...options, example: 'vendor-eval rank vendors/' },
    ctx,
  );
  refuseOverwritingInputs(
    options.output,
    [...project.sources.keys(), ...(project.config ? [project.config.path] : [])],
    ctx.cwd,
  );
  const front = options.pareto ? paretoFront(ranking) : ranking;
  const shown = topRanked(front, options.top);
  const scope = options.pareto ? paretoNote(ranking, front) : undefined;
  const chalk = stdoutChalk(ctx, global, options.output !== undefined);
  const columns = options.output === undefined ? ctx.columns : undefined;
  let text: string;
  if (options.allMethods) {
    const rankings = rankUnderEveryMethod(project.set, project.vendors, ranking, options);
    const comparison = comparisonOf(
      compareMethods(unwrap(rankings, project.sources)),
      shown.vendors.map((v) => v.id),
    );
    text = renderComparison(comparison, options.format, chalk, columns, scope);
  } else {
    text = renderRanking(shown, options.format, chalk, columns, scope);
  }
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
  chalk: Chalk,
  columns: number | undefined,
  scope: string | undefined,
): string {
  switch (format) {
    case 'json':
      return formatRankingJson(ranking, version);
    case 'csv':
      return formatRankingCsv(ranking);
    case 'markdown':
      return formatRankingMarkdown(ranking, scope);
    case 'table':
      return renderRankingTable(ranking, chalk, columns, scope);
  }
}

function renderComparison(
  comparison: MethodComparison,
  format: RankOptions['format'],
  chalk: Chalk,
  columns: number | undefined,
  scope: string | undefined,
): string {
  switch (format) {
    case 'json':
      return formatMethodsJson(comparison, version);
    case 'csv':
      return formatMethodsCsv(comparison);
    case 'markdown':
      return formatMethodsMarkdown(comparison, scope);
    case 'table':
      return renderMethodsTable(comparison, chalk, columns, scope);
  }
}
