import { hasErrors } from '../../core/issues.js';
import { checkFiles, projectFiles } from '../../io/check-files.js';
import { findConfigFile, loadConfigFile } from '../../io/config.js';
import { resolveCriteria, resolveVendorPaths } from '../../io/resolve-inputs.js';
import { runSourceCache } from '../../io/source-cache.js';
import { findYamlFiles } from '../../io/walk.js';
import type { validateFormats } from '../../ui/formats/validate.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { refuseOverwritingInputs } from '../output.js';
import { unwrap } from '../unwrap.js';
import { issueReport } from './issue-report.js';
import { warningLines } from './shared.js';

/** Options of `validate`. */
export interface ValidateOptions {
  files: string[];
  criteria?: string | undefined;
  format: (typeof validateFormats)[number]['id'];
  /** Its format list, passed by the command (which takes the ids from it for `--format`). */
  formats: typeof validateFormats;
  output?: string | undefined;
}

/**
 * `validate`: every problem in every file, syntax errors included, as findings (exit 1 on an
 * error, 0 otherwise). Paths that do not exist and a mistaken `-c` are usage errors (exit 2).
 */
export async function runValidate(
  options: ValidateOptions,
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  const cache = runSourceCache(ctx.cacheDir);
  const configPath = findConfigFile(ctx.cwd);
  const config = configPath ? loadConfigFile(configPath, ctx.cwd, cache) : undefined;
  const usable = config && !hasErrors(config.issues) ? config : undefined;
  const paths = options.files.length > 0 ? options.files : unwrap(projectFiles(config, usable));
  unwrap(resolveVendorPaths({ cwd: ctx.cwd, paths, vendors: 'optional' }, undefined));
  const found = findYamlFiles(paths, ctx.cwd);
  refuseOverwritingInputs(
    options.output,
    [...found.files.map((f) => f.path), ...(configPath ? [configPath] : [])],
    ctx.cwd,
  );
  // a mistaken -c is a usage error before any file is checked
  if (options.criteria !== undefined) {
    unwrap(
      resolveCriteria(
        { cwd: ctx.cwd, criteria: options.criteria, command: 'validate' },
        undefined,
        cache,
      ),
    );
  }
  const checked = checkFiles({
    cwd: ctx.cwd,
    files: found.files,
    criteria: options.criteria,
    config: usable,
    cache,
  });
  // every file is read by now: what this run parsed is kept for the next one
  cache.parseCache?.flush();
  const issues = [...found.issues, ...checked.issues];
  const files = found.files.map((f) => f.display);
  const model = { issues, files };
  const report = await issueReport(options.formats, options.format, model, {
    ctx,
    global,
    output: options.output,
  });
  return {
    ...report,
    notes: [
      ...warningLines(checked.notes, ctx, global),
      ...(issues.length === 0
        ? [`✓ ${files.length} file${files.length === 1 ? '' : 's'} checked, no problems`]
        : []),
      ...(report.notes ?? []),
    ],
    exitCode: hasErrors(issues) ? 1 : 0,
  };
}
