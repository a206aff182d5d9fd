/**
 * "Keep on this device": the one module in this package that may touch browser storage, and only
 * `localStorage` (scripts/lint.ts names this file as the single exception to its no-storage rule).
 *
 * Nothing is written unless the reader has switched "Keep this work on this device" on, and
 * switching it off deletes what was kept. Reading happens once, when the element starts, to find
 * work the reader chose to keep on an earlier visit; a read stores nothing. Every call is guarded:
 * storage may be switched off, full, or refused (in a sandboxed frame, or private browsing).
 */

/** Where each framework's work is kept: one assessment per framework per site. */
export const deviceKey = (framework: string): string => `shg-self-assessment:${framework}`;

/** The kept text for `key`, or `undefined` when there is none or storage cannot be read. */
export function readKept(key: string): string | undefined {
  try {
    return globalThis.localStorage?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `text` under `key`; false when the browser refused (storage off or full). */
export function keep(key: string, text: string): boolean {
  try {
    globalThis.localStorage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** Deletes what is kept under `key`; false when the browser refused. */
export function forget(key: string): boolean {
  try {
    globalThis.localStorage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
