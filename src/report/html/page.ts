// The document shell: head (charset, viewport, CSP, title, style), body, the one script.
import { createHash } from 'node:crypto';
import { escapeHtml } from './escape.js';
import { sortScript } from './script.js';
import { pageStyle } from './style.js';

/**
 * The Content-Security-Policy of a page whose one inline script is `script`: nothing loads from
 * anywhere (no network, no fonts, no frames), inline styles and data: images are allowed, and
 * the only script that may run is the one with this SHA-256, so a payload that slipped past
 * escaping still could not execute.
 */
export function contentSecurityPolicy(script: string): string {
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  return `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${hash}'`;
}

/** What a page holds: its title, the generator named in a meta tag, and the body's markup. */
export interface PageParts {
  title: string;
  /** `vendor-eval 0.1.0`. */
  generator: string;
  /** Markup built by the section modules (already escaped). */
  body: string;
}

/** A complete self-contained page: inline style, the sortable-table script, no external file. */
export function htmlPage(parts: PageParts): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(sortScript))}">
<meta name="generator" content="${escapeHtml(parts.generator)}">
<title>${escapeHtml(parts.title)}</title>
<style>
${pageStyle}
</style>
</head>
<body>
${parts.body}
<script>${sortScript}</script>
</body>
</html>
`;
}
