import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from './run-cli.js';

const set = (comparisons: string): string => `id: ahp-demo
name: AHP demo
version: 1
weighting:
  method: ahp
  comparisons:
${comparisons}
categories:
  - id: service
    name: Service
    criteria:
      - { id: csat, name: CSAT, type: scale }
  - id: commercial
    name: Commercial
    weighting:
      method: ahp
      comparisons:
        - [rate, fees, 2]
    criteria:
      - { id: rate, name: Rate, type: scale }
      - { id: fees, name: Fees, type: scale }
  - id: security
    name: Security
    criteria:
      - { id: soc2, name: SOC 2, type: boolean }
`;

function write(text: string): string {
  const dir = makeTempDir();
  writeFileSync(join(dir, 'set.yaml'), text);
  return dir;
}

describe('weights: AHP consistency per node', () => {
  it('lists λmax, CI, RI table, CR and ✓ for every AHP group', async () => {
    const dir = write(
      set(
        '    - [service, commercial, 3]\n    - [service, security, 5]\n    - [commercial, security, 1]',
      ),
    );
    const run = await runCli(['weights', 'set.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('AHP consistency');
    expect(run.stdout).toMatch(
      /│ ahp-demo\s+│ 3 │ 3\.0291 │ 0\.0145 │ saaty 0\.58 │ 0\.0251 │ ✓ yes/,
    );
    expect(run.stdout).toMatch(
      /│ commercial\s+│ 2 │ 2\.0000 │ 0\.0000 │ saaty\s+│ 0\.0000 │ ✓ yes/,
    );
    expect(run.stdout).toMatch(/Commercial \(ahp, CR 0\.000\) ✓/);
  });

  it('marks an inconsistent group ✗', async () => {
    const dir = write(
      set(
        '    - [service, commercial, 9]\n    - [commercial, security, 9]\n    - [security, service, 9]',
      ),
    );
    const run = await runCli(['weights', 'set.yaml'], { cwd: dir });
    expect(run.stdout).toMatch(/│ ahp-demo .*│ ✗ no/);
    expect(run.stdout).toMatch(
      /✗ the comparisons of "ahp-demo" are inconsistent \(CR \d+\.\d{3} > 0\.1\)/,
    );
  });

  it('a set without AHP has no consistency section', async () => {
    const run = await runCli(['weights', 'customer-service']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('AHP consistency');
  });
});
