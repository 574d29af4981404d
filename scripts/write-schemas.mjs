// Regenerates schema/*.schema.json from the zod schemas, through the built CLI's `schema`
// command (run `npm run build` first). tests/schema-drift.test.ts fails when they are stale.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

mkdirSync('schema', { recursive: true });
for (const kind of ['criteria', 'vendor', 'policy']) {
  const run = spawnSync(process.execPath, ['bin/vendor-eval.js', 'schema', kind], {
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  writeFileSync(`schema/${kind}.schema.json`, run.stdout);
  console.log(`wrote schema/${kind}.schema.json`);
}
