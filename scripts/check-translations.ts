/**
 * Fails when an interface string has no Welsh translation. Run after `lit-localize extract`, which
 * adds every new `msg()` string to xliff/cy.xlf without a <target>; this turns "a reader sees
 * English in the middle of Welsh" into a failed build.
 *
 *   npx tsx scripts/check-translations.ts
 */
import { readFileSync } from 'node:fs';

const FILE = 'xliff/cy.xlf';

/** The trans-units of an XLIFF 1.2 file, each with its id, source and target (if any). */
export function transUnits(xliff: string): { id: string; source: string; target: string | undefined }[] {
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id: id!,
    source: /<source>([\s\S]*?)<\/source>/.exec(body!)?.[1] ?? '',
    target: /<target>([\s\S]*?)<\/target>/.exec(body!)?.[1],
  }));
}

if (process.argv[1]?.endsWith('check-translations.ts')) {
  const units = transUnits(readFileSync(FILE, 'utf8'));
  const missing = units.filter((unit) => unit.target === undefined || unit.target.trim() === '');
  if (missing.length) {
    console.error(`${missing.length} interface string(s) have no Welsh translation in ${FILE}:`);
    for (const unit of missing) console.error(`  ${unit.id}: ${unit.source}`);
    console.error('Add a <target> for each (see docs/welsh.md), then build again.');
    process.exitCode = 1;
  } else {
    console.log(`${units.length} interface strings, all translated into Welsh.`);
  }
}
