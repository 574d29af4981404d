/** A kebab-case identifier: lower-case letters and digits joined by single hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `text` is a kebab-case id (criteria, categories, sets, vendors). */
export function isId(text: string): boolean {
  return idPattern.test(text);
}

/**
 * The id a name or a mistyped id most plainly stands for: accents dropped, lower case, every run
 * of other characters one hyphen, no hyphen at either end (`Costa Care` → `costa-care`,
 * `Service_Level` → `service-level`). May be empty (`"!!"`): check with `isId`.
 */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The scale of `scale` criteria when neither the criterion nor its set gives one. */
export const defaultScale = { min: 1, max: 5 } as const;
