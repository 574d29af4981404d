/**
 * Escaping for HTML and SVG. Every string that comes from a user's file (vendor names, notes,
 * evidence, ids, criteria names) goes through one of these before it is placed in markup, so a
 * name like `<script>` or `" onmouseover="…` stays text.
 */

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // line and paragraph separators as references, so the output never holds one raw: they end a
  // string if text is ever placed inside a script
  '\u2028': '&#x2028;',
  '\u2029': '&#x2029;',
};

/**
 * Text for an element's content or a quoted attribute value (both quote kinds escaped). Control
 * characters other than tab and newline are dropped: they are not allowed in HTML text and
 * could forge what a reader sees.
 */
export function escapeHtml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- the point is to drop control characters
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[&<>"'\u2028\u2029]/g, (c) => entities[c] ?? c)
  );
}

/** An id for an `id`/`href="#…"` attribute: the id's letters kept, anything else as `_`. */
export function htmlId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
