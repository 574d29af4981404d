import { describe, expect, it } from 'vitest';
import { inRepository, repositoryPath } from '../../../src/report/ci/repository-paths.js';
import { checkModel } from './models.js';

const repo = { root: '/r', cwd: '/r/procurement/vendors' };

describe('repositoryPath', () => {
  it('names a file from the repository root, whatever folder the command ran in', () => {
    expect(repositoryPath('a.yaml', repo)).toBe('procurement/vendors/a.yaml');
    expect(repositoryPath('../vendor-eval.config.yaml', repo)).toBe(
      'procurement/vendor-eval.config.yaml',
    );
    expect(repositoryPath('./sub/../b.yaml', repo)).toBe('procurement/vendors/b.yaml');
    expect(repositoryPath('/r/criteria/set.yaml', repo)).toBe('criteria/set.yaml');
    expect(repositoryPath('sub\\c.yaml', repo)).toBe('procurement/vendors/sub/c.yaml');
  });

  it('keeps a file outside the repository absolute, and files as shown without a root', () => {
    expect(repositoryPath('../../../shared/set.yaml', repo)).toBe('/shared/set.yaml');
    expect(repositoryPath('/elsewhere/x.yaml', repo)).toBe('/elsewhere/x.yaml');
    expect(repositoryPath('../x.yaml', undefined)).toBe('../x.yaml');
  });

  it('reads Windows paths', () => {
    const win = { root: 'C:\\src\\repo', cwd: 'C:\\src\\repo\\procurement' };
    expect(repositoryPath('vendors\\a.yaml', win)).toBe('procurement/vendors/a.yaml');
    expect(repositoryPath('C:\\src\\other\\b.yaml', win)).toBe('C:/src/other/b.yaml');
  });
});

describe('inRepository', () => {
  it('renames the files, the problems and the project file of a check', () => {
    const model = inRepository(checkModel, { root: '/r', cwd: '/r/p' });
    expect(model.files.every((f) => f.startsWith('p/'))).toBe(true);
    expect(model.issues.every((i) => i.file === undefined || i.file.startsWith('p/'))).toBe(true);
    expect(model.configFile).toBe(`p/${checkModel.configFile}`);
  });
});
