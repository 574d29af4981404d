import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './errors.js';
import {
  loadFormat,
  renderFormat,
  renderReport,
  type FormatEntry,
  type RenderContext,
  type ReportText,
  type RepositoryRoot,
} from '../report/format.js';
import { plain } from '../report/theme.js';
import { version } from '../version.js';
import { outputWidth, type CliContext, type CommandResult, type GlobalOptions } from './context.js';
import { themesOf } from './themes.js';

/**
 * `-o` must never replace one of the files the command read (a vendor file or criteria set):
 * no command rewrites a user's input.
 */
export function refuseOverwritingInputs(
  output: string | undefined,
  inputs: Iterable<string>,
  cwd: string,
): void {
  if (output === undefined) return;
  const target = resolve(cwd, output);
  for (const input of inputs) {
    if (sameFile(resolve(cwd, input), target)) {
      throw new UsageError(
        'overwrites-input',
        `-o ${output} would overwrite an input file`,
        'write the report to a new file',
      );
    }
  }
}

/**
 * Whether two paths name one file: the same path, or the same file reached another way (a
 * symbolic link, which `-o` writes through, or a hard link), by device and inode.
 */
function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false; // one of them does not exist (yet): not the same file
  }
}

/**
 * The render context of a command's report: the run's stdout theme and the width to fit, or
 * for a file (`-o`) no colour and no width.
 */
export function renderContext(
  ctx: CliContext,
  global: GlobalOptions,
  options: {
    output?: string | undefined;
    scopeNote?: string | undefined;
    repository?: RepositoryRoot | undefined;
  } = {},
): RenderContext {
  const toFile = options.output !== undefined;
  return {
    theme: toFile ? plain : themesOf(ctx, global.color).stdout,
    columns: outputWidth(ctx, toFile),
    toolVersion: version,
    scopeNote: options.scopeNote,
    repository: options.repository,
  };
}

/** Renders `model` in the format `id` of a builtin list. */
export async function renderAs<Model>(
  formats: readonly FormatEntry<Model>[],
  id: string,
  model: Model,
  rctx: RenderContext,
): Promise<string> {
  return renderFormat(await formatOf(formats, id), model, rctx);
}

/**
 * {@link renderAs} for a report that is only written out: in pieces when the format gives them
 * (`Format.renderPieces`), so a large report is never one string.
 */
export async function renderReportAs<Model>(
  formats: readonly FormatEntry<Model>[],
  id: string,
  model: Model,
  rctx: RenderContext,
): Promise<ReportText> {
  return renderReport(await formatOf(formats, id), model, rctx);
}

async function formatOf<Model>(formats: readonly FormatEntry<Model>[], id: string) {
  const format = await loadFormat(formats, id);
  if (!format) {
    // commander allows only the list's ids, so this is a bug, not a user's mistake
    throw new Error(`no format "${id}" in ${formats.map((f) => f.id).join(', ')}`);
  }
  return format;
}

/** A report for stdout, or for the file `-o` names (with a note saying so). */
export function reportResult(
  text: ReportText,
  output: string | undefined,
  notes: readonly string[] = [],
): CommandResult {
  return output === undefined
    ? { stdout: text, notes: [...notes] }
    : {
        files: [{ path: output, content: text }],
        notes: [...notes, `wrote ${output}`],
      };
}
