import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './builtin.js';
import type { CiSystem } from './ci-systems.js';

/** A file of the scaffold: its path in the new project (forward slashes) and its text. */
export interface ScaffoldFile {
  path: string;
  content: string;
}

/** What the templates' `{{name}}` placeholders are filled with. */
export interface ScaffoldValues {
  /** The vendor-eval version the CI workflow and the README pin. */
  version: string;
  ci: CiSystem;
  /** The editor modeline's schema path for a file of the project, by the file's folder. */
  schemaPath: (projectFolder: string, kind: 'criteria' | 'vendor' | 'policy') => string;
}

/** Template file (under `templates/init/`) → where it goes in the new project. */
const commonFiles: readonly (readonly [string, string])[] = [
  ['vendor-eval.config.yaml', 'vendor-eval.config.yaml'],
  ['criteria/our-criteria.yaml', 'criteria/our-criteria.yaml'],
  ['vendors/acme-nearshore.yaml', 'vendors/acme-nearshore.yaml'],
  ['vendors/globex-offshore.yaml', 'vendors/globex-offshore.yaml'],
  ['README.md', 'README.md'],
];

/** Each CI system's template, where it goes, and the words the README uses for it. */
const ciFiles = {
  github: {
    template: 'ci/github.yml',
    path: '.github/workflows/vendor-eval.yml',
    words: {
      ciName: 'GitHub Actions',
      ciChange: 'pull request',
      ciWhere: `as a note on the line to fix in the pull request's "Files changed" tab`,
    },
  },
  gitlab: {
    template: 'ci/gitlab.yml',
    path: '.gitlab-ci.yml',
    words: {
      ciName: 'GitLab CI',
      ciChange: 'merge request',
      ciWhere: "in the merge request's code quality report, at the line to fix",
    },
  },
} as const satisfies Record<CiSystem, unknown>;

/** Where the workflow of `ci` goes in the project. */
export function ciWorkflowPath(ci: CiSystem): string {
  return ciFiles[ci].path;
}

/** The folder of the `init` templates shipped with the package. */
export function initTemplatesDir(): string {
  return join(packageRoot(), 'templates', 'init');
}

/**
 * The files `vendor-eval init` writes, read from `templates/init/` and filled in: the project
 * file, the criteria set, two example vendors, the README and the workflow of `values.ci`.
 */
export function loadScaffold(values: ScaffoldValues): ScaffoldFile[] {
  const ci = ciFiles[values.ci];
  const pairs = [...commonFiles, [ci.template, ci.path] as const];
  return pairs.map(([template, path]) => {
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    const fill: Record<string, string> = {
      version: values.version,
      ciFile: ci.path,
      ...ci.words,
      'schema:criteria': values.schemaPath(folder, 'criteria'),
      'schema:vendor': values.schemaPath(folder, 'vendor'),
      'schema:policy': values.schemaPath(folder, 'policy'),
    };
    const text = readFileSync(join(initTemplatesDir(), template), 'utf8');
    return { path, content: fillPlaceholders(text, fill, template) };
  });
}

/**
 * `text` with every `{{name}}` replaced by its value. Only names without spaces are
 * placeholders, so GitHub's own `${{ github.base_ref }}` passes through; an unknown name is a
 * bug in the templates, not a user's mistake, and throws.
 */
export function fillPlaceholders(
  text: string,
  values: Readonly<Record<string, string>>,
  template: string,
): string {
  return text.replace(/\{\{([A-Za-z]+(?::[a-z]+)?)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`init template ${template}: no value for {{${name}}}`);
    return value;
  });
}
