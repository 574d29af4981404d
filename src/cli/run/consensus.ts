import { analyseConsensus } from '../../core/analysis/consensus.js';
import { costVendors } from '../../core/cost/cost.js';
import type { CombineRule } from '../../core/model/consensus.js';
import { inputFiles, loadProject } from '../../io/project.js';
import type { ConsensusModel } from '../../report/consensus-model.js';
import type { consensusFormats } from '../../ui/formats/consensus.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { refuseOverwritingInputs, renderAs, renderContext, reportResult } from '../output.js';
import { unwrap } from '../unwrap.js';
import { warningLines } from './shared.js';

/** Options of `consensus`, as commander parses them. */
export interface ConsensusOptions {
  paths: string[];
  criteria?: string | undefined;
  combine: CombineRule;
  format: (typeof consensusFormats)[number]['id'];
  /** Its format list, passed by the command (which takes the ids from it for `--format`). */
  formats: typeof consensusFormats;
  output?: string | undefined;
  /** How many criteria and disagreements the text formats show (default 10). */
  top?: number | undefined;
  /** `--independence`: judge from the git history whether each evaluator scored unseen. */
  independence?: boolean | undefined;
}

/** `consensus`: load the set and vendors, measure the evaluators' agreement, render it. */
export async function runConsensus(
  options: ConsensusOptions,
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  const project = unwrap(
    loadProject({
      cwd: ctx.cwd,
      criteria: options.criteria,
      paths: options.paths,
      example: 'vendor-eval consensus vendors/',
      command: 'consensus',
      cacheDir: ctx.cacheDir,
      vendorFiles: options.independence === true,
    }),
  );
  refuseOverwritingInputs(options.output, inputFiles(project), ctx.cwd);
  const { set, vendors } = project;
  // a `cost` criterion's `must` decides who is eligible, and so the field relative number
  // scorings are measured in: the same contract costs `rank` uses (a bid that cannot be costed
  // is `rank`'s and `cost`'s to report)
  const costed =
    set.criteria.some((c) => c.type === 'cost') && vendors.some((v) => v.pricing)
      ? costVendors(set, vendors)
      : undefined;
  const costs = new Map(
    costed?.ok ? [...costed.value.vendors].map(([id, c]) => [id, c.contract]) : [],
  );
  const analysis = analyseConsensus(set, vendors, options.combine, costs);
  const model: ConsensusModel = {
    set,
    analysis,
    vendorCount: vendors.length,
    names: new Map(vendors.map((v) => [v.id, v.name])),
    criterionNames: new Map(set.criteria.map((c) => [c.id, c.name])),
    units: new Map(set.criteria.map((c) => [c.id, c.type === 'number' ? c.unit : undefined])),
    top: options.top ?? 10,
    // git is asked only when the user asks: the history walk is the slowest part of the command
    independence: options.independence
      ? (await import('./consensus-independence.js')).independenceOf(
          project.vendorFiles ?? [],
          ctx.cwd,
        )
      : undefined,
  };
  const text = await renderAs(
    options.formats,
    options.format,
    model,
    renderContext(ctx, global, { output: options.output }),
  );
  return reportResult(text, options.output, warningLines(project.warnings, ctx, global));
}
