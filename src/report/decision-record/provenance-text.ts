// Provenance in plain words, shared by the markdown record and the HTML page: how each group's
// weights were made, and the command that checks the input hash.
import { plural } from '../numbers.js';
import type { WeightSource } from './model.js';
import { shellLine } from './shell-words.js';

/** The random-index tables AHP's consistency ratio may use (`riTable`), by name. */
const riTableNames: Record<string, string> = {
  saaty: 'Saaty’s table',
  'donegan-dodd': 'Donegan and Dodd’s table',
  'alonso-lamata': 'Alonso and Lamata’s table',
};

/** How a group's weights were made, in words: `AHP (pairwise comparisons), CR 0.043, consistent`. */
export function weightSourceText(
  w: Pick<WeightSource, 'method' | 'cr' | 'consistent' | 'riTable' | 'comparisons' | 'ranges'>,
): string {
  const how: Record<string, string> = {
    direct: 'as written in the set (direct)',
    ahp: 'AHP (pairwise comparisons)',
    roc: 'ROC (rank-order centroid of the stated order)',
    swing: 'swing weighting',
    entropy: 'entropy (from how much the answers vary)',
    critic: 'CRITIC (from the answers’ contrast and correlation)',
  };
  const parts = [how[w.method] ?? w.method];
  if (w.cr !== undefined)
    parts.push(
      `CR ${w.cr.toFixed(3)} (random index: ${riTableNames[w.riTable ?? 'saaty'] ?? w.riTable}), ${w.consistent ? 'consistent (≤ 0.1)' : 'inconsistent (> 0.1)'}`,
    );
  if (w.comparisons)
    parts.push(
      w.comparisons.completed > 0
        ? `${plural(w.comparisons.given, 'comparison')} given, ${w.comparisons.completed} more filled in by completion (least λmax)`
        : `${plural(w.comparisons.given, 'comparison')} given`,
    );
  if (w.ranges.length) parts.push(`weight ranges on ${w.ranges.join(', ')} (the middle used)`);
  return parts.join('; ');
}

/**
 * The command that prints the input digest from the files: `sha256sum <files> | sha256sum`, each
 * name quoted for the shell, and `--` first when a name starts with `-` (else read as an option).
 */
export function sha256sumCommand(files: readonly string[]): string {
  const dashed = files.some((f) => f.startsWith('-'));
  return `${shellLine(['sha256sum', ...(dashed ? ['--'] : []), ...files])} | sha256sum`;
}
