import { describe, expect, it } from 'vitest';
import type { ChoiceCriterion } from '../../../src/core/model/types.js';
import { escapeHtml } from '../../../src/report/html/escape.js';
import { formatDecisionHtml } from '../../../src/report/html/decision-html.js';
import { formatRankingHtml } from '../../../src/report/html/ranking-html.js';
import { sortScript } from '../../../src/report/html/script.js';
import { answer, boolean, choice, group, number, scale, set, vendor } from '../../core/builders.js';
import { scripts } from './page.js';
import { recordOf } from './records.js';

// Each payload is bracketed by letters, so "not raw" is exact: `Q&amp;Q` is not a substring of
// its escaped form `Q&amp;amp;Q`, though `&amp;` is.
const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "' onmouseover='x",
  'Q&amp;Q',
  '</style><b>style</b>',
  '</title><b>title</b>',
  'javascript:alert(1)//<a href="javascript:alert(1)">x</a>',
  'line\u2028separator\u2029paragraph',
  'bell\u0007esc\u001b[31mnul\u0000del\u007f',
  `${'x'.repeat(10 * 1024)}<i>long</i>`,
];

/** A different payload for every place a user's text can reach. */
const at = (i: number): string => `P${i}${payloads[i % payloads.length] ?? ''}`;

function hostileRecord() {
  let n = 0;
  const next = () => at(n++);
  const quality = scale('quality', { name: next() });
  const gdpr = boolean('gdpr', { must: { kind: 'true' }, name: next() });
  const tier: ChoiceCriterion = choice(
    'tier',
    [
      ['gold', 1],
      ['basic', 0.5],
    ],
    { name: next() },
  );
  tier.options[0] = { value: 'gold', label: next(), score: 1 };
  const rate = number('rate', { direction: 'lower', unit: next(), name: next() });
  const service = group('service', [quality, gdpr, tier], { weight: 3 });
  service.name = next();
  const price = group('price', [rate]);
  price.name = next();
  const s = set([service, price]);
  s.name = next();
  const people = [next(), next()];
  const alpha = vendor('alpha', {
    quality: [
      answer(5, { evaluator: people[0], evidence: next(), note: next() }),
      answer(4, { evaluator: people[1], evidence: next(), note: next() }),
    ],
    gdpr: [answer(true, { evaluator: people[0], evidence: next() })],
    tier: 'gold',
    rate: 30,
  });
  alpha.name = next();
  alpha.evaluators = people;
  alpha.profile = { hq: next(), sites: [next(), next()], [next()]: { nested: next() } };
  const beta = vendor('beta', { quality: 3, gdpr: false, tier: 'basic', rate: 20 });
  beta.name = next();
  const gamma = vendor('gamma', {
    quality: [answer(null, { note: next() })],
    gdpr: true,
    rate: 25,
  });
  gamma.name = next();
  const skipped = [
    {
      file: next(),
      vendor: null,
      error: { rule: 'unknown-criterion', message: next(), line: 3, column: 1 },
    },
  ];
  const record = recordOf(s, [alpha, beta, gamma], {
    robustness: true,
    weights: new Map([['service', 5]]),
    skipped,
    files: [next(), next()],
    command: `vendor-eval report ${next()}`,
  });
  return { record, used: n };
}

/**
 * Every attribute name of every tag. A `"` inside a value is always escaped, so a quoted value
 * ends at the next `"`; values are dropped before names are read, so text like `onload=` inside
 * a value is not taken for an attribute.
 */
function attributeNames(html: string): string[] {
  return [...html.matchAll(/<[a-zA-Z][^<>]*>/g)].flatMap((m) =>
    [...m[0].replace(/="[^"]*"/g, '').matchAll(/\s([^\s=/>]+)/g)].map((a) => a[1] ?? ''),
  );
}

/** What every page must hold, whatever the data: no payload raw, one script, no handler. */
function expectInert(html: string, used: number) {
  for (let i = 0; i < used; i++) {
    const p = at(i);
    expect(html.includes(p), `payload ${i} raw: ${p.slice(0, 60)}`).toBe(false);
  }
  // the one script, and no other way to run code: no handler attribute, no URL but a fragment
  expect(scripts(html)).toEqual([sortScript]);
  expect(html.match(/<script/gi)).toHaveLength(1);
  const names = attributeNames(html);
  expect(names.filter((a) => /^on/i.test(a))).toEqual([]);
  expect(names.filter((a) => /^(src|xlink:href|action|formaction)$/i.test(a))).toEqual([]);
  expect(html).not.toMatch(/\shref="(?!#)/);
  expect(html.match(/<\/style>/g)).toHaveLength(1);
  expect(html.match(/<style>/g)).toHaveLength(1);
  // neither line separators nor control characters survive (tab and newline are ours)
  expect(html).not.toMatch(/[\u2028\u2029]/);
  // eslint-disable-next-line no-control-regex -- the point is to find control characters
  expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
}

describe('hostile strings in every user field', () => {
  const { record, used } = hostileRecord();
  const html = formatDecisionHtml(record);

  it('come out as text in the decision record: no payload raw, the one script alone, no handler', () => {
    expect(used).toBeGreaterThan(payloads.length);
    expectInert(html, used);
  });

  it('read as written once the page is parsed: each payload is there, escaped', () => {
    for (let i = 0; i < used; i++) {
      const shown = escapeHtml(at(i));
      expect(html.includes(shown), `payload ${i} missing: ${at(i).slice(0, 60)}`).toBe(true);
    }
    expect(html).toContain(`<title>Decision record: ${escapeHtml(record.set.name)}</title>`);
    expect(html).toContain('P4Q&amp;amp;Q');
    expect(html).toContain('P8line&#x2028;separator&#x2029;paragraph');
    expect(html).toContain('P9bellesc[31mnuldel');
  });

  it('come out as text in rank --format html too', () => {
    const page = formatRankingHtml(record.ranking, { toolVersion: '0.0.0-test', scopeNote: at(0) });
    expectInert(page, used);
    expect(page).toContain(escapeHtml(at(16)));
  });
});
