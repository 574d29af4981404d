import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newVendorText, saveIfUnchanged, withAnswer } from '../../src/io/vendor-writer.js';
import { makeTempDir } from '../helpers/temp.js';

const file = `# yaml-language-server: $schema=../schema/vendor.schema.json
vendor: acme-care   # kept as written
name: 'Acme Care'
answers:
  # --- quality ---
  coaching: 4 # from the pitch

  channels: [voice]
# end of answers
pricing: { model: per-hour }
`;

describe('withAnswer (the questionnaire writes one answer)', () => {
  it('replaces a bare answer in place, keeping its comment and every other byte', () => {
    expect(withAnswer(file, 'coaching', { value: 5 })).toBe(
      file.replace('coaching: 4 # from', 'coaching: 5 # from'),
    );
  });

  it('adds a new answer after the last one, at its indentation, before the comments that follow', () => {
    expect(withAnswer(file, 'gdpr-dpa', { value: true, evidence: 'DPA draft, 2026-05' })).toBe(
      file.replace(
        '  channels: [voice]\n',
        '  channels: [voice]\n  gdpr-dpa:\n    value: true\n    evidence: DPA draft, 2026-05\n',
      ),
    );
  });

  it('replaces a block answer with its own lines; the comment above the next answer stays', () => {
    const text = 'answers:\n  a:\n    value: 1\n    evidence: x\n  # about b\n  b: 2\n';
    expect(withAnswer(text, 'a', { value: 3, evidence: 'y' })).toBe(
      'answers:\n  a:\n    value: 3\n    evidence: y\n  # about b\n  b: 2\n',
    );
  });

  it('keeps a flow answer in flow style and writes option lists on one line', () => {
    expect(withAnswer(file, 'channels', { value: ['voice', 'chat'] })).toBe(
      file.replace('channels: [voice]', 'channels: [ voice, chat ]'),
    );
  });

  it('turns a new file’s `answers: {}` into a block with its first answer', () => {
    const fresh = newVendorText('acme-care', 'Acme: Care', 'r.okafor');
    expect(fresh).toBe('vendor: acme-care\nname: "Acme: Care"\nevaluator: r.okafor\nanswers: {}\n');
    expect(withAnswer(fresh, 'coaching', { value: 3, note: 'monthly' })).toBe(
      'vendor: acme-care\nname: "Acme: Care"\nevaluator: r.okafor\nanswers:\n  coaching:\n    value: 3\n    note: monthly\n',
    );
  });

  it('adds `answers:` to a file without one', () => {
    expect(withAnswer('vendor: acme-care\nname: Acme', 'coaching', { value: 2 })).toBe(
      'vendor: acme-care\nname: Acme\nanswers:\n  coaching: 2\n',
    );
  });

  it('falls back to the Document API for `answers:` with nothing after it, comments kept', () => {
    expect(withAnswer('# mine\nname: Acme\nanswers:\n', 'coaching', { value: 2 })).toBe(
      '# mine\nname: Acme\nanswers:\n  coaching: 2\n',
    );
  });
});

describe('saveIfUnchanged', () => {
  it('writes when the file is as last read, leaving no temporary file behind', () => {
    const dir = makeTempDir();
    const path = join(dir, 'a.yaml');
    writeFileSync(path, 'name: A\n');
    const saved = saveIfUnchanged(path, 'a.yaml', 'name: A\n', 'name: B\n');
    expect(saved.ok).toBe(true);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('refuses when the file changed or was removed since', () => {
    const dir = makeTempDir();
    const path = join(dir, 'a.yaml');
    writeFileSync(path, 'name: C\n');
    const changed = saveIfUnchanged(path, 'a.yaml', 'name: A\n', 'name: B\n');
    expect(changed.ok).toBe(false);
    expect(changed.issues[0]?.rule).toBe('file-changed');
    const removed = saveIfUnchanged(join(dir, 'gone.yaml'), 'gone.yaml', 'name: A\n', 'x: 1\n');
    expect(removed.issues[0]?.message).toBe(
      'the file was removed while the questionnaire ran; the last answer was not saved',
    );
    // a new file must not exist yet
    expect(saveIfUnchanged(path, 'a.yaml', undefined, 'x: 1\n').ok).toBe(false);
  });
});
