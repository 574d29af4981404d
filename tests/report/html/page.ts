// Reading a rendered page in tests without a DOM library: the few regular expressions the HTML
// tests share.
import { createHash } from 'node:crypto';

/** The ids of the page's major sections, in document order (vendor sections left out). */
export function sectionIds(html: string): string[] {
  return [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** The text of every inline script. */
export function scripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
}

/** The CSP meta tag's policy (entities decoded: it is an attribute). */
export function cspOf(html: string): string | undefined {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  return m?.[1]?.replace(/&#39;/g, "'");
}

/** `sha256-…` of a script's text, as a CSP names it. */
export function cspHash(script: string): string {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}

/** The `<section>` of one vendor, whole. */
export function vendorSection(html: string, id: string): string {
  const m = new RegExp(
    `<section class="vendor" id="vendor-${id}" data-vendor="${id}">[\\s\\S]*?</section>`,
  ).exec(html);
  return m?.[0] ?? '';
}

/** The ranking table, whole. */
export function rankingTable(html: string): string {
  return /<table class="ranking">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
}
