import { describe, expect, it } from 'vitest';
import { examplesDir, runCli } from './run-cli.js';

// examples/vendors/meridian-shore.yaml: `sla-fcr: { value: ~, note: "measured by agent
// disposition only; survey data 'to follow'" }`, and more unanswered criteria with a note
const fcrNote = "measured by agent disposition only; survey data 'to follow'";

describe('a note on an unanswered criterion is shown with the missing answer', () => {
  it('rank: in the line of unanswered criteria', async () => {
    const run = await runCli(['rank', examplesDir, '-q'], { env: { COLUMNS: '400' } });
    expect(run.stdout.split('\n').filter((l) => l.startsWith('! Meridian'))).toEqual([
      `! Meridian Shore BPO left 12 criteria unanswered: pricing-cola, sla-fcr (note: ${fcrNote}), sla-csat, sla-vulnerable-customers (note: vulnerable-customer policy 'to follow' with the revised response), security-caller-verification (note: ID&V procedure not in the response; asked for on 2026-10-24), … (7 more)`,
    ]);
  });

  it('rank --format json: `note` on the criterion entry, with value null', async () => {
    const run = await runCli(['rank', examplesDir, '-q', '-f', 'json']);
    const doc = JSON.parse(run.stdout) as {
      vendors: { id: string; criteria: Record<string, unknown>[] }[];
    };
    const fcr = doc.vendors
      .find((v) => v.id === 'meridian-shore')
      ?.criteria.find((c) => c.id === 'sla-fcr');
    expect(fcr).toMatchObject({
      value: null,
      utility: 0,
      contribution: 0,
      evidence: null,
      note: fcrNote,
    });
  });

  it('explain: in the evidence column of the unanswered row (table and Markdown)', async () => {
    const table = await runCli(['explain', 'meridian-shore', examplesDir, '-q'], {
      env: { COLUMNS: '200' },
    });
    expect(table.stdout).toContain(
      [
        '│ First-contact resolution         │ unanswered           │       — │   2.00% │    0.0 │ note: measured by agent disposition only;  │',
        "│                                  │                      │         │         │        │ survey data 'to follow'                    │",
      ].join('\n'),
    );
    const md = await runCli(['explain', 'meridian-shore', examplesDir, '-q', '-f', 'markdown']);
    expect(md.stdout).toContain(
      `| First-contact resolution | — | — | 2.00% | 0.0 | note: ${fcrNote} |`,
    );
  });

  it('compare: in the answer cell (table, Markdown) and as `note` in the JSON', async () => {
    const args = ['compare', 'meridian-shore', 'puente-contact', examplesDir, '-q'];
    const md = await runCli([...args, '-f', 'markdown']);
    expect(md.stdout).toContain(
      `| First-contact resolution | 2.00% | unanswered (note: ${fcrNote}) (u —) | 0.0 | Repeat-contact analysis: 73–76 % (u 0.30) | 0.6 | −0.6 |`,
    );
    const table = await runCli(args, { env: { COLUMNS: '200' } });
    expect(table.stdout).toContain(
      [
        '│ First-contact resolution       │  2.00% │ unanswered (note:        │   0.0 │ Repeat-contact analysis: │   0.6 │   −0.6 │',
        '│                                │        │ measured by agent        │       │ 73–76 %                  │       │        │',
        '│                                │        │ disposition only; survey │       │ u 0.30                   │       │        │',
        "│                                │        │ data 'to follow')        │       │                          │       │        │",
        '│                                │        │ u —                      │       │                          │       │        │',
      ].join('\n'),
    );
    const json = JSON.parse((await runCli([...args, '-f', 'json'])).stdout) as {
      criteria: { id: string; a: unknown; b: unknown }[];
    };
    expect(json.criteria.find((c) => c.id === 'sla-fcr')).toMatchObject({
      a: { value: null, utility: 0, contribution: 0, note: fcrNote },
      b: { value: 'repeat-73', note: null },
    });
  });
});
