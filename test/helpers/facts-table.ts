/**
 * Parses the verified contacts table in `content/facts/crisis-contacts.md`, so tests hold the data
 * against the document people review, not against a copy of it. Pure: Node tests read the file
 * from disk (facts-file.ts), browser tests fetch it from the test server.
 */

export interface FactsRow {
  readonly service: string;
  readonly fact: string;
  readonly value: string;
  readonly confidence: string;
  /** Where the row was checked; for some web services the address is only given here. */
  readonly source: string;
  /** Every run of digits in the value, spaces removed: the numbers the row vouches for. */
  readonly numbers: readonly string[];
}

export function parseFactsTable(markdown: string): FactsRow[] {
  const rows = markdown
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
  const [header, ...body] = rows;
  if (!header || header[0] !== 'service') throw new Error('No facts table found: expected a table whose first column is "service"');
  return body.map(([service = '', fact = '', value = '', confidence = '', source = '']) => ({
    service,
    fact,
    value,
    confidence,
    source,
    numbers: (value.match(/\d(?:[\d ]*\d)?/g) ?? []).map((n) => n.replace(/ /g, '')),
  }));
}

/** Which rows of the facts table speak for each service id in `content/en/services.json`. */
export const FACTS_ROWS_FOR_SERVICE: Readonly<Record<string, readonly string[]>> = {
  'emergency-999': ['Emergency services (UK)', '999'],
  'nhs-111-wales': ['NHS 111 Wales'],
  'nhs-111-england': ['NHS 111 England'],
  'nhs-24-scotland': ['NHS 24 Scotland'],
  'breathing-space': ['Breathing Space (Scotland)'],
  lifeline: ['Lifeline (Northern Ireland)'],
  samaritans: ['Samaritans (UK)', 'Samaritans'],
  'samaritans-welsh-language-line': ['Samaritans Welsh Language Line (Llinell Gymraeg)', 'Samaritans Welsh Language Line'],
  shout: ['Shout'],
  childline: ['Childline'],
  papyrus: ['Papyrus HOPELINE247', 'Papyrus'],
  meic: ['Meic (Wales, up to 25)'],
  'call-wales': ['CALL (Community Advice and Listening Line, Wales)', 'CALL'],
  'calm-harm': ['Calm Harm (stem4)'],
  selfharmuk: ['selfharmUK / Alumina'],
};

/** A row vouches for rendering only when it is confirmed or corroborated. */
export function vouches(row: FactsRow): boolean {
  return /^(phone and age )?confirmed|^corroborated/.test(row.confidence);
}

/** Every number a confirmed or corroborated row vouches for. */
export function vouchedNumbers(rows: readonly FactsRow[]): Set<string> {
  return new Set(rows.filter(vouches).flatMap((row) => row.numbers));
}
