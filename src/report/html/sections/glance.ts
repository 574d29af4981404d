import type { Ranking } from '../../../core/model/ranking.js';
import type { Glance } from '../../decision-record/model.js';
import { skippedHeadline } from '../../skipped-files.js';
import { overridesLine } from '../../weight-overrides.js';
import { escapeHtml } from '../escape.js';
import { attrs, section } from '../markup.js';

/**
 * 1. The decision at a glance: the glance's sentences as a short list, the one naming the leader
 * largest, the ad-hoc changes of the run (weight overrides, skipped files) in bold above it.
 */
export function glanceSection(
  glance: Glance,
  ranking: Pick<Ranking, 'weightOverrides' | 'skipped'>,
): string {
  // as the glance words them; they stay first, so ad-hoc weights never pass for the set's own
  const adhoc = new Set(
    [overridesLine(ranking.weightOverrides), skippedHeadline(ranking.skipped)].flatMap((l) =>
      l ? [`${l.charAt(0).toUpperCase()}${l.slice(1)}.`] : [],
    ),
  );
  const lead = glance.sentences.find((s) => !adhoc.has(s));
  const items = glance.sentences.map((s) => {
    const cls = s === lead ? 'lead' : adhoc.has(s) ? 'adhoc' : undefined;
    return `<li${attrs({ class: cls })}>${escapeHtml(s)}</li>`;
  });
  return section('glance', 'The decision at a glance', [
    items.length ? `<ul class="glance">${items.join('')}</ul>` : '',
  ]);
}
