// The baseline for the large rank case: read every vendor file of a folder and parse it with the
// `yaml` package's parseDocument, and nothing else. Usage: node bench/parse-only.mjs <folder>

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node bench/parse-only.mjs <folder>');
  process.exit(2);
}

let errors = 0;
for (const name of readdirSync(folder).sort()) {
  if (!name.endsWith('.yaml') && !name.endsWith('.yml')) continue;
  const doc = parseDocument(readFileSync(join(folder, name), 'utf8'));
  errors += doc.errors.length;
}
if (errors) {
  console.error(`${errors} YAML errors`);
  process.exitCode = 1;
}
