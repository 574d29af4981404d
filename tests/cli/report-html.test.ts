import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspHash, cspOf, rankingTable, scripts, sectionIds } from '../report/html/page.js';
import { examplesDir, makeTempDir, runCli } from './run-cli.js';

const exampleIds = [
  'harbourline-care',
  'kestrel-contact',
  'loop-and-tell',
  'meridian-shore',
  'puente-contact',
  'tala-global',
];

const info =
  'info no vendor-eval.config.yaml here: using the built-in criteria set customer-service (builtin-criteria) — choose another with -c\n';

describe('report -o decision.html', () => {
  it('writes one page with every section the examples call for, every vendor in it', async () => {
    const dir = makeTempDir();
    const out = join(dir, 'd.html');
    const run = await runCli(['report', 'examples/vendors', '-o', out], {
      env: { SOURCE_DATE_EPOCH: '0' },
    });
    expect(run.stderr).toBe(`${info}wrote ${out}\n`);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    // the examples are costed: the value map is there; no robustness without --robustness
    expect(sectionIds(html)).toEqual([
      'glance',
      'ranking',
      'contributions',
      'profiles',
      'value-map',
      'tipping-points',
      'top-two',
      'vendors',
      'provenance',
    ]);
    const rows = [
      ...rankingTable(html).matchAll(/<tr(?: class="ineligible")? data-vendor="([^"]+)"/g),
    ];
    expect(rows.map((m) => m[1]).sort()).toEqual(exampleIds);
    for (const id of exampleIds)
      expect(html).toContain(`<section class="vendor" id="vendor-${id}" data-vendor="${id}">`);
    for (const chart of ['stacked-bars', 'small-multiples', 'value-map'])
      expect(html).toMatch(new RegExp(`<svg [^>]*data-chart="${chart}"`));
    expect(html).toContain('<dt>Generated</dt><dd>1970-01-01T00:00:00.000Z</dd>');
    expect(html).toContain(
      `<dt>Command</dt><dd>vendor-eval report examples/vendors -o ${out}</dd>`,
    );
    const [script] = scripts(html);
    expect(cspOf(html)).toContain(`script-src '${cspHash(script ?? '')}'`);
  });

  it('adds the robustness section with --robustness, and the same input gives the same bytes', async () => {
    const args = ['report', examplesDir, '--robustness', '--iterations', '500'];
    const env = { SOURCE_DATE_EPOCH: '1767225600' };
    const first = await runCli(args, { env });
    const second = await runCli(args, { env });
    expect(first.code).toBe(0);
    expect(sectionIds(first.stdout)).toContain('robustness');
    expect(first.stdout).toMatch(/<svg [^>]*data-chart="rank-acceptability"/);
    expect(first.stdout).toContain('<dt>Generated</dt><dd>2026-01-01T00:00:00.000Z</dd>');
    expect(second.stdout).toBe(first.stdout);
  });

  it('refuses to print the page to a terminal', async () => {
    const run = await runCli(['report', 'examples/vendors'], { stdoutIsTTY: true });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'error the HTML record is a file to open in a browser, not terminal output (html-to-terminal) — write it with -o decision.html, pipe it, or use --format markdown\n',
    );
  });
});

describe('report --no-answers', () => {
  it("writes each vendor's section without its answer table, and says so", async () => {
    const run = await runCli(['report', 'examples/vendors', '--no-answers', '-q'], {
      env: { SOURCE_DATE_EPOCH: '0' },
    });
    expect(run.code).toBe(0);
    const html = run.stdout;
    expect(html).toContain(
      'Answer tables left out (--no-answers): each vendor&#39;s facts are here; `vendor-eval explain &lt;vendor&gt;` shows every answer.',
    );
    for (const id of exampleIds)
      expect(html).toContain(`<section class="vendor" id="vendor-${id}" data-vendor="${id}">`);
    expect(html).not.toMatch(/<tr class="(?:knockout|missing)"/);
  });
});

describe('rank --format html', () => {
  it('gives the glance, the ranking table and the score by category as one page', async () => {
    const run = await runCli(['rank', 'examples/vendors', '--format', 'html']);
    expect(run.stderr).toBe(info);
    expect(run.code).toBe(0);
    const html = run.stdout;
    expect(html.startsWith('<!doctype html>\n')).toBe(true);
    expect(html).toContain('<title>Customer service outsourcing: ranking</title>');
    expect(sectionIds(html)).toEqual(['glance', 'ranking', 'contributions']);
    const rows = [...rankingTable(html).matchAll(/data-vendor="([^"]+)"/g)].map((m) => m[1]);
    expect(rows.sort()).toEqual(exampleIds);
    expect(html).toContain(
      '<li class="lead">Puente Contact Partners ranks first with 76.8 / 100, 5.3 points ahead of Harbourline Customer Care (71.5).</li>',
    );
  });

  it('says what --pareto left out, above the table', async () => {
    const run = await runCli(['rank', 'examples/vendors', '--format', 'html', '--pareto']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '<section id="ranking">\n<h2>Ranking</h2>\n<p class="note">Pareto front: 3 of 6 vendors; left out: Kestrel Contact Solutions (ineligible); Tala Global Services (ineligible); Loop &amp; Tell Social Care (ineligible).</p>\n',
    );
  });

  it.each(['--all-methods', '--price-formulas'])('cannot be used with %s', async (option) => {
    const run = await runCli(['rank', 'examples/vendors', '--format', 'html', option]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `error --format html is the ranking alone; it cannot be used with ${option} (conflicting-options) — use --format markdown, or drop --format html\n`,
    );
  });
});
