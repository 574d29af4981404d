import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/core/rules.js';
import { artifactUri, formatSarif, sarifFormat } from '../../../src/report/ci/sarif.js';
import { plain } from '../../../src/report/theme.js';
import { ruleGroupAnchor } from '../../../src/report/rules-markdown.js';
import { repoRoot } from '../../cli/run-cli.js';
import { checkModel, issue, validateModel } from './models.js';
import { sarifSchemaErrors } from '../../helpers/sarif-schema.js';

interface Sarif {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string }[] } };
    invocations: { executionSuccessful: boolean; exitCode: number }[];
    results: Record<string, unknown>[];
  }[];
}

const sarifOf = (model: Parameters<typeof formatSarif>[0]) =>
  JSON.parse(formatSarif(model, '1.2.3')) as Sarif;

describe('the SARIF schema check', () => {
  it('rejects a document the schema forbids (the check can fail)', () => {
    const doc = sarifOf(validateModel);
    expect(sarifSchemaErrors({ ...doc, version: '2.0.0' })).not.toEqual([]);
    const run = doc.runs[0];
    if (!run) throw new Error('no run');
    const badLevel = {
      ...doc,
      runs: [{ ...run, results: [{ ...run.results[0], level: 'fatal' }] }],
    };
    expect(sarifSchemaErrors(badLevel)).not.toEqual([]);
  });
});

describe('rule help links', () => {
  it('point at a heading of docs/rules.md for every rule of the catalogue', () => {
    const doc = readFileSync(join(repoRoot, 'docs/rules.md'), 'utf8');
    // GitHub's heading slug: lower case, punctuation dropped, spaces to hyphens
    const anchors = new Set(
      [...doc.matchAll(/^## (.+)$/gm)].map((m) =>
        (m[1] ?? '')
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, '')
          .replace(/ /g, '-'),
      ),
    );
    for (const info of Object.values(rules)) expect(anchors).toContain(ruleGroupAnchor(info.group));
  });
});

describe('validate --format sarif', () => {
  it('is valid SARIF 2.1.0', () => {
    expect(sarifSchemaErrors(sarifOf(validateModel))).toEqual([]);
    expect(sarifSchemaErrors(sarifOf({ files: ['a.yaml'], issues: [] }))).toEqual([]);
  });

  it('is the exact document', () => {
    expect(formatSarif(validateModel, '1.2.3')).toMatchSnapshot();
  });

  it('lists the rules used, with catalogue text and help link, and points results at them', () => {
    const run = sarifOf(validateModel).runs[0];
    expect(run?.tool.driver.rules).toEqual([
      {
        id: 'out-of-range',
        shortDescription: { text: 'a number outside its allowed range' },
        helpUri: 'https://vendor-eval.dev/docs/rules.md#shape-of-a-file-keys-and-value-types',
        defaultConfiguration: { level: 'error' },
      },
      {
        id: 'zero-weight',
        shortDescription: { text: 'a node with weight 0, which contributes nothing' },
        helpUri: 'https://vendor-eval.dev/docs/rules.md#criteria-sets',
        defaultConfiguration: { level: 'warning' },
      },
    ]);
    expect(run?.results[0]).toEqual({
      ruleId: 'out-of-range',
      ruleIndex: 0,
      level: 'error',
      message: { text: '"csat" is 7, outside 1–5 — answer 1 to 5' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'vendors/acme.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 4, startColumn: 9, endLine: 4, endColumn: 10 },
          },
        },
      ],
      partialFingerprints: { 'vendorEval/v1': expect.stringMatching(/^[0-9a-f]{32}$/) as unknown },
    });
    expect(run?.results[1]).toMatchObject({
      ruleId: 'zero-weight',
      ruleIndex: 1,
      level: 'warning',
    });
  });

  it('maps info to note, and leaves a problem without a file without a location', () => {
    const doc = sarifOf({
      files: [],
      issues: [issue({ severity: 'info', rule: 'builtin-criteria', file: undefined })],
    });
    expect(doc.runs[0]?.results[0]).toMatchObject({ level: 'note', locations: [] });
    expect(sarifSchemaErrors(doc)).toEqual([]);
  });

  it('carries the exit code the command returns: 1 with an error, else 0', () => {
    expect(sarifOf(validateModel).runs[0]?.invocations).toEqual([
      { executionSuccessful: true, exitCode: 1 },
    ]);
    const warningsOnly = { ...validateModel, issues: validateModel.issues.slice(0, 1) };
    expect(sarifOf(warningsOnly).runs[0]?.invocations[0]?.exitCode).toBe(0);
  });

  it('writes file URIs with forward slashes, encoded, relative to the source root', () => {
    expect(artifactUri('vendors\\north wind.yaml')).toEqual({
      uri: 'vendors/north%20wind.yaml',
      uriBaseId: '%SRCROOT%',
    });
    expect(artifactUri('../other/a#1.yaml')).toEqual({ uri: '../other/a%231.yaml' });
    expect(artifactUri('/abs/a.yaml')).toEqual({ uri: 'file:///abs/a.yaml' });
    expect(artifactUri('C:\\abs\\a.yaml')).toEqual({ uri: 'file:///C:/abs/a.yaml' });
  });
});

describe('check --format sarif', () => {
  it('is valid SARIF 2.1.0 with the failed policy rule among the results', () => {
    const doc = sarifOf(checkModel);
    expect(sarifSchemaErrors(doc)).toEqual([]);
    const rules = doc.runs[0]?.tool.driver.rules ?? [];
    const k = rules.findIndex((r) => r.id === 'policy/min-score');
    expect(k).toBeGreaterThanOrEqual(0);
    expect(doc.runs[0]?.results).toContainEqual(
      expect.objectContaining({ ruleId: 'policy/min-score', ruleIndex: k, level: 'error' }),
    );
    expect(doc.runs[0]?.invocations[0]?.exitCode).toBe(1);
  });
});

describe('a run inside a repository', () => {
  it('defines %SRCROOT% as the repository root and stays valid', () => {
    const repository = { root: '/work/repo', cwd: '/work/repo/procurement' };
    const text = sarifFormat.render(validateModel, {
      theme: plain,
      toolVersion: '1.2.3',
      repository,
    });
    const doc = JSON.parse(text) as Sarif & { runs: { originalUriBaseIds: unknown }[] };
    expect(sarifSchemaErrors(doc)).toEqual([]);
    expect(doc.runs[0]?.originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: 'file:///work/repo/' },
    });
    const where = doc.runs[0]?.results.map(
      (r) =>
        (r.locations as { physicalLocation: { artifactLocation: unknown } }[])[0]?.physicalLocation
          .artifactLocation,
    );
    expect(where).toEqual([
      { uri: 'procurement/vendors/acme.yaml', uriBaseId: '%SRCROOT%' },
      { uri: 'procurement/vendors/zenith.yaml', uriBaseId: '%SRCROOT%' },
    ]);
  });
});
