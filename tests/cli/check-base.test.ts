// `check --base` before `check` exists: changeSince on real git repositories of the shipped
// example, with an `evaluate` made from the loaders the way `rank` ranks a project.
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/errors.js';
import { changeSince, type Evaluated } from '../../src/cli/run/check-base.js';
import { failed, ok, type Result } from '../../src/core/issues.js';
import type { Ranking } from '../../src/core/model/ranking.js';
import { prepareRanking, rankPrepared } from '../../src/core/scoring/rank.js';
import { resolveMethod } from '../../src/core/scoring/resolve-method.js';
import { loadProject } from '../../src/io/project.js';
import { renderDecisionChange } from '../../src/report/decision-change-text.js';
import { commitAll, git, makeRepo, writeFiles } from '../helpers/git.js';
import { editFile } from '../helpers/edit.js';
import { makeTempDir } from '../helpers/temp.js';
import { examplesDir, repoRoot, runCli } from './run-cli.js';

/**
 * The project found from `cwd`, ranked as `rank` ranks it, with its project file's policy; any
 * problem is a failed result.
 */
function evaluate(cwd: string): Result<Evaluated> {
  const load = loadProject({ cwd, paths: [], example: 'vendor-eval check', command: 'check' });
  if (!load.ok) return failed(load.issues);
  const { set, vendors, config } = load.value;
  const method = resolveMethod(config?.input?.method ?? set.method);
  if (!method.ok) return failed(method.issues);
  const prepared = prepareRanking(set, vendors, { missing: 'zero' });
  if (!prepared.ok) return failed(prepared.issues);
  const ranked = rankPrepared(prepared.value, method.value);
  if (!ranked.ok) return failed(ranked.issues);
  return ok({ ranking: ranked.value, policy: config?.input?.policy }, ranked.issues);
}

function rankingOf(cwd: string): Ranking {
  const result = evaluate(cwd);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value.ranking;
}

/** A repository holding the example project (its set as files) committed on `main`. */
function exampleRepo(): string {
  const repo = makeRepo();
  cpSync(join(repoRoot, 'criteria'), join(repo, 'criteria'), { recursive: true });
  cpSync(examplesDir, join(repo, 'vendors'), { recursive: true });
  writeFiles(repo, {
    'vendor-eval.config.yaml': 'criteria: criteria/customer-service.yaml\nvendors: vendors/\n',
    'README.md': '# Choosing a contact centre\n',
  });
  commitAll(repo, 'the example project');
  return repo;
}

async function change(repo: string, base = 'main', cwd = repo) {
  const result = await changeSince({ base, cwd, after: rankingOf(cwd), evaluate });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}

const short = (repo: string, ref = 'main') => git(repo, 'rev-parse', '--short', ref).trim();

