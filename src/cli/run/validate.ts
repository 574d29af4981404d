import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { hasErrors, type Issue } from '../../core/issues.js';
import { UsageError } from '../errors.js';
import { loadConfigFile, findConfigFile, type ProjectConfig } from '../../io/config.js';
import { loadCriteria } from '../../io/criteria-loader.js';
import { loadFile } from '../../io/load-file.js';
import { resolveCriteria, resolveVendorPaths } from '../../io/resolve-inputs.js';
import { createSourceCache } from '../../io/source-cache.js';
import { loadVendors } from '../../io/vendor-loader.js';
import { findYamlFiles, type FoundFile } from '../../io/walk.js';
import { validateFormats } from '../../ui/formats/validate.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { unwrap } from '../unwrap.js';
import { refuseOverwritingInputs, renderAs, renderContext } from '../output.js';
import { warningLines } from './shared.js';

/** Options of `validate`. */
export interface ValidateOptions {
  files: string[];
  criteria?: string | undefined;
  format: (typeof validateFormats)[number]['id'];
  output?: string | undefined;
}

/**
 * `validate`: every problem in every file, syntax errors included, as findings (exit 1 on an
 * error, 0 otherwise). Paths that do not exist are a usage error (exit 2).
 */
export async function runValidate(
  options: ValidateOptions,
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  const cache = createSourceCache();
  const configPath = findConfigFile(ctx.cwd);
  const config = configPath ? loadConfigFile(configPath, ctx.cwd, cache) : undefined;
  const usable = config && !hasErrors(config.issues) ? config : undefined;
  const paths = options.files.length > 0 ? options.files : projectPaths(config, usable);
  unwrap(resolveVendorPaths({ cwd: ctx.cwd, paths, vendors: 'optional' }, undefined));
  const found = findYamlFiles(paths, ctx.cwd);
  refuseOverwritingInputs(
    options.output,
    [...found.files.map((f) => f.path), ...(configPath ? [configPath] : [])],
    ctx.cwd,
  );
  const request = { cwd: ctx.cwd, criteria: options.criteria, command: 'validate' };
  // a mistaken -c is a usage error before any file is checked
  if (options.criteria !== undefined) unwrap(resolveCriteria(request, undefined, cache));

  const issues: Issue[] = [...found.issues];
  const vendorFiles: FoundFile[] = [];
  for (const f of found.files) {
    const loaded = loadFile(f.path, f.display, ctx.cwd, cache);
    issues.push(...loaded.issues);
    if (loaded.kind === 'vendor') vendorFiles.push({ ...f, explicit: true });
    if (loaded.kind !== 'unknown' || loaded.issues.length > 0) continue;
    // a mapping of unknown keys is checked as a vendor file, so each key is reported
    if (isMapping(loaded.source?.data)) vendorFiles.push({ ...f, explicit: true });
    else {
      issues.push({
        severity: 'error',
        rule: 'unknown-kind',
        message: `${f.display} is not a criteria set, vendor file or project file`,
        hint: 'criteria sets have categories/criteria/include; vendor files have answers; the project file is vendor-eval.config.yaml',
        file: f.display,
        line: 1,
        column: 1,
      });
    }
  }
  const notes: Issue[] = [];
  if (vendorFiles.length) {
    const resolved = resolveCriteria(request, usable, cache);
    notes.push(...resolved.issues.filter((i) => i.severity !== 'error'));
    const criteria = resolved.ok
      ? loadCriteria(resolved.value.file, ctx.cwd, ctx.cwd, cache)
      : { set: undefined, issues: resolved.issues };
    if (criteria.set) issues.push(...loadVendors(vendorFiles, criteria.set, cache).issues);
    else {
      issues.push(...criteria.issues);
      const ref = options.criteria ?? usable?.input?.criteria ?? 'customer-service';
      for (const f of vendorFiles) {
        issues.push({
          severity: 'warning',
          rule: 'unchecked-answers',
          message: `answers not checked: criteria set "${ref}" has errors`,
          file: f.display,
          line: 1,
          column: 1,
        });
      }
    }
  }
  const unique = dedupe(issues);
  const checked = found.files.map((f) => f.display);
  const text = await renderAs(
    validateFormats,
    options.format,
    { issues: unique, files: checked },
    renderContext(ctx, global, { output: options.output }),
  );
  const failed = hasErrors(unique);
  return {
    stdout: options.output ? undefined : text,
    files: options.output ? [{ path: options.output, content: text }] : undefined,
    notes: [
      ...warningLines(notes, ctx, global),
      ...(unique.length === 0
        ? [`✓ ${checked.length} file${checked.length === 1 ? '' : 's'} checked, no problems`]
        : []),
    ],
    exitCode: failed ? 1 : 0,
  };
}

function dedupe(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.file}:${i.line}:${i.column}:${i.rule}:${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isMapping(data: unknown): boolean {
  return data !== null && typeof data === 'object' && !Array.isArray(data);
}

/**
 * What `validate` checks when given no files: the project file, its vendors and its own
 * criteria file (a built-in id is not the project's to check).
 */
function projectPaths(
  config: ProjectConfig | undefined,
  usable: ProjectConfig | undefined,
): string[] {
  if (!config) {
    throw new UsageError(
      'no files given',
      'name files or folders, e.g. "vendor-eval validate criteria/ vendors/", or add a vendor-eval.config.yaml',
    );
  }
  if (!usable) return [config.path];
  const vendors = unwrap(resolveVendorPaths({ cwd: usable.dir, vendors: 'optional' }, usable));
  const crit = usable.input?.criteria;
  const critPath = crit === undefined ? undefined : resolve(usable.dir, crit);
  return [config.path, ...vendors, ...(critPath && existsSync(critPath) ? [critPath] : [])];
}
