import { describe, expect, it } from 'vitest';
import { formatDecisionHtml } from '../../../src/report/html/decision-html.js';
import { contentSecurityPolicy } from '../../../src/report/html/page.js';
import { answer, boolean, group, number, scale, set, vendor } from '../../core/builders.js';
import { cspHash, cspOf, rankingTable, scripts, sectionIds, vendorSection } from './page.js';
import { recordOf } from './records.js';

function project() {
  const s = set([
    group(
      'service',
      [scale('quality', { name: 'Quality' }), boolean('gdpr', { must: { kind: 'true' } })],
      {
        weight: 3,
      },
    ),
    group('price', [number('rate', { direction: 'lower', unit: 'EUR/h' })], { weight: 1 }),
  ]);
  s.criteria.forEach((c) => {
    if (c.id === 'quality') c.evidence = 'required';
  });
  const alpha = vendor('alpha', {
    quality: [answer(5, { evidence: 'site visit 2026-10-14', note: 'strong team' })],
    gdpr: true,
    rate: 30,
  });
  const beta = vendor('beta', { quality: 4, gdpr: false, rate: 20 });
  const gamma = vendor('gamma', { quality: 3, gdpr: true });
  return { s, vendors: [alpha, beta, gamma] };
}

describe('the decision record as HTML', () => {
  const { s, vendors } = project();
  const html = formatDecisionHtml(recordOf(s, vendors));

  it('is one page with the sections in reading order; no value map without costs, no robustness without it', () => {
    expect(
      html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'),
    ).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<title>Decision record: Test set</title>');
    expect(sectionIds(html)).toEqual([
      'glance',
      'ranking',
      'contributions',
      'profiles',
      'tipping-points',
      'top-two',
      'vendors',
      'provenance',
    ]);
    expect((html.match(/<style>/g) ?? []).length).toBe(1);
    for (const id of sectionIds(html))
      expect(html).toMatch(new RegExp(`<section id="${id}">\\n<h2>[^<]+</h2>`));
  });

  it('adds the robustness section after the profiles with --robustness', () => {
    const robust = formatDecisionHtml(recordOf(s, vendors, { robustness: true }));
    expect(sectionIds(robust)).toEqual([
      'glance',
      'ranking',
      'contributions',
      'profiles',
      'robustness',
      'tipping-points',
      'top-two',
      'vendors',
      'provenance',
    ]);
    expect(robust).toMatch(/<svg [^>]*data-chart="rank-acceptability"/);
    expect(robust).toContain('<th scope="col" class="num">P(rank 1)</th>');
    // vendors by name, as in the chart and the glance, not by file id
    const section = robust.slice(robust.indexOf('<section id="robustness">'));
    expect(section).toMatch(
      /<p>ALPHA ranks first in \d+(\.\d)?% of 200 draws \(spread 0\.2, seed 1\)\.<\/p>/,
    );
    expect(section.slice(0, section.indexOf('</section>'))).not.toMatch(/\balpha (ranks|wins)/);
  });

  it('explains the top two in its own words: no Δ or A − B the page never defines', () => {
    const start = html.indexOf('<section id="top-two">');
    const topTwo = html.slice(start, html.indexOf('</section>', start));
    expect(topTwo).not.toMatch(/Δ|A − B/);
    expect(topTwo).toMatch(
      /<li>Part of the lead is each criterion&#39;s part of the weighted-sum lead: [^;]+; all 3 add up to [+−][\d.]+ \(ALPHA − GAMMA\); each part is rounded on its own, so a sum of the shown parts may differ from it in the last digit\.<\/li>/,
    );
  });

  it('names vendors in the tipping points, as everywhere else on the page (not by file id)', () => {
    const close = [
      vendor('alpha', { quality: 5, gdpr: true, rate: 30 }),
      vendor('beta', { quality: 4, gdpr: true, rate: 20 }),
    ];
    const page = formatDecisionHtml(recordOf(s, close));
    const start = page.indexOf('<section id="tipping-points">');
    const tipping = page.slice(start, page.indexOf('</section>', start));
    expect(tipping).toContain('the leader instead of BETA.');
    expect(tipping).toMatch(/<td>ALPHA<\/td><\/tr>/);
    expect(tipping).not.toMatch(/\b(alpha|beta)\b(?![-)])/);
  });

  it('has no top-two section with one vendor', () => {
    const one = formatDecisionHtml(recordOf(s, vendors.slice(0, 1)));
    expect(sectionIds(one)).not.toContain('top-two');
    expect(sectionIds(one)).toContain('vendors');
  });

  it("allows its one inline script by the script's SHA-256, and nothing else", () => {
    const [script, ...others] = scripts(html);
    expect(others).toEqual([]);
    expect((html.match(/<script/g) ?? []).length).toBe(1);
    expect(cspOf(html)).toBe(
      `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '${cspHash(script ?? '')}'`,
    );
    expect(contentSecurityPolicy('x')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE='",
    );
  });

  it('has a ranking row and a section for every vendor, in ranking order', () => {
    const table = rankingTable(html);
    expect(
      [
        ...table.matchAll(
          /<tr data-vendor="([^"]+)"|<tr class="ineligible" data-vendor="([^"]+)"/g,
        ),
      ].map((m) => m[1] ?? m[2]),
    ).toEqual(['alpha', 'gamma', 'beta']);
    for (const id of ['alpha', 'beta', 'gamma']) expect(vendorSection(html, id)).not.toBe('');
    expect(
      [...html.matchAll(/<section class="vendor" id="vendor-([a-z]+)"/g)].map((m) => m[1]),
    ).toEqual(['alpha', 'gamma', 'beta']);
  });

  it('heads the ranking with each category and its weight; links each vendor to its section', () => {
    const table = rankingTable(html);
    expect(table).toContain(
      '<th scope="col" class="num">service (75%)</th><th scope="col" class="num">price (25%)</th>',
    );
    expect(table).toContain(
      '<th scope="row" data-sort="alpha"><a href="#vendor-alpha">ALPHA</a></th>',
    );
    expect(table).toContain('<td class="reason"><span class="marker">✗ no: gdpr</span></td>');
  });

  it('marks a knocked-out row and an unanswered one by class and in words', () => {
    const beta = vendorSection(html, 'beta');
    expect(beta).toMatch(
      /<tr class="knockout">[^\n]*<span class="marker">✗ knocked out: must be yes<\/span>/,
    );
    expect(beta).toContain('<p class="marker">✗ Knocked out: ');
    const gamma = vendorSection(html, 'gamma');
    expect(gamma).toMatch(
      /<tr class="missing">[^\n]*<span class="marker">— unanswered \(missing\)<\/span>/,
    );
    expect(gamma).toContain('<li>Unanswered: 1 criterion (scored 0).</li>');
  });

  it("counts each vendor's evidence", () => {
    expect(vendorSection(html, 'alpha')).toContain(
      '<li>Evidence: 1 cited, 2 not cited, 0 required but missing.</li>',
    );
    expect(vendorSection(html, 'beta')).toContain(
      '<li>Evidence: 0 cited, 2 not cited, 1 required but missing.</li>',
    );
    expect(vendorSection(html, 'beta')).toContain('<span class="marker">MISSING (required)</span>');
    expect(vendorSection(html, 'alpha')).toContain('<td class="text">strong team</td>');
  });

  it('states the glance, the leader first in size', () => {
    expect(html).toMatch(
      /<ul class="glance"><li class="lead">ALPHA ranks first with [0-9.]+ \/ 100, [0-9.]+ points ahead of GAMMA \([0-9.]+\)\.<\/li>/,
    );
    expect(html).toContain('<li>2 of 3 vendors are eligible; knocked out: BETA (');
  });

  it('states the provenance: set, method, weight sources, evaluators, tool, date, command, hashes', () => {
    const p = /<section id="provenance">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(p).toContain(
      '<dt>Criteria set</dt><dd>Test set</dd><dt>Id</dt><dd>test-set</dd><dt>Version</dt><dd>1</dd><dt>File</dt><dd>test.yaml</dd>',
    );
    expect(p).toContain('<dt>Unanswered criteria</dt><dd>scored 0 (--missing zero)</dd>');
    expect(p).toContain('<td>as written in the set (direct)</td>');
    expect(p).toContain('<p>No --weights override: the set&#39;s own weights.</p>');
    expect(p).toContain(
      '<dt>Tool</dt><dd>vendor-eval 0.0.0-test</dd><dt>Generated</dt><dd>2026-01-01T00:00:00.000Z</dd><dt>Command</dt><dd>vendor-eval report vendors/</dd>',
    );
    expect(p).toContain(`<dt>Input hash (sha256)</dt><dd>${'a'.repeat(64)}</dd>`);
    expect(p).toContain(`<details><summary>Each input file's SHA-256 (3 files)</summary>`);
    expect(p).toContain(
      `<th scope="row">vendors/alpha.yaml</th><td><code>${'0'.repeat(64)}</code></td>`,
    );
    // the check an auditor pastes, from the folder the record was made in
    expect(p).toMatch(
      /<pre class="command"><code>sha256sum [^<]*vendors\/alpha\.yaml[^<]* \| sha256sum<\/code><\/pre>/,
    );
  });

  it("lists every --weights override with the set's weight and the one given", () => {
    const over = formatDecisionHtml(recordOf(s, vendors, { weights: new Map([['price', 3]]) }));
    expect(over).toContain(
      '<th scope="row">price (price)</th><td class="num">1</td><td class="num">3</td><td class="num">50.0%</td>',
    );
    expect(over).toContain('<li class="adhoc">Weights overridden: price 3 (was 1)');
  });

  it('gives the same bytes for the same record', () => {
    expect(formatDecisionHtml(recordOf(s, vendors))).toBe(html);
  });
});