describe('changeSince on the example project', () => {
  it('a weight change that flips the winner', async () => {
    const repo = exampleRepo();
    editFile(
      join(repo, 'criteria/customer-service.yaml'),
      '{ set: pricing, weight: 30 }',
      '{ set: pricing, weight: 15 }',
    );
    const c = await change(repo);
    expect(c.base).toBe('main');
    expect(c.commit).toBe(short(repo));
    expect(c.baseProblem).toBeNull();
    expect(c.winner).toEqual({
      before: 'puente-contact',
      after: 'harbourline-care',
      changed: true,
    });
    expect(c.answers).toEqual([]);
    expect(c.other).toEqual([]);
    // every criterion's global weight moves when a top-level weight does
    expect(c.weights.length).toBe(
      c.weights.filter((w) => w.before !== null && w.after !== null).length,
    );
    expect(c.weights.length).toBeGreaterThan(50);
    const lines = renderDecisionChange(c);
    expect(lines[0]).toBe(
      `Against main (${short(repo)}): the winner changed: puente-contact → harbourline-care`,
    );
    expect(lines.slice(1, 16)).toEqual([
      '  harbourline-care  rank 2 → 1  score 71.5 → 80.6',
      '  puente-contact    rank 1 → 2  score 76.8 → 78.0',
      '  meridian-shore    rank 3      score 50.4 → 47.1',
      '  kestrel-contact   ineligible  score 77.2 → 79.8',
      '  tala-global       ineligible  score 70.8 → 67.9',
      '  loop-and-tell     ineligible  score 64.1 → 66.8',
      'Category weights changed:',
      '  pricing       30.0% → 17.6%',
      '  sla           20.0% → 23.5%',
      '  security      15.0% → 17.6%',
      '  governance    14.0% → 16.5%',
      '  capability    13.0% → 15.3%',
      '  cultural-fit  8.0% → 9.4%',
      'Weights changed (83 criteria, largest change first):',
      '  pricing-total-cost              25.0% → 14.7%',
    ]);
    expect(lines.at(-1)).toBe('  … and 73 more');
  });

  it('an answer change that does not flip the winner', async () => {
    // Harbourline's first-contact resolution one band up (2 % of the total) gains it 0.4 points
    // of the 5.3 it trails Puente by
    const repo = exampleRepo();
    editFile(
      join(repo, 'vendors/harbourline-care.yaml'),
      'sla-fcr:\n    value: survey-76',
      'sla-fcr:\n    value: survey-80',
    );
    const c = await change(repo);
    expect(c.winner).toEqual({
      before: 'puente-contact',
      after: 'puente-contact',
      changed: false,
    });
    expect(c.answers).toEqual([
      {
        vendor: 'harbourline-care',
        criterion: 'sla-fcr',
        before: 'survey-76',
        after: 'survey-80',
      },
    ]);
    expect(c.weights).toEqual([]);
    const harbourline = c.vendors.find((v) => v.id === 'harbourline-care');
    expect(harbourline?.before?.rank).toBe(2);
    expect(harbourline?.after?.rank).toBe(2);
    expect(harbourline!.after!.score - harbourline!.before!.score).toBeCloseTo(0.4, 9);
    const lines = renderDecisionChange(c);
    expect(lines[0]).toBe(`Against main (${short(repo)}): the winner is unchanged: puente-contact`);
    expect(lines.slice(-2)).toEqual([
      'Answers changed (1):',
      '  harbourline-care  sla-fcr  survey-76 → survey-80',
    ]);
  });

  it('no change against HEAD: one line', async () => {
    const repo = exampleRepo();
    const c = await change(repo, 'HEAD');
    expect(renderDecisionChange(c)).toEqual([
      `Against HEAD (${short(repo)}): nothing changed; the winner is still puente-contact`,
    ]);
  });

  it('reads the committed files only: an uncommitted vendor is new, from a subfolder too', async () => {
    const repo = exampleRepo();
    // a copy of an eligible vendor, so that it is ranked
    const extra = readFileSync(join(repo, 'vendors/puente-contact.yaml'), 'utf8').replace(
      'vendor: puente-contact\nname: Puente Contact Partners',
      'vendor: puente-two\nname: Puente Two',
    );
    expect(extra).toContain('vendor: puente-two');
    writeFiles(repo, { 'vendors/puente-two.yaml': extra });
    const c = await change(repo, 'main', join(repo, 'vendors'));
    const two = c.vendors.find((v) => v.id === 'puente-two');
    expect(two?.before).toBeNull();
    expect(two?.after?.eligible).toBe(true);
  });
});

