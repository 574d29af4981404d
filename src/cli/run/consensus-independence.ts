import { unnamedEvaluator } from '../../core/analysis/consensus.js';
import { judgeIndependence } from '../../core/analysis/independence.js';
import type { IndependenceResult } from '../../core/model/independence.js';
import { fileHistory } from '../../io/git-file-history.js';
import type { VendorFile } from '../../io/vendor-loader.js';

/**
 * `consensus --independence`: for each vendor scored by two or more evaluators, whether each
 * evaluator's file was committed before its author could have seen another evaluator's scores of
 * the vendor. `files` are the loaded vendor files (`LoadedVendors.files`); only those with at
 * least one given answer count (a moderator's file scores nothing); a file without `evaluator`
 * is judged as `(no evaluator)`'s, as `consensus` counts it. `cwd` is
 * the working directory the files' paths are relative to. Outside a git repository every file is
 * `unknown` (`repository: false`), which is not an error.
 */
export function independenceOf(files: readonly VendorFile[], cwd: string): IndependenceResult {
  // a file without `evaluator:` is one evaluator's, as `consensus` counts it beside the others
  const scored = files.flatMap((f) =>
    [...f.answers.values()].some((a) => a.value !== null)
      ? [{ vendor: f.id, evaluator: f.input.evaluator ?? unnamedEvaluator, file: f.file }]
      : [],
  );
  const several = new Set(
    [...new Set(scored.map((f) => f.vendor))].filter(
      (v) => new Set(scored.filter((f) => f.vendor === v).map((f) => f.evaluator)).size > 1,
    ),
  );
  const judged = scored.filter((f) => several.has(f.vendor));
  const history = judged.length
    ? fileHistory(
        judged.map((f) => f.file),
        cwd,
      )
    : undefined;
  if (judged.length && !history) return judgeIndependence(judged, undefined);
  return judgeIndependence(judged, history ?? { files: new Map(), ancestors: new Map() });
}
