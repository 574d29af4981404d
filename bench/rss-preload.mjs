// Preloaded by bench/large.mjs (`node --import`): writes the process's peak resident memory
// (process.resourceUsage().maxRSS, in KiB) to $VENDOR_EVAL_BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.VENDOR_EVAL_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
}
