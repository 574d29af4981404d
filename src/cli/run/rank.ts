import type { MissingPolicy, Ranking } from '../../core/model/ranking.js';
import { formatRankingCsv } from '../../report/ranking-csv.js';
import { formatRankingJson } from '../../report/ranking-json.js';
import { formatRankingMarkdown } from '../../report/ranking-markdown.js';
import { renderRankingTable } from '../../ui/rank-table.js';
import { version } from '../../version.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { scoreProject } from './score-project.js';
import { refuseOverwritingInputs, stdoutChalk, warningLines } from './shared.js';

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
  const { project, ranking } = scoreProject(
    { ...options, example: 'vendor-eval rank vendors/' },
    ctx,
  );
  refuseOverwritingInputs(
    options.output,
    [...project.sources.keys(), ...(project.config ? [project.config.path] : [])],
    ctx.cwd,
  );
  // --top n: the ranked vendors whose rank is n or better, so a tie at the cut is kept whole
  const top = options.top;
  const shown: Ranking =
    top === undefined
      ? ranking
      : { ...ranking, vendors: ranking.vendors.filter((v) => v.rank !== null && v.rank <= top) };
  const text = renderRanking(
    shown,
    options.format,
    stdoutChalk(ctx, global, options.output !== undefined),
    options.output === undefined ? ctx.columns : undefined,
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
  columns: number | undefined,
): string {
  switch (format) {
    case 'json':
      return formatRankingJson(ranking, version);
    case 'csv':
      return formatRankingCsv(ranking);
    case 'markdown':
      return formatRankingMarkdown(ranking);
    case 'table':
      return renderRankingTable(ranking, chalk, columns);
  }
}
