// The terminal table makes inert and renders only the part of a ranking it reads
// (`rankingTableView`, its format's `shows`): over generated projects under every method, with
// unanswered criteria (and notes on them), knock-outs and product scores zeroed by a utility of
// 0, the table drawn from that part is the table drawn from the whole ranking.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinMethods } from '../../src/core/methods/index.js';
import type { MissingPolicy } from '../../src/core/model/ranking.js';
import type { Answer, AnswerValue, TreeNode } from '../../src/core/model/types.js';
import { inertStrings } from '../../src/report/inert-text.js';
import { renderFormat } from '../../src/report/format.js';
import { plain } from '../../src/report/theme.js';
import {
  rankingTableFormat,
  rankingTableView,
  renderRankingTable,
} from '../../src/ui/rank-table.js';
import { answer, boolean, group, ranked, scale, set, vendor } from '../core/builders.js';

/** A project: scale criteria in two categories and at the root, and a must-have `ok`. */
const projectArb = fc
  .record({
    criteria: fc.integer({ min: 1, max: 7 }),
    vendors: fc.integer({ min: 1, max: 6 }),
    inGroup: fc.integer({ min: 0, max: 3 }),
  })
  .chain(({ criteria, vendors, inGroup }) =>
    fc.record({
      criteria: fc.constant(criteria),
      inGroup: fc.constant(Math.min(inGroup, criteria)),
      // per vendor: each criterion's answer (1 scores 0 on a 1-5 scale), null unanswered, and
      // a note on some; whether it passes the must-have
      answers: fc.array(
        fc.array(
          fc.record({
            value: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 }),
            note: fc.option(fc.constantFrom('to follow', 'asked on 2026-10-24', 'x\u001b[2Jy')),
          }),
          { minLength: criteria, maxLength: criteria },
        ),
        { minLength: vendors, maxLength: vendors },
      ),
      ok: fc.array(fc.boolean(), { minLength: vendors, maxLength: vendors }),
    }),
  );

describe('the rank table reads only its view of the ranking', () => {
  it.each(builtinMethods.map((m) => [m.id, m] as const))(
    'under %s: the table of the view is the table of the ranking',
    (_id, method) => {
      fc.assert(
        fc.property(projectArb, fc.constantFrom<MissingPolicy>('zero', 'exclude'), (p, missing) => {
          const criteria = Array.from({ length: p.criteria }, (_, j) =>
            scale(`c${j}`, { weight: j + 1, name: `Criterion ${j}` }),
          );
          const tree: TreeNode[] = [
            ...(p.inGroup > 0 ? [group('g', criteria.slice(0, p.inGroup), { weight: 3 })] : []),
            ...criteria.slice(p.inGroup),
            boolean('ok', { weight: 1, must: { kind: 'true' } }),
          ];
          const vendors = p.answers.map((row, i) => {
            const answers: Record<string, AnswerValue | Answer[]> = { ok: p.ok[i] ?? true };
            row.forEach(({ value, note }, j) => {
              if (value !== null) answers[`c${j}`] = value;
              else if (note !== null) answers[`c${j}`] = [answer(null, { note })];
            });
            return vendor(`v${i}`, answers);
          });
          let ranking;
          try {
            ranking = ranked(set(tree), vendors, { method, missing });
          } catch {
            return; // a project this method cannot rank (its own tests cover why)
          }
          const view = rankingTableView(ranking);
          expect(renderRankingTable(view, plain)).toBe(renderRankingTable(ranking, plain));
          // through the format: as the whole ranking made inert gives it
          const ctx = { theme: plain, toolVersion: '0.0.0' };
          expect(renderFormat(rankingTableFormat, ranking, ctx)).toBe(
            rankingTableFormat.render(inertStrings(ranking, 'line'), ctx),
          );
        }),
        { numRuns: 60 },
      );
    },
  );
});
