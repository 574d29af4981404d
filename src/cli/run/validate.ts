import { resolve } from 'node:path';
import { UsageError, hasErrors, type Issue } from '../../core/issues.js';
import { loadConfigFile, findConfigFile } from '../../io/config.js';
import { builtinSetIds } from '../../io/builtin.js';
import { loadCriteria, resolveSetRef } from '../../io/criteria-loader.js';
import { detectKind } from '../../io/detect-kind.js';
import { defaultCriteria } from '../../io/project.js';
import { readSource } from '../../io/source.js';
import { didYouMean } from '../../core/suggest.js';
import { loadVendors } from '../../io/vendor-loader.js';
import { findYamlFiles, type FoundFile } from '../../io/walk.js';
import { validateFormats } from '../../ui/formats/validate.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { refuseOverwritingInputs, renderAs, renderContext } from '../output.js';

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
  const configPath = findConfigFile(ctx.cwd);
  const config = configPath ? loadConfigFile(configPath, ctx.cwd) : undefined;
  let paths = options.files;
  if (paths.length === 0) {
    if (!config) {
      throw new UsageError(
        'no files given',
        'name files or folders, e.g. "vendor-eval validate criteria/ vendors/", or add a vendor-eval.config.yaml',
      );
    }
    const vendors = config.input?.vendors;
    paths = [
      config.path,
      ...(Array.isArray(vendors) ? vendors : vendors ? [vendors] : []).map((p) =>
        resolve(config.dir, p),
      ),
    ];
    const crit = config.input?.criteria;
    if (crit && findYamlFiles([resolve(config.dir, crit)], ctx.cwd).notFound.length === 0)
      paths.push(resolve(config.dir, crit));
  }
  const found = findYamlFiles(paths, ctx.cwd);
  if (found.notFound.length)
    throw new UsageError(`no such file or folder: ${found.notFound.join(', ')}`);
  refuseOverwritingInputs(
    options.output,
    [...found.files.map((f) => f.path), ...(configPath ? [configPath] : [])],
    ctx.cwd,
  );
  if (options.criteria !== undefined && !resolveSetRef(options.criteria, ctx.cwd)) {
    throw new UsageError(
      `-c names "${options.criteria}", which is neither a file nor a built-in criteria set`,
      didYouMean(options.criteria, builtinSetIds()) ??
        `built-in sets: ${builtinSetIds().join(', ')}`,
    );
  }

  const issues: Issue[] = [...found.issues];
  const vendorFiles: FoundFile[] = [];
  for (const f of found.files) {
    const read = readSource(f.path, f.display);
    if (!read.source || read.issues.length) {
      issues.push(...read.issues);
      continue;
    }
    const kind = detectKind(read.source.data, f.display);
    if (kind === 'criteria') issues.push(...loadCriteria(f.path, ctx.cwd).issues);
    else if (kind === 'config') issues.push(...loadConfigFile(f.path, ctx.cwd).issues);
    else if (kind === 'vendor' || isMapping(read.source.data)) {
      // a mapping of unknown keys is checked as a vendor file, so each key is reported
      vendorFiles.push({ ...f, explicit: true });
    } else {
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
  if (vendorFiles.length) {
    const useConfig = options.criteria === undefined && config?.input?.criteria !== undefined;
    const ref = options.criteria ?? config?.input?.criteria ?? defaultCriteria;
    const criteria = loadCriteria(ref, ctx.cwd, useConfig && config ? config.dir : ctx.cwd);
    if (criteria.set) issues.push(...loadVendors(vendorFiles, criteria.set).issues);
    else {
      issues.push(...criteria.issues);
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
    notes:
      unique.length === 0
        ? [`✓ ${checked.length} file${checked.length === 1 ? '' : 's'} checked, no problems`]
        : [],
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
