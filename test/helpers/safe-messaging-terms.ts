/**
 * Machine-checkable terms from shared/safe-messaging.md's "Never" list, plus any risk level or
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
