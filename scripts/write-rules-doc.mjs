// Regenerates docs/rules.md from the rule catalogue (src/core/rules.ts).
// tests/rules-doc.test.ts fails when the committed page is stale.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';

const out = await build({
  stdin: {
    contents:
      "import { rules } from './src/core/rules.ts'; import { formatRulesMarkdown } from './src/report/rules-markdown.ts'; export default formatRulesMarkdown(rules);",
    resolveDir: '.',
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
const { default: text } = await import(url);
writeFileSync('docs/rules.md', text);
console.log('wrote docs/rules.md');
