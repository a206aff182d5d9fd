#!/usr/bin/env node
// Prints the size of what a browser downloads: min, gzip and brotli for dist/embed.js, the chunks
// it loads on demand, every element together and the help panel alone (those two built here in
// memory with the embed's own plugins).
// `--check` also fails (exit 1) when a budget is exceeded, so a regression fails CI.
// (bench/timing.mjs prints every entry's size and the timings.)
//
//   node bench/size.mjs [--check]        (run `npm run build` first)
import { existsSync } from 'node:fs';
import { bundleAlone, chunkWithImports, embedRows, printSizeTable, sizes } from './sizes.mjs';

if (!existsSync('dist/embed.js')) {
  console.error('dist/embed.js is missing: run `npm run build` first.');
  process.exit(1);
}

const rows = [
  ...embedRows(),
  ['every element, English (self-harm-guidance/define)', sizes(await bundleAlone('src/define.ts'))],
  ['help panel alone', sizes(await bundleAlone('src/elements/help-panel/define.ts'))],
  ['self-assessment alone (elements/self-assessment/define.js)', sizes(await bundleAlone('src/elements/self-assessment/define.ts'))],
  ['self-assessment chunks beyond dist/embed.js (on demand)', sizes(chunkWithImports('self-assessment'))],
];
const over = printSizeTable(rows);

if (process.argv.includes('--check') && over > 0) {
  console.error(`${over} bundle(s) over budget.`);
  process.exit(1);
}
