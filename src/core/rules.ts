/** Severity of a finding, highest first. */
export type Severity = 'error' | 'warning' | 'info';

/** One entry of the rule catalogue: its severity and what it checks, in one line. */
export interface RuleInfo {
  severity: Severity;
  /** One line for `docs/rules.md`: what the rule reports. */
  description: string;
  /** Where the rule is found: a file's syntax, its shape, its content, the command line. */
  group: 'syntax' | 'shape' | 'criteria' | 'weighting' | 'vendor' | 'project' | 'policy' | 'usage';
}

/**
 * Every rule id vendor-eval reports, like ESLint's rules or the TypeScript compiler's diagnostic
 * list. Rule ids are part of the public output (stylish, JSON, CI annotations): add, never rename.
 * `docs/rules.md` is generated from this list (`npm run docs:rules`) and a test guards it.
 */
export const rules = {
  // Reading a file
  'file-unreadable': {
    severity: 'error',
    group: 'syntax',
    description: 'a file or folder cannot be read (missing, permission denied, a symlink loop)',
  },
  encoding: { severity: 'error', group: 'syntax', description: 'a file is not valid UTF-8' },
  'yaml-syntax': { severity: 'error', group: 'syntax', description: 'a YAML syntax error' },
  'duplicate-key': {
    severity: 'error',
    group: 'syntax',
    description: 'a key appears twice in one mapping',
  },
  'yaml-alias-bomb': {
    severity: 'error',
    group: 'syntax',
    description: 'aliases expand too far (a "billion laughs" document)',
  },
  'empty-file': { severity: 'error', group: 'syntax', description: 'a file holds no document' },
  'file-too-large': {
    severity: 'error',
    group: 'syntax',
    description: 'a file is larger than any criteria set, vendor or project file needs (16 MiB)',
  },
  'too-deep': {
    severity: 'error',
    group: 'syntax',
    description: 'lists or mappings nested deeper than 100 levels inside each other',
  },
  'reserved-name': {
    severity: 'error',
    group: 'syntax',
    description:
      'a key or id that names a property every JavaScript object has (`__proto__`, `constructor`, `prototype`, `toString`, …)',
  },
  'unknown-kind': {
    severity: 'error',
    group: 'syntax',
    description: 'a file is neither a criteria set, a vendor file nor a project file',
  },
  // Shape as written (from the zod schemas)
  'unknown-key': {
    severity: 'error',
    group: 'shape',
    description: 'a key the file kind does not have (with a did-you-mean hint)',
  },
  required: { severity: 'error', group: 'shape', description: 'a required key is missing' },
  'invalid-type': {
    severity: 'error',
    group: 'shape',
    description: 'a value of the wrong type (text where a number is expected, …)',
  },
  'invalid-value': {
    severity: 'error',
    group: 'shape',
    description: 'a value that is not one of the allowed values',
  },
  'invalid-format': {
    severity: 'error',
    group: 'shape',
    description: 'text in the wrong format (an id that is not kebab-case, a bad AHP ratio)',
  },
  'out-of-range': {
    severity: 'error',
    group: 'shape',
    description: 'a number outside its allowed range',
  },
  // Criteria sets
  'invalid-range': {
    severity: 'error',
    group: 'criteria',
    description: 'a range whose minimum is not below its maximum',
  },
  'invalid-rubric': {
    severity: 'error',
    group: 'criteria',
    description: 'a rubric level that is not a level of the scale',
  },
  'invalid-scoring': {
    severity: 'error',
    group: 'criteria',
    description: 'a scoring curve or option scores that cannot give a utility',
  },
  'direction-mismatch': {
    severity: 'warning',
    group: 'criteria',
    description: '`direction` disagrees with the scoring curve',
  },
  'invalid-must': {
    severity: 'error',
    group: 'criteria',
    description: 'a knock-out rule no answer could pass, or one naming an unknown option',
  },
  'invalid-requires': {
    severity: 'error',
    group: 'criteria',
    description:
      'a `requires` rule that is not one of anyOf, allOf or when … then, or checks nothing',
  },
  'requires-unknown-criterion': {
    severity: 'error',
    group: 'criteria',
    description: 'a `requires` rule naming a criterion the set does not have',
  },
  'requires-without-must': {
    severity: 'error',
    group: 'criteria',
    description: 'a `requires` rule naming a non-boolean criterion that has no `must` to pass',
  },
  'requires-never-passes': {
    severity: 'error',
    group: 'criteria',
    description: 'a `requires` rule no vendor could pass when it applies',
  },
  'invalid-condition': {
    severity: 'error',
    group: 'criteria',
    description: 'a `when` condition no answer to its criterion could meet',
  },
  'duplicate-option': {
    severity: 'error',
    group: 'criteria',
    description: 'an option value listed twice',
  },
  'invalid-preference': {
    severity: 'error',
    group: 'criteria',
    description: 'a PROMETHEE preference function with missing or inconsistent thresholds',
  },
  'unused-threshold': {
    severity: 'warning',
    group: 'criteria',
    description: 'a PROMETHEE threshold the chosen preference function ignores',
  },
  'unknown-method': {
    severity: 'error',
    group: 'criteria',
    description: 'a decision method vendor-eval does not know',
  },
  'invalid-method-option': {
    severity: 'error',
    group: 'criteria',
    description: "a `methodOptions` entry the set's method does not accept",
  },
  'unsupported-criterion': {
    severity: 'warning',
    group: 'criteria',
    description:
      'a criterion type this version cannot score (not reported now: every type is scored)',
  },
  'cost-not-computed': {
    severity: 'error',
    group: 'criteria',
    description:
      'a set with cost criteria given to a command that scores vendors (not reported since cost criteria are scored; see missing-demand)',
  },
  'duplicate-id': {
    severity: 'error',
    group: 'criteria',
    description: 'an id used twice in a set after includes',
  },
  'include-not-found': {
    severity: 'error',
    group: 'criteria',
    description: 'an included set that is neither a file nor a built-in set',
  },
  'include-cycle': {
    severity: 'error',
    group: 'criteria',
    description: 'a set that includes itself, directly or through other sets',
  },
  'empty-set': { severity: 'error', group: 'criteria', description: 'a set with no criteria' },
  'empty-category': {
    severity: 'error',
    group: 'criteria',
    description: 'a category with no criteria or sub-categories',
  },
  'zero-weight': {
    severity: 'warning',
    group: 'criteria',
    description: 'a node with weight 0, which contributes nothing',
  },
  'zero-weights': {
    severity: 'error',
    group: 'criteria',
    description: 'siblings whose weights are all 0, so they cannot be normalised',
  },
  'invalid-weight-range': {
    severity: 'error',
    group: 'criteria',
    description: 'a weight range `{ min, max }` whose min is above its max',
  },
  'number-without-anchors': {
    severity: 'warning',
    group: 'criteria',
    description:
      'a `number` criterion without `scoring`, scored min–max over the field, so the closest answers can decide its whole weight',
  },
  'zero-utility-in-product': {
    severity: 'warning',
    group: 'criteria',
    description:
      'a set ranked by weighted-product or waspas with a criterion whose scoring can give a utility of 0, which zeroes the product',
  },
  // Weighting
  'unsupported-weighting': {
    severity: 'error',
    group: 'weighting',
    description: 'a weighting method this version does not compute',
  },
  'invalid-weighting': {
    severity: 'error',
    group: 'weighting',
    description: 'a `weighting` block that does not name the group’s children correctly',
  },
  'weight-range-unused': {
    severity: 'error',
    group: 'weighting',
    description:
      'a weight range on a child of a group whose weights are derived (ahp, roc, swing, entropy, critic), where it would never be used',
  },
  'invalid-ahp': {
    severity: 'error',
    group: 'weighting',
    description:
      'AHP comparisons (weights or a pairwise criterion) with an unknown child, a self-comparison, a ratio outside 1/9..9, a pair given twice or a disconnected graph',
  },
  'ahp-inconsistent': {
    severity: 'warning',
    group: 'weighting',
    description:
      'AHP comparisons (weights or a pairwise criterion) with CR > 0.1, naming the most inconsistent judgement',
  },
  'unknown-compared-vendor': {
    severity: 'error',
    group: 'weighting',
    description:
      'the comparisons of a pairwise criterion name a vendor id close to, but not, one of the vendors (a misspelling)',
  },
  'compared-vendor-absent': {
    severity: 'warning',
    group: 'weighting',
    description:
      'the comparisons of a pairwise criterion name a vendor not among those ranked or checked; its comparisons are left out',
  },
  'constant-column': {
    severity: 'warning',
    group: 'weighting',
    description: 'entropy/CRITIC: every vendor gives a criterion the same answer (weight 0)',
  },
  'constant-group': {
    severity: 'error',
    group: 'weighting',
    description: 'entropy/CRITIC: no criterion of the group separates the vendors',
  },
  'correlated-columns': {
    severity: 'error',
    group: 'weighting',
    description: 'CRITIC: the criteria of a group rank the vendors identically',
  },
  'negative-value': {
    severity: 'error',
    group: 'weighting',
    description: 'entropy: a negative answer, which entropy weighting cannot use',
  },
  'too-few-vendors': {
    severity: 'error',
    group: 'weighting',
    description: 'entropy/CRITIC: fewer than 2 vendors answered the group’s criteria',
  },
  // Vendor files
  'unknown-criterion': {
    severity: 'error',
    group: 'vendor',
    description: 'an answer to a criterion the set does not have',
  },
  'skipped-file': {
    severity: 'warning',
    group: 'vendor',
    description:
      'a vendor file with errors that `rank --skip-invalid` left out (with the rest of its vendor’s files): the ranking is partial',
  },
  'out-of-scope': {
    severity: 'info',
    group: 'vendor',
    description:
      'answers to criteria of another known set (the project’s or a built-in one), ignored for this set',
  },
  'invalid-choice': {
    severity: 'error',
    group: 'vendor',
    description: 'an answer naming an option the criterion does not have',
  },
  'computed-criterion': {
    severity: 'error',
    group: 'vendor',
    description: 'an answer to a criterion that is computed (cost, pairwise), not answered',
  },
  'invalid-answer-range': {
    severity: 'error',
    group: 'vendor',
    description:
      'an answer range that is not { min, max } or { low, mode, high } in order, or a range for a criterion that is not a number or a scale',
  },
  'evidence-required': {
    severity: 'warning',
    group: 'vendor',
    description: 'an answer without the evidence its criterion requires',
  },
  'invalid-vendor-id': {
    severity: 'error',
    group: 'vendor',
    description: 'a vendor id (or file name) that is not kebab-case',
  },
  'duplicate-vendor': {
    severity: 'error',
    group: 'vendor',
    description: 'two files with the same vendor id and the same (or no) evaluator',
  },
  'conflicting-moderation': {
    severity: 'error',
    group: 'vendor',
    description:
      'two files of one vendor moderate the same criterion to different values (`moderated` block)',
  },
  'unchecked-answers': {
    severity: 'warning',
    group: 'vendor',
    description: 'answers left unchecked because the criteria set has errors',
  },
  'implausible-answer': {
    severity: 'warning',
    group: 'vendor',
    description:
      'a number far outside its scoring range or far from the other vendors’ answers, often a unit slip (0.35 for 35 %)',
  },
  'missing-answer': {
    severity: 'error',
    group: 'vendor',
    description: 'an unanswered criterion under `--missing fail`',
  },
  // Vendor pricing against the set's demand (the cost engine)
  'missing-channel-rate': {
    severity: 'error',
    group: 'vendor',
    description: 'a pricing without a rate (or tiers) for a channel in the demand',
  },
  'missing-resolution-rate': {
    severity: 'error',
    group: 'vendor',
    description:
      'per-resolution pricing (or a hybrid billing per resolution) without a `resolutionRate` in the pricing or the demand',
  },
  'incomplete-hybrid': {
    severity: 'error',
    group: 'vendor',
    description: 'hybrid pricing without its fixed `base` or its `variable` model',
  },
  'invalid-tiers': {
    severity: 'error',
    group: 'vendor',
    description:
      'volume tiers out of order, with an `upTo` missing before the last, or without an open-ended last tier',
  },
  'missing-exchange-rate': {
    severity: 'error',
    group: 'vendor',
    description:
      'a pricing currency other than the demand’s without a rate in `demand.exchangeRates` (never a silent sum)',
  },
  'unused-price': {
    severity: 'warning',
    group: 'vendor',
    description:
      'a price the bill ignores: a rate for a channel the demand lacks, `base`/`variable` outside hybrid, `resolutionRate` outside per-resolution',
  },
  // Cost: the buyer's demand and the vendors' bids
  'invalid-demand': {
    severity: 'error',
    group: 'criteria',
    description:
      'a demand that cannot be staffed as written (a live channel without open hours or a service-level target, an intraday profile that does not fit the day, erlang-a without patience)',
  },
  'missing-demand': {
    severity: 'error',
    group: 'criteria',
    description: 'a set with a cost criterion but no `demand` to turn bids into cost',
  },
  'cost-without-demand': {
    severity: 'warning',
    group: 'criteria',
    description:
      'a set with a cost criterion but no `demand` of its own: it can be ranked only inside a set that has one',
  },
  'unreachable-service-level': {
    severity: 'error',
    group: 'criteria',
    description: 'a service-level target no number of agents can meet (e.g. 100 % within 0 s)',
  },
  'abnormally-low-bid': {
    severity: 'warning',
    group: 'vendor',
    description:
      'a contract cost below a share of the median bid (default 70 %): ask the vendor to explain the price before rejecting it',
  },
  'conflicting-pricing': {
    severity: 'error',
    group: 'vendor',
    description: 'two files of one vendor (different evaluators) with different `pricing` blocks',
  },
  'missing-pricing': {
    severity: 'error',
    group: 'vendor',
    description: 'a vendor without `pricing` where a cost criterion needs one',
  },
  'mixed-currencies': {
    severity: 'error',
    group: 'vendor',
    description: 'bids in different currencies and no demand currency to convert them into',
  },

  // The policy of the project file, as `check` judges it
  'policy/min-score': {
    severity: 'error',
    group: 'policy',
    description:
      '`minScore`: the selected vendor (else the winner) scores below the minimum (without `selected`: no vendor is eligible)',
  },
  'policy/require-eligible': {
    severity: 'error',
    group: 'policy',
    description:
      '`requireEligible`: the selected vendor fails a knock-out (without `selected`: no vendor is eligible)',
  },
  'policy/require-top': {
    severity: 'error',
    group: 'policy',
    description: '`requireTop`: the selected vendor does not rank first',
  },
  'policy/max-missing': {
    severity: 'error',
    group: 'policy',
    description: '`maxMissing`: a vendor leaves more criteria unanswered than allowed',
  },
  'policy/require-evidence': {
    severity: 'error',
    group: 'policy',
    description:
      '`requireEvidence`: an answer to a criterion with `evidence: required` (or one the policy lists) cites no source',
  },
  'policy/max-monthly-cost': {
    severity: 'error',
    group: 'policy',
    description:
      "`maxMonthlyCost`: the selected vendor's (else the winner's) monthly cost is above the limit (without `selected`: no vendor is eligible)",
  },
  'policy/max-consistency-ratio': {
    severity: 'error',
    group: 'policy',
    description:
      "`maxConsistencyRatio`: an AHP weighting's or a pairwise criterion's consistency ratio is above the limit",
  },
  'policy/min-robustness': {
    severity: 'error',
    group: 'policy',
    description:
      "`minRobustness`: the selected vendor's share of rank-1 draws under weight changes is below the minimum",
  },
  'policy/not-evaluated': {
    severity: 'warning',
    group: 'policy',
    description:
      'a policy rule that cannot be judged on this project (`requireTop` without `selected`, `maxMonthlyCost` without a demand or pricing, …)',
  },
  'policy/unknown-vendor': {
    severity: 'error',
    group: 'policy',
    description: '`selected` names no vendor of the project (with a did-you-mean hint)',
  },
  'policy/unknown-criterion': {
    severity: 'error',
    group: 'policy',
    description:
      '`requireEvidence` lists an id that is not a criterion of the set (with a did-you-mean hint)',
  },
  'policy/computed-criterion': {
    severity: 'error',
    group: 'policy',
    description:
      '`requireEvidence` lists a criterion no vendor file answers (a `cost` worked out from the bids, a `pairwise` from the set), so it has no answer to cite evidence for',
  },

  // The command line: which files a command reads
  'no-project-file': {
    severity: 'error',
    group: 'usage',
    description: '`check` found no `vendor-eval.config.yaml` in the working folder or above it',
  },
  'path-not-found': {
    severity: 'error',
    group: 'usage',
    description: 'a file or folder named on the command line or in the project file does not exist',
  },
  'unknown-criteria-set': {
    severity: 'error',
    group: 'usage',
    description: '`-c` or the project file names neither a criteria file nor a built-in set',
  },
  'no-vendors-given': {
    severity: 'error',
    group: 'usage',
    description: 'a command that ranks vendors was given no vendor files or folders',
  },
  'no-files-given': {
    severity: 'error',
    group: 'usage',
    description: '`validate` was given no files, and there is no project file to take them from',
  },
  'no-vendor-files': {
    severity: 'error',
    group: 'usage',
    description: 'the vendor paths hold no vendor files',
  },
  'git-base': {
    severity: 'error',
    group: 'usage',
    description:
      '`check --base` cannot read the project at the ref: git is not installed, the working directory is not in a git repository (or one git refuses), the ref is empty or names no commit, or no temporary folder can be made',
  },
  'wrong-file-kind': {
    severity: 'error',
    group: 'usage',
    description:
      'a vendor file given as the criteria set, or a criteria set named as a vendor file',
  },
  'builtin-criteria': {
    severity: 'info',
    group: 'usage',
    description: 'no project file and no `-c`: the built-in customer-service set is used',
  },
  // The command line: the options themselves
  'conflicting-options': {
    severity: 'error',
    group: 'usage',
    description:
      'options that cannot go together (`--all-methods` with `-m`, a criteria set given both with `-c` and as an argument)',
  },
  'unknown-vendor': {
    severity: 'error',
    group: 'usage',
    description: '`explain` or `compare` names a vendor that is not among the vendor files',
  },
  'same-vendor-twice': {
    severity: 'error',
    group: 'usage',
    description: '`compare` names the same vendor twice',
  },
  'html-to-terminal': {
    severity: 'error',
    group: 'usage',
    description:
      '`report` would print its HTML page to a terminal: write it with `-o`, pipe it, or use `--format markdown`',
  },
  'overwrites-input': {
    severity: 'error',
    group: 'usage',
    description: '`-o` names a file the command reads (no command rewrites its input)',
  },
  'output-exists': {
    severity: 'error',
    group: 'usage',
    description: '`template -o` names a file that already exists (a template never overwrites)',
  },
  'init-would-overwrite': {
    severity: 'error',
    group: 'usage',
    description: '`init` would replace files that exist (it writes nothing then, unless `--force`)',
  },
  'cannot-write': {
    severity: 'error',
    group: 'usage',
    description:
      '`-o` names a file that cannot be written (no such folder, a folder, permission denied), or `init` finds a folder where it writes a file, or a file where it makes a folder (it writes nothing then, even with `--force`)',
  },
  // The command line: how to score
  'no-cost-criterion': {
    severity: 'error',
    group: 'usage',
    description: '`rank --price-formulas` with a criteria set that has no cost criterion',
  },
  'unknown-method-name': {
    severity: 'error',
    group: 'usage',
    description:
      '`-m`/`--method` (or the project file) names a decision method that does not exist',
  },
  'invalid-weight-override': {
    severity: 'error',
    group: 'usage',
    description:
      '`--weights` names a node the set does not have, one whose weights are derived, or leaves a group at weight 0',
  },
  'vendors-not-read': {
    severity: 'info',
    group: 'usage',
    description: '`weights` was given vendors for a set that derives no weights from answers',
  },
  'vendors-needed': {
    severity: 'error',
    group: 'usage',
    description: 'entropy/CRITIC weighting asked for without any vendor files',
  },
  'not-a-terminal': {
    severity: 'error',
    group: 'usage',
    description: '`score` asks questions, so it needs a terminal on stdin and stderr',
  },
  'file-changed': {
    severity: 'error',
    group: 'usage',
    description:
      'the vendor file `score` is filling in was changed or removed by someone else before the next save',
  },
  'other-evaluator': {
    severity: 'error',
    group: 'usage',
    description:
      "`score --evaluator` names someone else than the vendor file's `evaluator`: each evaluator fills in a file of their own",
  },
  'unknown-node': {
    severity: 'error',
    group: 'usage',
    description: '`weigh --node` names no category of the set with at least two children',
  },
  'read-only-criteria': {
    severity: 'error',
    group: 'usage',
    description:
      '`weigh` was given a built-in criteria set, a category or criterion of an included file, or a criterion whose comparisons are in a `comparisonsFile`: it writes only the file it is given',
  },
  'not-pairwise': {
    severity: 'error',
    group: 'usage',
    description:
      '`weigh --criterion` names no criterion of the set, one that is not `type: pairwise`, or one with fewer than two vendors to compare',
  },
} as const satisfies Record<string, RuleInfo>;

/** A rule id of the catalogue. */
export type RuleId = keyof typeof rules;

/** Every rule id, in catalogue order. */
export const ruleIds = Object.keys(rules) as RuleId[];
