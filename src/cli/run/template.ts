import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isId, slugOf } from '../../core/model/ids.js';
import { nominalWeights } from '../../core/scoring/weights.js';
import { loadCriteriaResult } from '../../io/criteria-loader.js';
import { runSourceCache } from '../../io/source-cache.js';
import { resolveInputs } from '../../io/resolve-inputs.js';
import { installedSchemaPath } from '../../io/schema-path.js';
import { formatVendorTemplate } from '../../report/vendor-template.js';
import { twoCriteriaSets, UsageError } from '../errors.js';
import { unwrap } from '../unwrap.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { warningLines } from './shared.js';

/**
 * `template [id|file]` (or `-c`): a blank vendor file for the set, to stdout or a new file. The
 * set is found as `criteria show` finds it: the argument, else the project's, else the default.
 */
export function runTemplate(
  options: {
    id?: string | undefined;
    criteria?: string | undefined;
    vendor?: string | undefined;
    evaluator?: string | undefined;
    output?: string | undefined;
  },
  ctx: CliContext,
  global: GlobalOptions,
): CommandResult {
  if (options.id !== undefined && options.criteria !== undefined) {
    throw twoCriteriaSets(options.criteria, options.id);
  }
  if (options.vendor !== undefined && !isId(options.vendor)) {
    const slug = slugOf(options.vendor);
    throw new UsageError(
      'invalid-vendor-id',
      `--vendor ${JSON.stringify(options.vendor)} is not a vendor id: ids are lower-case letters and digits joined by hyphens`,
      isId(slug) ? `did you mean --vendor ${slug}?` : 'for example --vendor acme-care',
    );
  }
  if (options.output !== undefined && existsSync(resolve(ctx.cwd, options.output))) {
    throw new UsageError(
      'output-exists',
      `${options.output} already exists: template writes only new files`,
      'name a new file, or delete or move the existing one first',
    );
  }
  const cache = runSourceCache(ctx.cacheDir);
  const inputs = unwrap(
    resolveInputs({
      cwd: ctx.cwd,
      criteria: options.id ?? options.criteria,
      vendors: 'none',
      command: 'template',
      cache,
    }),
  );
  const notes = warningLines(inputs.notes, ctx, global);
  const { set } = unwrap(loadCriteriaResult(inputs.criteria.file, ctx.cwd, ctx.cwd, cache));
  // every file is read by now: what this run parsed is kept for the next one
  cache.parseCache?.flush();
  const folder = options.output === undefined ? ctx.cwd : dirname(resolve(ctx.cwd, options.output));
  const text = formatVendorTemplate(set, nominalWeights(set.root), {
    vendor: options.vendor,
    evaluator: options.evaluator,
    schemaPath: installedSchemaPath(folder, 'vendor'),
  });
  return options.output === undefined
    ? { stdout: text, notes }
    : { files: [{ path: options.output, content: text }], notes };
}
