// The bench: three figures, each a ratio against a baseline measured in the same run.
// Run with `npm run bench` (builds first). `node bench/run.mjs --quick` takes fewer samples.
// Exits 0 whatever the ratios: it measures, it does not judge. It exits 1 only if a command fails.

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';
import { compare } from './measure.mjs';
import { formatComparison } from './report.mjs';
import { snapshotBuild } from './snapshot.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = fileURLToPath(new URL('.', import.meta.url));
const quick = process.argv.includes('--quick');
/** @param {number} n @returns {number} */
const runs = (n) => (quick ? Math.max(3, Math.ceil(n / 4)) : n);

const started = Date.now();
const build = snapshotBuild(root);
const data = generate({ vendors: 1000, criteria: 200 });
const outFile = join(data.dir, 'ranking.json');
const nodeE0 = { args: ['-e', '0'], cwd: build };
const cli = 'bin/vendor-eval.js';

const cases = [
  {
    title: '1. vendor-eval --help  vs  node -e 0',
    caseLabel: 'node bin/vendor-eval.js --help',
    baseLabel: 'node -e 0',
    target: 1.3,
    spec: { a: { args: [cli, '--help'], cwd: build }, b: nodeE0, runs: runs(40), warmup: 3 },
  },
  {
    title: '2. vendor-eval rank examples/vendors  vs  node -e 0',
    caseLabel: 'node bin/vendor-eval.js rank examples/vendors',
    baseLabel: 'node -e 0',
    target: 1.6,
    spec: {
      a: { args: [cli, 'rank', 'examples/vendors'], cwd: build },
      b: nodeE0,
      runs: runs(30),
      warmup: 3,
    },
  },
  {
    title: '3. rank 1,000 vendors × 200 criteria  vs  parseDocument of the same files',
    caseLabel: 'rank -c <set> <1000 files> --format json -o',
    baseLabel: 'bench/parse-only.mjs <1000 files>',
    target: 1.5,
    spec: {
      a: {
        args: [cli, 'rank', '-c', data.criteriaFile, data.vendorDir, '--format', 'json'],
        cwd: build,
      },
      b: { args: [join(benchDir, 'parse-only.mjs'), data.vendorDir], cwd: root },
      runs: runs(7),
      warmup: 1,
    },
  },
];
cases[2].spec.a.args.push('-o', outFile);

console.log(`vendor-eval bench · node ${process.version} · ${quick ? 'quick' : 'full'} run`);
console.log(`build snapshot ${build}; generated data ${data.dir}`);
console.log('timings are wall-clock per process (spawnSync); A and B runs interleaved\n');
try {
  for (const c of cases) {
    try {
      console.log(formatComparison(c, compare(c.spec)) + '\n');
    } catch (error) {
      console.log(`${c.title}\n  FAILED: ${error instanceof Error ? error.message : error}\n`);
      process.exitCode = 1;
    }
  }
} finally {
  rmSync(build, { recursive: true, force: true });
  rmSync(data.dir, { recursive: true, force: true });
}
console.log(`bench finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
