import { expect, it } from 'vitest';
import { isBuilt } from '../cli/run-cli.js';

// The tests of the built binary (terminal, kill, startup) run only when `isBuilt`; under
// `npm test`, which builds first, they must never be skipped because the build's entry moved.
it.runIf(process.env.npm_lifecycle_event === 'test')(
  'npm test built the CLI that the end-to-end tests look for (dist/cli.cjs)',
  () => {
    expect(isBuilt).toBe(true);
  },
);
