/** The kinds of file vendor-eval reads. */
export type FileKind = 'criteria' | 'vendor' | 'config' | 'unknown';

/**
 * Tells a file's kind from its name and content: the project file is named
 * `vendor-eval.config.yaml` or has `policy`/`vendors`/a `criteria` reference; a criteria set has
 * categories, a list of criteria or include; a vendor file has answers, vendor or pricing.
 */
export function detectKind(data: unknown, fileName: string): FileKind {
  if (/(^|[\\/])vendor-eval\.config\.ya?ml$/.test(fileName)) return 'config';
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return 'unknown';
  const record = data as Record<string, unknown>;
  const has = (k: string): boolean => Object.hasOwn(record, k);
  if (has('policy') || has('vendors') || typeof record.criteria === 'string') return 'config';
  if (has('categories') || has('criteria') || has('include')) return 'criteria';
  if (has('answers') || has('vendor') || has('pricing') || has('evaluator')) return 'vendor';
  return 'unknown';
}
