/**
 * Machine-checkable terms from the project safe-messaging rules' "Never" list, plus any risk level or
 * score (NICE: do not use risk tools and scales to predict). A source quote that uses one is
 * exempted in the data (`source.safeMessagingException`), never here.
 */
export const FORBIDDEN_TERMS: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: /\bcommit(?:s|ted|ting)?\s+suicide\b/i, why: 'suicide is not a crime: say "died by suicide"' },
  { pattern: /\b(?:un)?successful(?:ly)?\s+(?:suicide|attempt)/i, why: 'no "successful/unsuccessful" suicide or attempt' },
  { pattern: /\b(?:completed|failed)\s+(?:suicide|attempt)/i, why: 'no "completed/failed" suicide or attempt' },
  { pattern: /\bsuicide\s+epidemic\b/i, why: 'alarmist' },
  { pattern: /\bsuicide\s+pacts?\b/i, why: 'Samaritans guidance' },
  { pattern: /\battention[-\s]seek(?:ing|er)\b/i, why: 'judgemental' },
  { pattern: /\bmanipulat(?:ive|ion)\b/i, why: 'judgemental' },
  { pattern: /\bcry\s+for\s+help\b/i, why: 'dismissive' },
  { pattern: /\bdon['’]?t\s+do\s+anything\s+stupid\b/i, why: 'dismissive' },
  { pattern: /\bself[-\s]inflicted\b/i, why: 'blaming' },
  { pattern: /\brisk[-\s]?(?:level|score|rating|categor(?:y|ies)|stratification|tier|band)s?\b/i, why: 'no risk levels or scores' },
  { pattern: /\b(?:low|medium|moderate|high|very\s+high|increased)[-\s]risk\s+(?:patient|person|people|group|individual)s?\b/i, why: 'no risk categories for people' },
  { pattern: /\b(?:low|medium|moderate|high)[-\s]risk\b/i, why: 'no risk levels' },
  { pattern: /\blevel\s+of\s+risk\b/i, why: 'no risk levels' },
  { pattern: /\brisk\s+(?:prediction|predictor)s?\b/i, why: 'no prediction of self-harm or suicide' },
];

/** The terms `text` uses, with why each is not allowed. */
export function forbiddenTermsIn(text: string): { term: string; why: string }[] {
  const hits: { term: string; why: string }[] = [];
  for (const { pattern, why } of FORBIDDEN_TERMS) {
    const match = pattern.exec(text);
    if (match) hits.push({ term: match[0], why });
  }
  return hits;
}

/**
 * The same "Never" list in Welsh, for content/cy. Welsh mutates the first letter of a word after
 * some words ("ei gyflawni", "yn driniol"), so each pattern allows the mutated forms. English
 * words can leak into Welsh text too: check Welsh strings against FORBIDDEN_TERMS as well.
 */
export const WELSH_FORBIDDEN_TERMS: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: /\b(?:c|g|ch|ngh)yflawn\w*\s+(?:h)?unanladd/i, why: 'suicide is not a crime: say "marw drwy hunanladdiad" (not "cyflawni hunanladdiad")' },
  { pattern: /\b(?:hunanladdiad|ymgais|ymgeisiau|ymdrech)\w*\s+(?:af)?(?:ll|l)wyddiannus/i, why: 'no "successful/unsuccessful" suicide or attempt' },
  { pattern: /\b(?:hunanladdiad|ymgais|ymdrech)\w*\s+(?:a\s+fethodd|wedi\s+methu|wedi(?:\s+ei|['’]i)\s+(?:c|g)wblhau)/i, why: 'no "completed/failed" suicide or attempt' },
  { pattern: /\bepidemig\s+(?:o\s+)?(?:h)?unanladd/i, why: 'alarmist' },
  { pattern: /\b(?:c|g|ch|ngh)ytundeb(?:au)?\s+(?:i\s+)?(?:h)?unanladd/i, why: 'Samaritans guidance (no "suicide pact")' },
  { pattern: /\b(?:c|g|ch|ngh)eisio\s+sylw\b|\bchwilio\s+am\s+sylw\b/i, why: 'judgemental (attention-seeking)' },
  { pattern: /\bystrywgar\b|\b(?:t|d|nh|th)riniol\b/i, why: 'judgemental (manipulative)' },
  { pattern: /\b(?:g)?waedd\s+am\s+(?:help|gymorth)\b/i, why: 'dismissive (cry for help)' },
  { pattern: /\bdim\s+byd\s+(?:twp|gwirion|dwl|hurt)\b/i, why: 'dismissive (don\'t do anything stupid)' },
  { pattern: /\bhunan[-\s]?(?:achosedig|beredig)\b/i, why: 'blaming (self-inflicted)' },
  { pattern: /\brisg\s+(?:isel|uchel|(?:c|g)anolig|(?:c|g)ymedrol)\b/i, why: 'no risk levels' },
  { pattern: /\blefel(?:au)?\s+(?:y\s+|o\s+)?risg\b/i, why: 'no risk levels' },
  { pattern: /\bsg[oô]r(?:iau)?\s+risg\b|\b(?:c|g|ch|ngh)ategor(?:i|ïau|iau)\s+risg\b|\bhaen(?:au)?\s+risg\b|\bband(?:iau)?\s+risg\b/i, why: 'no risk levels or scores' },
  { pattern: /\b(?:rh|r|nh)agfynegi(?:ad|adau|ydd|wyr)?\s+risg\b/i, why: 'no prediction of self-harm or suicide' },
];

/** The Welsh terms `text` uses, with why each is not allowed. */
export function welshForbiddenTermsIn(text: string): { term: string; why: string }[] {
  const hits: { term: string; why: string }[] = [];
  for (const { pattern, why } of WELSH_FORBIDDEN_TERMS) {
    const match = pattern.exec(text);
    if (match) hits.push({ term: match[0], why });
  }
  return hits;
}
