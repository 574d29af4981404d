/** A kebab-case identifier: lower-case letters and digits joined by single hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `text` is a kebab-case id (criteria, categories, sets, vendors). */
export function isId(text: string): boolean {
  return idPattern.test(text);
}

/** The scale of `scale` criteria when neither the criterion nor its set gives one. */
export const defaultScale = { min: 1, max: 5 } as const;
