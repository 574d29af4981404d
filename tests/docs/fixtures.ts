import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../cli/run-cli.js';
import { commitAll, makeRepo } from '../helpers/git.js';
import { makeTempDir } from '../helpers/temp.js';

/**
 * Folders for documentation examples that first ask the reader to change files
 * (`<!-- doc-test: fixture=NAME -->`): each makes a temporary copy of what the example reads and
 * applies exactly the edits the page describes, so the example runs as a reader would run it.
 */
export const docFixtures: Readonly<Record<string, () => string>> = {
  /** docs/cli.md "init": an empty folder to scaffold a project in. */
  empty: () => makeTempDir('vendor-eval-docs-'),
  /**
   * README "Make it yours": examples/vendors/puente-contact.yaml copied to acme-care.yaml, with
   * `vendor: acme-care`, `name: Acme Care` and the voice and chat rates of its bid lowered from
   * 16.80 to 14.50 an hour.
   */
  'acme-care': () => {
    const root = makeTempDir('vendor-eval-docs-');
    cpSync(join(repoRoot, 'examples', 'vendors'), join(root, 'examples', 'vendors'), {
      recursive: true,
    });
    const source = readFileSync(join(root, 'examples/vendors/puente-contact.yaml'), 'utf8');
    const edited = replaceOnce(
      replaceOnce(
        replaceOnce(source, 'vendor: puente-contact\n', 'vendor: acme-care\n'),
        'name: Puente Contact Partners\n',
        'name: Acme Care\n',
      ),
      '  rates: { voice: 16.80, chat: 16.80,',
      '  rates: { voice: 14.50, chat: 14.50,',
    );
    writeFileSync(join(root, 'examples/vendors/acme-care.yaml'), edited);
    return root;
  },
  /**
   * docs/ci.md "A check that fails": a copy of examples/ whose policy asks `minScore: 85` (not 75)
   * and turns on the commented-out `maxMissing: 0`.
   */
  'policy-fails': () => {
    const root = makeTempDir('vendor-eval-docs-');
    cpSync(join(repoRoot, 'examples'), join(root, 'examples'), { recursive: true });
    const config = join(root, 'examples/vendor-eval.config.yaml');
    const source = readFileSync(config, 'utf8');
    const edited = replaceOnce(
      replaceOnce(source, '  minScore: 75 #', '  minScore: 85 #'),
      "  # maxMissing: 0 would fail: meridian-shore's bid leaves 12 criteria unanswered\n",
      '  maxMissing: 0\n',
    );
    writeFileSync(config, edited);
    return root;
  },
  /**
   * docs/ci.md "What a change did": a git repository (branch `main`) holding a copy of examples/,
   * committed; then, not committed, puente-contact's voice and chat rates lowered from 16.80 to
   * 14.50 an hour, as a pull request would.
   */
  'pull-request': () => {
    const root = makeRepo();
    cpSync(join(repoRoot, 'examples'), join(root, 'examples'), { recursive: true });
    commitAll(root, 'the evaluation as approved');
    const bid = join(root, 'examples/vendors/puente-contact.yaml');
    const source = readFileSync(bid, 'utf8');
    writeFileSync(
      bid,
      replaceOnce(
        source,
        '  rates: { voice: 16.80, chat: 16.80,',
        '  rates: { voice: 14.50, chat: 14.50,',
      ),
    );
    return root;
  },
  /**
   * docs/robustness.md "Weight ranges and answer ranges": a copy of examples/ ranked with a copy of
   * the built-in set customer-service (examples/criteria.yaml, named in the project file) whose
   * pricing weight is the committee's range `{ min: 15, max: 35 }` instead of 30, and whose
   * puente-contact bid claims a voice service level of 80–85 % (`value: { min: 80, max: 85 }`)
   * instead of 82.
   */
  ranges: () => {
    const root = copyOfExamples();
    const set = readFileSync(join(repoRoot, 'criteria/customer-service.yaml'), 'utf8');
    writeFileSync(
      join(root, 'examples/criteria.yaml'),
      replaceOnce(
        set,
        '  - { set: pricing, weight: 30 }\n',
        '  - { set: pricing, weight: { min: 15, max: 35 } }\n',
      ),
    );
    edit(join(root, 'examples/vendor-eval.config.yaml'), [
      ['criteria: customer-service\n', 'criteria: criteria.yaml\n'],
    ]);
    edit(join(root, 'examples/vendors/puente-contact.yaml'), [
      [
        '  sla-voice-service-level: 82\n',
        '  sla-voice-service-level:\n    value: { min: 80, max: 85 }\n',
      ],
    ]);
    return root;
  },
  /**
   * docs/robustness.md "In the policy": a copy of examples/ whose policy adds `minRobustness: 0.8`
   * after `maxConsistencyRatio`.
   */
  'min-robustness': () => {
    const root = copyOfExamples();
    edit(join(root, 'examples/vendor-eval.config.yaml'), [
      [
        '  maxConsistencyRatio: 0.1 # AHP judgements (none in this set) stay consistent\n',
        '  maxConsistencyRatio: 0.1 # AHP judgements (none in this set) stay consistent\n' +
          '  minRobustness: 0.8 # it ranks first in at least 80 % of weight draws\n',
      ],
    ]);
    return root;
  },
  /**
   * docs/robustness.md "Moderation": a copy of examples/ with the panel's agreed value for
   * harbourline-care's quality assurance in a moderator's file,
   * examples/panel/harbourline-care.panel.yaml (the text the page shows).
   */
  moderated: () => {
    const root = copyOfExamples();
    writeFileSync(
      join(root, 'examples/panel/harbourline-care.panel.yaml'),
      [
        'vendor: harbourline-care',
        'evaluator: panel',
        'moderated:',
        '  sla-quality-assurance:',
        '    value: 3',
        '    rationale: "QA reports Apr–Sep 2026 read together: joint calibration held twice in six months, not monthly"',
        '    by: m.novak',
        '    date: "2026-10-21"',
        '',
      ].join('\n'),
    );
    return root;
  },
  /**
   * docs/robustness.md "Scoring blind": a git repository (branch `main`) whose first commit
   * (2026-10-01) holds the project file and the bids scored by one evaluator (kestrel-contact,
   * loop-and-tell, meridian-shore and r.okafor's tala-global); the second (2026-10-12), the files
   * the evaluators handed in at the scoring deadline, in one commit: a.lee's harbourline-care and
   * puente-contact and all of examples/panel/. Dates and identity are fixed, so the commit ids
   * are the same on every run (they change when those example files change).
   */
  'blind-panel': () => {
    const root = makeRepo();
    mkdirSync(join(root, 'examples/vendors'), { recursive: true });
    const copy = (path: string): void =>
      cpSync(join(repoRoot, path), join(root, path), { recursive: true });
    copy('examples/vendor-eval.config.yaml');
    for (const id of ['kestrel-contact', 'loop-and-tell', 'meridian-shore', 'tala-global'])
      copy(`examples/vendors/${id}.yaml`);
    datedCommit(root, 'the project and the bids', '2026-10-01T09:00:00Z');
    copy('examples/vendors/harbourline-care.yaml');
    copy('examples/vendors/puente-contact.yaml');
    copy('examples/panel');
    datedCommit(root, 'scores handed in at the deadline', '2026-10-12T09:00:00Z');
    return root;
  },
};

/** A temporary folder holding a copy of the repository's examples/. */
function copyOfExamples(): string {
  const root = makeTempDir('vendor-eval-docs-');
  cpSync(join(repoRoot, 'examples'), join(root, 'examples'), { recursive: true });
  return root;
}

/** Applies `replaceOnce` edits to a file in place. */
function edit(file: string, edits: [from: string, to: string][]): void {
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of edits) text = replaceOnce(text, from, to);
  writeFileSync(file, text);
}

/**
 * Commits everything with a fixed identity and a fixed author and committer date, so the commit
 * id depends only on the files (git() in tests/helpers/git.ts cannot set the committer date).
 */
function datedCommit(dir: string, message: string, date: string): void {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
  const run = (...args: string[]): void => {
    execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      env,
      stdio: 'ignore',
    });
  };
  run('add', '-A');
  run('commit', '-q', '-m', message);
}

/** `text` with `from` replaced once; a fixture whose anchor moved fails loudly, not silently. */
function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`doc fixture: "${from.trim()}" not found`);
  return text.replace(from, to);
}
