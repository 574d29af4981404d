// Small builders of HTML markup. Text arguments are escaped here; arguments named `html` are
// markup already built by these helpers (never a user's string).
import { escapeHtml } from './escape.js';

/** Attributes of an element, each value escaped; undefined and false ones left out. */
export function attrs(values: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`))
    .join('');
}

/** `<p>` holding `text`, escaped; '' for an empty text. */
export function paragraph(text: string | undefined, className?: string): string {
  return text ? `<p${attrs({ class: className })}>${escapeHtml(text)}</p>` : '';
}

/** A `<ul>` of escaped text items; '' when there are none. */
export function list(items: readonly string[], className?: string): string {
  if (items.length === 0) return '';
  return `<ul${attrs({ class: className })}>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
}

/** A sentence for reading: the first letter capitalised and a full stop, as the markdown has it. */
export function sentence(line: string): string {
  const text = `${line.charAt(0).toUpperCase()}${line.slice(1)}`;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** One major section of the page: `<section id>` with its `<h2>`. */
export function section(id: string, heading: string, html: readonly string[]): string {
  return `<section${attrs({ id })}>\n<h2>${escapeHtml(heading)}</h2>\n${html.filter(Boolean).join('\n')}\n</section>`;
}

/** A chart in a `<figure>` with its caption (escaped). */
export function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}

/**
 * A line of the tool's own wording for HTML: escaped, with its `backticked` commands set as
 * code (the wording is shared with the markdown formats).
 */
export function codeSpans(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}
