import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { independenceOf } from '../../src/cli/run/consensus-independence.js';
import { judgeIndependence } from '../../src/core/analysis/independence.js';
import type { Answer } from '../../src/core/model/types.js';
import type { VendorFile } from '../../src/io/vendor-loader.js';
import { independenceToJson } from '../../src/report/independence-json.js';
import { independenceLines } from '../../src/report/independence-text.js';
import { git, makeRepo, writeFiles } from '../helpers/git.js';
import { makeTempDir } from '../helpers/temp.js';

/** A vendor file's text by one evaluator; `answered` false gives a blank template. */
function text(vendor: string, evaluator: string, answered = true): string {
  return `vendor: ${vendor}\nevaluator: ${evaluator}\nanswers:\n  quality: ${answered ? 4 : '~'}\n`;
}

/** The loaded file as the loader gives it (what `independenceOf` reads: id, evaluator, answers). */
function loaded(file: string, vendor: string, evaluator: string | undefined): VendorFile {
  const answer: Answer = {
    value: 4,
    evidence: undefined,
    note: undefined,
    evaluator,
    origin: { file, path: ['answers', 'quality'] },
  };
  return {
    file,
    id: vendor,
    input: { vendor, ...(evaluator ? { evaluator } : {}) },
    answers: new Map([['quality', answer]]),
    moderated: new Map(),
  };
}

/** Commits everything with a fixed author date (UTC); the new commit's id. */
function commitAt(dir: string, date: string, message = date): string {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message, `--date=${date}`);
  return git(dir, 'rev-parse', 'HEAD').trim();
}

const lee = 'vendors/acme-lee.yaml';
const kim = 'vendors/acme-kim.yaml';
const files = [loaded(lee, 'acme', 'a.lee'), loaded(kim, 'acme', 'b.kim')];

