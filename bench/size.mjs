#!/usr/bin/env node
// Prints the size of what a browser downloads from the script-tag embed: min, gzip and brotli of
// dist/embed.js and each chunk it loads on demand, each against its own limit, then what each kind
// of page downloads in total (budgets are per page: see BUDGETS in bench/sizes.mjs).
// `--check` also fails (exit 1) when a file is over its limit, a chunk has no limit, or embed.js
// would bring another file with it, so a regression fails CI.
// (bench/timing.mjs prints every entry's size and the timings.)
//
//   node bench/size.mjs [--check]        (run `npm run build` first)
import { existsSync } from 'node:fs';
import { budgetProblems, embedFiles, pageRows, printFileTable, printPageTable } from './sizes.mjs';

if (!existsSync('dist/embed.js')) {
  console.error('dist/embed.js is missing: run `npm run build` first.');
  process.exit(1);
}

const files = embedFiles();
printFileTable(files);
console.log('');
printPageTable(pageRows(files));

const problems = budgetProblems(files);
if (problems.length) {
  console.error(`\n${problems.join('\n')}`);
  if (process.argv.includes('--check')) process.exit(1);
}
