import { hasErrors, type Issue, type Severity } from '../../core/issues.js';
import { rules, type RuleInfo } from '../../core/rules.js';
import type { Format } from '../format.js';
import type { ValidateModel } from '../models.js';
import { ruleGroupAnchor } from '../rules-markdown.js';
import { bySeverity, messageWithHint } from './check-parts.js';
import { fingerprints } from './fingerprint.js';
import { inRepository } from './repository-paths.js';

/** Where vendor-eval is described, and where the rule list lives. */
const home = 'https://vendor-eval.dev';

const levelOf: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/**
 * A file as named in the report (relative to the repository's top folder, or absolute) as a SARIF
 * URI: forward slashes, encoded; a relative one is based on `%SRCROOT%`, the top folder.
 */
export function artifactUri(file: string): { uri: string; uriBaseId?: string } {
  const path = file.replace(/\\/g, '/');
  if (/^([A-Za-z]:)?\//.test(path))
    return { uri: `file://${encodeURI(path.startsWith('/') ? path : `/${path}`)}` };
  const uri = encodeURI(path).replace(/[?#]/g, encodeURIComponent);
  return path.startsWith('../') ? { uri } : { uri, uriBaseId: '%SRCROOT%' };
}

/** An absolute folder as a `file:` URI ending in `/`, as `originalUriBaseIds` requires. */
export function folderUri(dir: string): string {
  const path = dir.replace(/\\/g, '/').replace(/\/?$/, '/');
  return `file://${encodeURI(path.startsWith('/') ? path : `/${path}`)}`;
}

function ruleEntry(id: string) {
  const info = (rules as Readonly<Record<string, RuleInfo>>)[id];
  return {
    id,
    shortDescription: { text: info?.description ?? id },
    helpUri: `${home}/docs/rules.md${info ? `#${ruleGroupAnchor(info.group)}` : ''}`,
    defaultConfiguration: { level: levelOf[info?.severity ?? 'error'] },
  };
}

function location(issue: Issue) {
  if (!issue.file) return [];
  const startLine = issue.line ?? 1;
  const startColumn = issue.column ?? 1;
  return [
    {
      physicalLocation: {
        artifactLocation: artifactUri(issue.file),
        region: {
          startLine,
          startColumn,
          endLine: issue.endLine ?? startLine,
          endColumn: issue.endColumn ?? startColumn,
        },
      },
    },
  ];
}

/**
 * `--format sarif`: one SARIF 2.1.0 run for GitHub code scanning and other SARIF viewers. The
 * driver lists the rules the results use (catalogue description, help link, default level);
 * each result has its rule, level, message, place and a fingerprint stable across runs (rule +
 * file + key path); the invocation carries the exit code the command returns.
 */
export function formatSarif(model: ValidateModel, toolVersion: string, root?: string): string {
  const issues = bySeverity(model.issues);
  const used = [...new Set(issues.map((i) => i.rule as string))];
  const prints = fingerprints(issues);
  const doc = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vendor-eval',
            version: toolVersion,
            informationUri: home,
            rules: used.map(ruleEntry),
          },
        },
        ...(root ? { originalUriBaseIds: { '%SRCROOT%': { uri: folderUri(root) } } } : {}),
        invocations: [{ executionSuccessful: true, exitCode: hasErrors(model.issues) ? 1 : 0 }],
        results: issues.map((issue, k) => ({
          ruleId: issue.rule,
          ruleIndex: used.indexOf(issue.rule),
          level: levelOf[issue.severity],
          message: { text: messageWithHint(issue) },
          locations: location(issue),
          partialFingerprints: { 'vendorEval/v1': prints[k] ?? '' },
        })),
      },
    ],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** `validate --format sarif` and `check --format sarif`. */
export const sarifFormat: Format<ValidateModel> = {
  id: 'sarif',
  description: 'SARIF 2.1.0 for GitHub code scanning',
  extension: 'sarif',
  userText: 'encoded',
  render: (m, ctx) =>
    formatSarif(inRepository(m, ctx.repository), ctx.toolVersion, ctx.repository?.root),
};