describe('consensus --independence (git history of the evaluator files)', () => {
  it('A committed, then B: A is independent, B was committed with A’s scores in its history', () => {
    const dir = makeRepo();
    writeFiles(dir, { [lee]: text('acme', 'a.lee') });
    const first = commitAt(dir, '2026-03-01T10:00:00Z');
    writeFiles(dir, { [kim]: text('acme', 'b.kim') });
    const second = commitAt(dir, '2026-03-02T09:30:00Z');
    const result = independenceOf(files, dir);
    expect(independenceToJson(result)).toEqual([
      {
        vendor: 'acme',
        evaluator: 'a.lee',
        file: lee,
        status: 'independent',
        commit: first,
        committedAt: '2026-03-01T10:00:00Z',
        sawFrom: [],
      },
      {
        vendor: 'acme',
        evaluator: 'b.kim',
        file: kim,
        status: 'not-independent',
        commit: second,
        committedAt: '2026-03-02T09:30:00Z',
        sawFrom: [
          {
            evaluator: 'a.lee',
            file: lee,
            commit: first,
            committedAt: '2026-03-01T10:00:00Z',
            inHistory: true,
          },
        ],
      },
    ]);
    expect(independenceLines(result)).toEqual([
      `acme: a.lee (${lee}) independent: committed (${first.slice(0, 7)}, 2026-03-01 10:00 UTC) before any other evaluator's scores of acme`,
      `acme: b.kim (${kim}) not independent: committed (${second.slice(0, 7)}, 2026-03-02 09:30 UTC) when a.lee's were already in its history (${first.slice(0, 7)}, 2026-03-01 10:00 UTC)`,
    ]);
  });

  it('both files in one commit: both independent (neither could see the other)', () => {
    const dir = makeRepo();
    writeFiles(dir, { [lee]: text('acme', 'a.lee'), [kim]: text('acme', 'b.kim') });
    const both = commitAt(dir, '2026-03-01T10:00:00Z');
    const result = independenceOf(files, dir);
    expect(result.files.map((f) => [f.evaluator, f.status, f.commit])).toEqual([
      ['a.lee', 'independent', both],
      ['b.kim', 'independent', both],
    ]);
    // not "before" the other's: together with it
    expect(independenceLines(result)).toEqual([
      `acme: a.lee (${lee}) independent: committed (${both.slice(0, 7)}, 2026-03-01 10:00 UTC) together with b.kim's scores, so neither could see the other's`,
      `acme: b.kim (${kim}) independent: committed (${both.slice(0, 7)}, 2026-03-01 10:00 UTC) together with a.lee's scores, so neither could see the other's`,
    ]);
  });

  it('blank templates committed first: the commit that first holds answers counts', () => {
    const dir = makeRepo();
    writeFiles(dir, { [lee]: text('acme', 'a.lee', false), [kim]: text('acme', 'b.kim', false) });
    commitAt(dir, '2026-02-20T08:00:00Z', 'templates');
    writeFiles(dir, { [kim]: text('acme', 'b.kim') });
    const kimScores = commitAt(dir, '2026-03-01T10:00:00Z');
    writeFiles(dir, { [lee]: text('acme', 'a.lee') });
    const leeScores = commitAt(dir, '2026-03-03T10:00:00Z');
    const result = independenceOf(files, dir);
    expect(result.files.map((f) => [f.evaluator, f.status, f.commit])).toEqual([
      ['a.lee', 'not-independent', leeScores],
      ['b.kim', 'independent', kimScores],
    ]);
  });

  it('a file renamed in its folder keeps the date of its first commit', () => {
    const dir = makeRepo();
    writeFiles(dir, { 'vendors/lee-draft.yaml': text('acme', 'a.lee') });
    const first = commitAt(dir, '2026-03-01T10:00:00Z');
    writeFiles(dir, { [kim]: text('acme', 'b.kim') });
    commitAt(dir, '2026-03-02T10:00:00Z');
    git(dir, 'mv', 'vendors/lee-draft.yaml', lee);
    commitAt(dir, '2026-03-04T10:00:00Z', 'rename');
    const result = independenceOf(files, dir);
    expect(result.files.map((f) => [f.evaluator, f.status, f.commit])).toEqual([
      ['a.lee', 'independent', first],
      ['b.kim', 'not-independent', expect.any(String)],
    ]);
  });

  it('on parallel branches, the later file could have been fetched: not independent, not in its history', () => {
    const dir = makeRepo();
    writeFiles(dir, { 'README.md': 'panel\n' });
    commitAt(dir, '2026-02-01T10:00:00Z');
    git(dir, 'checkout', '-q', '-b', 'lee');
    writeFiles(dir, { [lee]: text('acme', 'a.lee') });
    const leeCommit = commitAt(dir, '2026-03-01T10:00:00Z');
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'checkout', '-q', '-b', 'kim');
    writeFiles(dir, { [kim]: text('acme', 'b.kim') });
    const kimCommit = commitAt(dir, '2026-03-02T10:00:00Z');
    git(dir, 'merge', '-q', '--no-edit', 'lee');
    const result = independenceOf(files, dir);
    expect(result.files.map((f) => [f.evaluator, f.status, f.commit])).toEqual([
      ['a.lee', 'independent', leeCommit],
      ['b.kim', 'not-independent', kimCommit],
    ]);
    expect(independenceLines(result)[1]).toBe(
      `acme: b.kim (${kim}) not independent: committed (${kimCommit.slice(0, 7)}, 2026-03-02 10:00 UTC) when a.lee's were committed earlier on another branch (${leeCommit.slice(0, 7)}, 2026-03-01 10:00 UTC)`,
    );
  });

  it('a file not committed, or changed since: uncommitted, and says so', () => {
    const dir = makeRepo();
    writeFiles(dir, { [lee]: text('acme', 'a.lee') });
    const first = commitAt(dir, '2026-03-01T10:00:00Z');
    writeFiles(dir, {
      [lee]: text('acme', 'a.lee').replace('4', '5'),
      [kim]: text('acme', 'b.kim'),
    });
    const result = independenceOf(files, dir);
    expect(independenceToJson(result)).toEqual([
      {
        vendor: 'acme',
        evaluator: 'a.lee',
        file: lee,
        status: 'uncommitted',
        commit: first,
        committedAt: '2026-03-01T10:00:00Z',
        sawFrom: [],
        reason: 'modified',
      },
      {
        vendor: 'acme',
        evaluator: 'b.kim',
        file: kim,
        status: 'uncommitted',
        commit: null,
        committedAt: null,
        sawFrom: [],
        reason: 'not-committed',
      },
    ]);
    expect(independenceLines(result)).toEqual([
      `acme: a.lee (${lee}) uncommitted: changed since its scores were first committed (${first.slice(0, 7)}, 2026-03-01 10:00 UTC); commit it to date the change`,
      `acme: b.kim (${kim}) uncommitted: its scores are not committed yet; commit them before reading the other evaluators' files`,
    ]);
  });

  it('outside a git repository: every file unknown, one sentence, no error', () => {
    const dir = makeTempDir('vendor-eval-no-git-');
    mkdirSync(join(dir, 'vendors'));
    writeFileSync(join(dir, lee), text('acme', 'a.lee'));
    writeFileSync(join(dir, kim), text('acme', 'b.kim'));
    const result = independenceOf(files, dir);
    expect(result.repository).toBe(false);
    expect(result.files.map((f) => f.status)).toEqual(['unknown', 'unknown']);
    expect(independenceLines(result)).toEqual([
      'independence: unknown, the vendor files are not in a git repository (it is judged from the commit history)',
    ]);
  });

  it('only vendors with two or more evaluators, and only files with answers, are judged', () => {
    const dir = makeRepo();
    writeFiles(dir, { 'vendors/beta.yaml': text('beta', 'a.lee') });
    commitAt(dir, '2026-03-01T10:00:00Z');
    const panel: VendorFile = {
      ...loaded('vendors/acme-panel.yaml', 'acme', 'panel'),
      answers: new Map(),
    };
    const result = independenceOf(
      [loaded(lee, 'acme', 'a.lee'), panel, loaded('vendors/beta.yaml', 'beta', 'a.lee')],
      dir,
    );
    expect(result).toEqual({ repository: true, files: [] });
    expect(independenceLines(result)).toEqual([
      'independence: no vendor has files by two or more evaluators',
    ]);
  });

  it('run from outside the repository the files are in: their repository is read', () => {
    const outside = makeTempDir('vendor-eval-outside-');
    const dir = join(outside, 'rfp');
    mkdirSync(dir);
    git(dir, 'init', '-q', '-b', 'main');
    writeFiles(dir, { [lee]: text('acme', 'a.lee'), [kim]: text('acme', 'b.kim') });
    const both = commitAt(dir, '2026-03-01T10:00:00Z');
    const result = independenceOf(
      [loaded(`rfp/${lee}`, 'acme', 'a.lee'), loaded(`rfp/${kim}`, 'acme', 'b.kim')],
      outside,
    );
    expect(result.repository).toBe(true);
    expect(result.files.map((f) => [f.status, f.commit])).toEqual([
      ['independent', both],
      ['independent', both],
    ]);
  });

  it('a file without `evaluator:` is judged as “(no evaluator)”, the evaluator consensus counts it as', () => {
    const dir = makeRepo();
    const plain = 'vendors/acme.yaml';
    writeFiles(dir, { [plain]: 'vendor: acme\nanswers:\n  quality: 4\n' });
    const first = commitAt(dir, '2026-03-01T10:00:00Z');
    writeFiles(dir, { [lee]: text('acme', 'a.lee') });
    const second = commitAt(dir, '2026-03-02T09:30:00Z');
    const result = independenceOf([loaded(plain, 'acme', undefined), files[0] as VendorFile], dir);
    expect(independenceLines(result)).toEqual([
      `acme: (no evaluator) (vendors/acme.yaml) independent: committed (${first.slice(0, 7)}, 2026-03-01 10:00 UTC) before any other evaluator's scores of acme`,
      `acme: a.lee (vendors/acme-lee.yaml) not independent: committed (${second.slice(0, 7)}, 2026-03-02 09:30 UTC) when (no evaluator)'s were already in its history (${first.slice(0, 7)}, 2026-03-01 10:00 UTC)`,
    ]);
  });

  it('the core: another line of history whose commit descends from this one is never “seen”', () => {
    // clocks disagree: b's commit has the earlier time but a's commit is its ancestor
    const result = judgeIndependence(
      [
        { vendor: 'v', evaluator: 'a', file: 'a.yaml' },
        { vendor: 'v', evaluator: 'b', file: 'b.yaml' },
      ],
      {
        files: new Map([
          [
            'a.yaml',
            { state: 'committed', commit: 'aaa', time: 200, author: 'A', modified: false },
          ],
          [
            'b.yaml',
            { state: 'committed', commit: 'bbb', time: 100, author: 'B', modified: false },
          ],
        ]),
        ancestors: new Map([
          ['aaa', new Set<string>()],
          ['bbb', new Set(['aaa'])],
        ]),
      },
    );
    expect(result.files.map((f) => [f.evaluator, f.status])).toEqual([
      ['a', 'independent'],
      ['b', 'not-independent'],
    ]);
  });
});
