/** Reads the facts table from disk, for Node-side tests. */
import { readFileSync } from 'node:fs';
import { parseFactsTable, type FactsRow } from './facts-table.js';
import { FACTS_FILE } from './paths.js';

export const readFactsTable = (file = FACTS_FILE): FactsRow[] => parseFactsTable(readFileSync(file, 'utf8'));
