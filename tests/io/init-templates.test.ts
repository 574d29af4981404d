// The `init` templates' placeholders (src/io/init-templates.ts).
import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../src/io/init-templates.js';

describe('fillPlaceholders', () => {
  it('fills {{name}} and {{name:kind}}, and leaves GitHub expressions with spaces alone', () => {
    expect(
      fillPlaceholders(
        'v{{version}} ${{ github.base_ref }} $schema={{schema:vendor}}',
        { version: '1.2.3', 'schema:vendor': '../s.json' },
        't.yml',
      ),
    ).toBe('v1.2.3 ${{ github.base_ref }} $schema=../s.json');
  });

  it('an unknown placeholder is a bug in the template and throws, naming it', () => {
    expect(() => fillPlaceholders('{{versoin}}', { version: '1' }, 'ci/github.yml')).toThrow(
      'init template ci/github.yml: no value for {{versoin}}',
    );
  });
});
