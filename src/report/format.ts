import { inertStrings, type UserTextMode } from './inert-text.js';
import type { Theme } from './theme.js';

/**
 * The repository the command ran in, for machine-readable reports, which name files relative
 * to its top folder. Both absolute, with symlinks resolved.
 */
export interface RepositoryRoot {
  /** The top folder: git's, else the CI checkout, else the working folder. */
  root: string;
  /** The working folder, which the files as shown are relative to. */
  cwd: string;
}

/** What every format may use besides its model. */
export interface RenderContext {
  /** Styling for the destination: colours for a terminal that wants them, else `plain`. */
  theme: Theme;
  /** Width the output must fit; undefined when writing to a file or a pipe without `COLUMNS`. */
  columns?: number | undefined;
  /** vendor-eval's version, for machine-readable headers. */
  toolVersion: string;
  /** One line on what the output leaves out (e.g. what `--pareto` dropped), under the title. */
  scopeNote?: string | undefined;
  /** Set by `validate` and `check` for their CI formats; without it files are named as shown. */
  repository?: RepositoryRoot | undefined;
}

/** One output format of a model (a ranking, an explanation, …): model → text. */
export interface Format<Model> {
  id: string;
  description: string;
  /** File extension a report in this format usually has, without the dot. */
  extension?: string;
  /**
   * How the strings of the model (user text among them) are made inert before `render` sees
   * them ({@link renderFormat}): every format states it, so none can forget.
   */
  userText: UserTextMode;
  /**
   * The part of the model `render` reads, for a format that reads far less than the model holds
   * (the terminal table shows a few of each vendor's hundreds of criteria): only that part is
   * made inert and rendered, so the rule's cost follows what is shown. `render(shows(m))` must be
   * `render(m)`; a test holds each format that has one to it.
   */
  // generic, so a format of a model stays usable for any model that extends it (a check's
  // report through a validate format)
  shows?<M extends Model>(model: M): M;
  render(model: Model, ctx: RenderContext): string;
  /**
   * The same text as `render`, in pieces: for a format whose report can be too large to hold as
   * one string (a ranking of a thousand vendors as JSON). Used where the text is written out.
   */
  renderPieces?(model: Model, ctx: RenderContext): Iterable<string>;
}

/**
 * A report written out in pieces, never one string: `pieces()` gives them (again on each call).
 * What {@link renderReport} makes of a format with `renderPieces`.
 */
export interface PiecewiseText {
  pieces(): Iterable<string>;
}

/** A rendered report: one string, or pieces for a large one. */
export type ReportText = string | PiecewiseText;

/**
 * A format in a builtin list: its id and description, cheap to import (commander's `choices`,
 * `--help`), and the implementation loaded only when the format is used.
 */
export interface FormatEntry<Model> {
  id: string;
  description: string;
  load(): Promise<Format<Model>>;
}

/** The ids of a builtin format list, for commander's `choices`. */
export function formatIds<const L extends readonly { id: string }[]>(list: L): L[number]['id'][] {
  return list.map((f) => f.id);
}

/** Loads the format `id` of a builtin list; undefined when the list has none by that id. */
export async function loadFormat<Model>(
  list: readonly FormatEntry<Model>[],
  id: string,
): Promise<Format<Model> | undefined> {
  return list.find((f) => f.id === id)?.load();
}

/**
 * Renders `model` in `format`, its strings first made inert by the format's `userText` rule:
 * the one place where text from a user's files enters every format.
 */
export function renderFormat<Model>(
  format: Format<Model>,
  model: Model,
  ctx: RenderContext,
): string {
  return format.render(
    inertStrings(shownPart(format, model), format.userText),
    inertContext(format, ctx),
  );
}

/**
 * The render context with its user text (the scope note names vendors: `--pareto`'s "left out:
 * …") passed through the format's rule, as the model's is: a vendor's name must not reach the
 * output raw by way of the context.
 */
function inertContext(
  format: Pick<Format<unknown>, 'userText'>,
  ctx: RenderContext,
): RenderContext {
  return ctx.scopeNote === undefined
    ? ctx
    : { ...ctx, scopeNote: inertStrings(ctx.scopeNote, format.userText) };
}

/** What of `model` the format shows (`Format.shows`), else all of it. */
function shownPart<Model>(format: Format<Model>, model: Model): Model {
  return format.shows ? format.shows(model) : model;
}

/**
 * {@link renderFormat} for a report that is written out (to stdout or a file): in pieces when
 * the format can give them, made as they are written.
 */
export function renderReport<Model>(
  format: Format<Model>,
  model: Model,
  ctx: RenderContext,
): ReportText {
  const render = format.renderPieces?.bind(format);
  if (!render) return renderFormat(format, model, ctx);
  const inert = inertStrings(shownPart(format, model), format.userText);
  const inertCtx = inertContext(format, ctx);
  return { pieces: () => render(inert, inertCtx) };
}
