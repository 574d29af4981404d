import type { Format } from './format.js';
import { jsonChunks } from './json-chunks.js';
import { countIssues, issuesToJson } from './issue-format.js';
import type { CheckModel } from './models.js';
import { rankingToJson } from './ranking-json.js';

/**
 * The `check --format json` document: the tool, whether the gate passed, the counts, the
 * problems per file (as `validate --format json`), every policy outcome with its position, the
 * ranking (as `rank --format json`, null when the files had errors) and what the change did
 * (`--base`, else null).
 */
export function checkToJson(model: CheckModel, toolVersion: string): object {
  const { errors, warnings } = countIssues(model.issues);
  return {
    tool: { name: 'vendor-eval', version: toolVersion },
    ok: errors === 0,
    errorCount: errors,
    warningCount: warnings,
    files: issuesToJson(model.issues, model.files).files,
    policy: model.policy.map((o) => ({
      rule: o.rule,
      key: o.key,
      vendor: o.vendor,
      status: o.status,
      message: o.message,
      file: o.issue?.file ?? null,
      line: o.issue?.line ?? null,
      column: o.issue?.column ?? null,
    })),
    ranking: model.ranking ? rankingToJson(model.ranking, toolVersion) : null,
    change: model.change ?? null,
  };
}

/** `check --format json`. */
export const checkJsonFormat: Format<CheckModel> = {
  id: 'json',
  description: 'problems per file, every policy outcome and the ranking, unrounded',
  extension: 'json',
  userText: 'encoded',
  render: (m, ctx) => `${JSON.stringify(checkToJson(m, ctx.toolVersion), null, 2)}\n`,
  // the same text, one vendor's entry of `ranking.vendors` (the fourth level) at a time
  *renderPieces(m, ctx) {
    yield* jsonChunks(checkToJson(m, ctx.toolVersion), 2, 3);
    yield '\n';
  },
};