describe('changeSince: the project at the base', () => {
  it('no project file at the base is the change’s baseProblem, not an error', async () => {
    const repo = exampleRepo();
    git(repo, 'rm', '-q', 'vendor-eval.config.yaml');
    commitAll(repo, 'no project file');
    writeFiles(repo, {
      'vendor-eval.config.yaml': 'criteria: criteria/customer-service.yaml\nvendors: vendors/\n',
    });
    const c = await change(repo, 'HEAD');
    expect(c.baseProblem).toBe('no vendor-eval.config.yaml at HEAD');
    expect(renderDecisionChange(c)).toEqual([
      `Against HEAD (${short(repo, 'HEAD')}): not compared: no vendor-eval.config.yaml at HEAD`,
    ]);
  });

  it('a project with errors at the base: its first error, placed', async () => {
    const repo = exampleRepo();
    editFile(
      join(repo, 'vendors/tala-global.yaml'),
      'sla-fcr:\n    value: repeat-below-73',
      'sla-fcr:\n    valu: repeat-below-73',
    );
    commitAll(repo, 'a typo');
    git(repo, 'checkout', '-q', '-b', 'fix');
    editFile(
      join(repo, 'vendors/tala-global.yaml'),
      'sla-fcr:\n    valu: repeat-below-73',
      'sla-fcr:\n    value: repeat-below-73',
    );
    const c = await change(repo, 'main');
    expect(c.baseProblem).toBe(
      'the project at main does not evaluate: vendors/tala-global.yaml:35:5 unknown key "valu" in an answer (and 1 more error)',
    );
    expect(c.vendors).toEqual([]);
  });

  it('an evaluate that throws the InputError of unwrap is read as a failed result', async () => {
    const repo = exampleRepo();
    const issue = {
      severity: 'error',
      rule: 'yaml-syntax',
      message: 'bad',
      file: 'a.yaml',
    } as const;
    const evaluate = () => {
      throw new InputError([{ ...issue, line: 1, column: 2 }]);
    };
    const result = await changeSince({ base: 'main', cwd: repo, after: rankingOf(repo), evaluate });
    expect(result.value?.baseProblem).toBe('the project at main does not evaluate: a.yaml:1:2 bad');
  });

  it('an unknown ref fails with git-base; the temporary folder is removed in every case', async () => {
    const repo = exampleRepo();
    const tmpDir = makeTempDir();
    const after = rankingOf(repo);
    const unknown = await changeSince({ base: 'release', cwd: repo, after, evaluate, tmpDir });
    expect(unknown.ok).toBe(false);
    expect(unknown.issues.map((i) => [i.rule, i.message])).toEqual([
      ['git-base', '`--base release` names no commit of this repository'],
    ]);
    expect((await changeSince({ base: 'main', cwd: repo, after, evaluate, tmpDir })).ok).toBe(true);
    expect(readdirSync(tmpDir)).toEqual([]);
    const boom = () => {
      throw new Error('boom');
    };
    await expect(
      changeSince({ base: 'main', cwd: repo, after, evaluate: boom, tmpDir }),
    ).rejects.toThrow('boom');
    expect(readdirSync(tmpDir)).toEqual([]);
  });
});

describe('changeSince: paths of the project file at the base', () => {
  /** The example project in `<parent>/repo`, with room for a folder beside the repository. */
  function projectIn(config: (repo: string) => string): { parent: string; repo: string } {
    const parent = makeTempDir();
    const repo = join(parent, 'repo');
    mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    cpSync(join(repoRoot, 'criteria'), join(parent, 'shared'), { recursive: true });
    cpSync(examplesDir, join(repo, 'vendors'), { recursive: true });
    writeFiles(repo, { 'vendor-eval.config.yaml': config(repo) });
    commitAll(repo, 'the project');
    return { parent, repo };
  }

  it('a criteria set outside the repository is read as it is now', async () => {
    const { repo } = projectIn(
      () => 'criteria: ../shared/customer-service.yaml\nvendors: vendors/\n',
    );
    const c = await change(repo, 'HEAD');
    expect(c.baseProblem).toBeNull();
    expect(renderDecisionChange(c)).toEqual([
      `Against HEAD (${short(repo, 'HEAD')}): nothing changed; the winner is still puente-contact`,
    ]);
  });

  it('an absolute path into the repository reads the files at the base', async () => {
    const { parent, repo } = projectIn(
      (r) =>
        `criteria: ${join(r, '..', 'shared', 'customer-service.yaml')}\nvendors: [ "${r}/vendors/" ]\n`,
    );
    expect(parent).toBe(join(repo, '..'));
    editFile(
      join(repo, 'vendors/tala-global.yaml'),
      'sla-fcr:\n    value: repeat-below-73',
      'sla-fcr:\n    value: repeat-73',
    );
    const c = await change(repo, 'HEAD');
    expect(c.baseProblem).toBeNull();
    expect(c.answers).toEqual([
      {
        vendor: 'tala-global',
        criterion: 'sla-fcr',
        before: 'repeat-below-73',
        after: 'repeat-73',
      },
    ]);
  });
});

describe('check --base on the command line', () => {
  it('an empty ref (an unset CI variable) is a usage error saying so, exit 2', async () => {
    const repo = exampleRepo();
    const r = await runCli(['check', '--base', ''], { cwd: repo });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      'error `--base` needs a git ref (a branch, a tag or a commit), and it was given an empty one (git-base) — name the ref to compare with, e.g. `--base main`; in CI, check that the variable holding it is set\n',
    );
  });

  it('`--base :/message` finds the commit by its message', async () => {
    const repo = exampleRepo();
    const r = await runCli(['check', '--base', ':/the example'], { cwd: repo });
    expect(r.stdout).toContain(
      `Against :/the example (${short(repo)}): nothing changed; the winner is still puente-contact`,
    );
  });
});
