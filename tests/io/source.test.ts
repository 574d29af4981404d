import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/io/criteria-loader.js';
import { readSource } from '../../src/io/source.js';
import { fixtures, lines, tempDir, writeTree } from './helpers.js';

const bom = Uint8Array.from([0xef, 0xbb, 0xbf]);
const bytes = (...parts: (string | number[] | Uint8Array)[]): Buffer =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))),
  );

/** A temporary folder holding `files` (removed by the shared helper after the file's tests). */
function temp(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  writeTree(dir, files);
  return dir;
}

describe('files that cannot be read', () => {
  it('names a missing criteria file that is not a built-in id either', () => {
    const loaded = loadCriteria('criteria/missing.yaml', fixtures);
    expect(loaded.set).toBeUndefined();
    expect(lines(loaded.issues)).toEqual([
      'error no such file or folder: criteria/missing.yaml (path-not-found)',
    ]);
  });

  it('reports a missing file given to readSource as "no such file"', () => {
    const read = readSource(path.join(fixtures, 'criteria/missing.yaml'), 'criteria/missing.yaml');
    expect(read.source).toBeUndefined();
    expect(lines(read.issues)).toEqual([
      'criteria/missing.yaml:1:1 error cannot read the file: no such file (file-unreadable)',
    ]);
  });

  it('refuses a folder given where a file is expected', () => {
    const read = readSource(path.join(fixtures, 'criteria'), 'criteria');
    expect(read.source).toBeUndefined();
    expect(lines(read.issues)).toEqual([
      'criteria:1:1 error this is a folder, not a file (file-unreadable)',
    ]);
  });

  it('does not take a folder for a criteria file, so a built-in set of that name still loads', () => {
    const loaded = loadCriteria('criteria', fixtures);
    expect(loaded.set).toBeUndefined();
    expect(lines(loaded.issues)[0]).toMatch(
      /^error no criteria file or built-in set named "criteria" \(that is a folder\) \(unknown-criteria-set\)/,
    );
  });
});

describe('encoding', () => {
  it('points at the first byte that is not UTF-8, by line and character column', () => {
    const dir = temp({ 'latin1.yaml': bytes('id: latin1\nname: Caf', [0xe9], ' Latino\n') });
    const loaded = loadCriteria('latin1.yaml', dir);
    expect(lines(loaded.issues)).toEqual([
      'latin1.yaml:2:10 error invalid UTF-8: files must be UTF-8 encoded (encoding) — save the file as UTF-8',
    ]);
  });

  it('counts characters, not bytes, before the bad byte', () => {
    const dir = temp({ 'mixed.yaml': bytes('id: mixed\nname: "Café ', [0xff], '"\n') });
    expect(lines(loadCriteria('mixed.yaml', dir).issues)).toEqual([
      'mixed.yaml:2:13 error invalid UTF-8: files must be UTF-8 encoded (encoding) — save the file as UTF-8',
    ]);
  });

  it('does not count a byte-order mark as a column of line 1', () => {
    const dir = temp({ 'bom-latin1.yaml': bytes(bom, 'id: caf', [0xe9], '\n') });
    expect(lines(loadCriteria('bom-latin1.yaml', dir).issues)).toEqual([
      'bom-latin1.yaml:1:8 error invalid UTF-8: files must be UTF-8 encoded (encoding) — save the file as UTF-8',
    ]);
  });

  it('accepts a byte-order mark and CRLF line endings', () => {
    const text = [
      'id: windows',
      'name: Saved on Windows',
      'criteria:',
      '  - id: quality',
      '    name: Quality',
      '    type: scale',
      '',
    ].join('\r\n');
    const dir = temp({ 'windows.yaml': bytes(bom, text) });
    const loaded = loadCriteria('windows.yaml', dir);
    expect(loaded.issues).toEqual([]);
    expect(loaded.set?.id).toBe('windows');
    expect(loaded.set?.name).toBe('Saved on Windows');
    expect(loaded.set?.criteria.map((c) => c.name)).toEqual(['Quality']);
  });

  it('keeps line numbers right in a BOM + CRLF file', () => {
    const text = [
      'id: windows',
      'criteria:',
      '  - id: quality',
      '    type: scale',
      '    wieght: 2',
      '',
    ];
    const dir = temp({ 'windows.yaml': bytes(bom, text.join('\r\n')) });
    expect(lines(loadCriteria('windows.yaml', dir).issues)).toEqual([
      'windows.yaml:5:5 error unknown key "wieght" in criteria[0] (unknown-key) — did you mean "weight"?',
    ]);
  });
});

describe('YAML documents', () => {
  it.each([
    {
      name: 'an unclosed flow sequence, at its opening bracket',
      file: 'criteria/yaml-syntax.yaml',
      expected:
        'criteria/yaml-syntax.yaml:6:11 error this [ is never closed (yaml-syntax) — close it with ], or indent the lines that continue it',
    },
    {
      name: 'a duplicate key, at its second occurrence',
      file: 'criteria/duplicate-key.yaml',
      expected:
        'criteria/duplicate-key.yaml:6:5 error duplicate key "weight" (first at line 5) (duplicate-key) — keep one of them: remove this one or the one at line 5, or merge them',
    },
    {
      name: 'a second document, at its ---',
      file: 'criteria/two-documents.yaml',
      expected:
        'criteria/two-documents.yaml:4:1 error a second YAML document starts here (yaml-syntax) — one document per file: remove the extra ---',
    },
    {
      name: 'an alias bomb, refused at 1:1',
      file: 'criteria/alias-bomb.yaml',
      expected:
        'criteria/alias-bomb.yaml:1:1 error aliases expand too far (a "billion laughs" document); refused (yaml-alias-bomb)',
    },
    {
      name: 'an empty file, at 1:1',
      file: 'criteria/empty.yaml',
      expected: 'criteria/empty.yaml:1:1 error the file is empty (empty-file)',
    },
    {
      name: 'a file holding only comments, as empty',
      file: 'criteria/comments-only.yaml',
      expected: 'criteria/comments-only.yaml:1:1 error the file is empty (empty-file)',
    },
  ])('reports $name', ({ file, expected }) => {
    const loaded = loadCriteria(file, fixtures);
    expect(loaded.set).toBeUndefined();
    expect(lines(loaded.issues)).toEqual([expected]);
  });

  it('allows ordinary aliases', () => {
    const loaded = loadCriteria('criteria/aliases.yaml', fixtures);
    expect(loaded.issues).toEqual([]);
    const rubrics = loaded.set?.criteria.map((c) => (c.type === 'scale' ? [...c.rubric] : []));
    expect(rubrics).toEqual([
      [
        [1, 'poor'],
        [5, 'excellent'],
      ],
      [
        [1, 'poor'],
        [5, 'excellent'],
      ],
    ]);
  });

  it('reads YAML 1.2 core: `yes` is text, not true', () => {
    const parsed = readSource(path.join(fixtures, 'vendors/boolean-yes.yaml'), 'boolean-yes.yaml');
    expect(parsed.issues).toEqual([]);
    expect(parsed.source?.data).toEqual({
      vendor: 'boolean-yes',
      answers: { 'soc2-type2': { value: 'yes', evidence: 'SOC 2 Type II report, 2026-03' } },
    });
  });
});
