/**
 * Vendor names in place of ids. The shared texts of `sensitivity` and its tipping points name
 * vendors by file id (for the terminal); the page names them as everywhere else on it, so a
 * reader matches a sentence to the chart, the table and the glance.
 */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A function that replaces each whole vendor id in a text by the vendor's name. */
export function namesFor(
  vendors: readonly { id: string; name: string }[],
): (text: string) => string {
  const byId = new Map(vendors.map((v) => [v.id, v.name]));
  const ids = [...byId.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  if (ids.length === 0) return (text) => text;
  const word = new RegExp(`(?<![\\w-])(${ids.join('|')})(?![\\w-])`, 'g');
  return (text) => text.replace(word, (id) => byId.get(id) ?? id);
}
