import type { Issue } from '../core/issues.js';

type Path = (string | number)[];

/**
 * Duplicate ids in a criteria file whose shape is wrong, read from the data as written. Such a
 * file builds no tree, so the tree-level check (`checkCriteriaTree`) cannot run; without this a
 * duplicate id would only show once the shape error is fixed. Same rule and words as that check.
 */
export function rawDuplicateIds(data: unknown, file: string): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, Path>();
  const root = record(data);
  if (!root) return issues;
  if (typeof root.id === 'string') seen.set(root.id, ['id']);
  const visit = (node: Record<string, unknown>, at: Path): void => {
    for (const key of ['categories', 'criteria'] as const) {
      const list = node[key];
      if (!Array.isArray(list)) continue;
      list.forEach((item: unknown, index) => {
        const child = record(item);
        if (!child) return;
        const path: Path = [...at, key, index];
        if (typeof child.id === 'string') {
          if (seen.has(child.id)) {
            issues.push({
              severity: 'error',
              rule: 'duplicate-id',
              message: `id "${child.id}" is used twice`,
              hint: `it is also defined in ${file}; ids of categories, criteria and included sets must be unique across the set`,
              file,
              path: [...path, 'id'],
            });
          } else {
            seen.set(child.id, path);
          }
        }
        if (key === 'categories') visit(child, path);
      });
    }
  };
  visit(root, []);
  return issues;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
