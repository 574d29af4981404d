import { isAbsolute, relative } from 'node:path';

/** Shows a path relative to the working directory when it lies inside it or close above it. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  if (!rel || isAbsolute(rel)) return file;
  // A project file a level or two up reads better as ../x than as an absolute path.
  const ups = rel.split(/[\\/]/).filter((part) => part === '..').length;
  return ups <= 2 ? rel : file;
}
