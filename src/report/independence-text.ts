import type { FileIndependence, IndependenceResult } from '../core/model/independence.js';

/** `2026-03-01T10:00:00Z` as `2026-03-01 10:00 UTC`. */
function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** A commit id as read in text: its first 7 digits. */
function short(commit: string): string {
  return commit.slice(0, 7);
}

/**
 * One file's line. `files` are all the judged files: an independent file committed in the same
 * commit as another evaluator's of the vendor was not committed "before" it, and says so.
 */
function line(f: FileIndependence, files: readonly FileIndependence[]): string {
  const who = `${f.vendor}: ${f.evaluator} (${f.file})`;
  const at = f.commit && f.committedAt ? `${short(f.commit)}, ${when(f.committedAt)}` : '';
  switch (f.status) {
    case 'independent': {
      const together = files.filter(
        (o) => o !== f && o.vendor === f.vendor && o.commit !== null && o.commit === f.commit,
      );
      if (together.length)
        return `${who} independent: committed (${at}) together with ${together.map((o) => `${o.evaluator}'s`).join(' and ')} scores, so ${together.length > 1 ? "none could see another's" : "neither could see the other's"}`;
      return `${who} independent: committed (${at}) before any other evaluator's scores of ${f.vendor}`;
    }
    case 'not-independent': {
      const seen = f.sawFrom.map(
        (s) =>
          `${s.evaluator}'s ${s.inHistory ? 'were already in its history' : 'were committed earlier on another branch'} (${short(s.commit)}, ${when(s.committedAt)})`,
      );
      return `${who} not independent: committed (${at}) when ${seen.join('; ')}`;
    }
    case 'uncommitted':
      return f.reason === 'modified'
        ? `${who} uncommitted: changed since its scores were first committed (${at}); commit it to date the change`
        : f.reason === 'outside-repository'
          ? `${who} uncommitted: the file is outside the git repository`
          : `${who} uncommitted: its scores are not committed yet; commit them before reading the other evaluators' files`;
    case 'unknown':
      return `${who} unknown`;
  }
}

/**
 * `consensus --independence` for reading: one line per evaluator file, e.g. `acme: b.kim
 * (vendors/acme-kim.yaml) not independent: committed (4e1f0a2, 2026-03-02 09:00 UTC) when
 * a.lee's were already in its history (9c3d2b1, 2026-03-01 10:00 UTC)`. Outside a git
 * repository, one sentence instead; with no vendor scored by two evaluators, one sentence too.
 */
export function independenceLines(result: IndependenceResult): string[] {
  if (!result.repository)
    return [
      'independence: unknown, the vendor files are not in a git repository (it is judged from the commit history)',
    ];
  if (!result.files.length) return ['independence: no vendor has files by two or more evaluators'];
  return result.files.map((f) => line(f, result.files));
}
