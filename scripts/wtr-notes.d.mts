// Types for scripts/wtr-notes.mjs, which browser tests import (test/helpers/notes.ts).
export declare const NOTE_PREFIX: string;
export declare function browserLogFilter(log: { type: string; args: readonly unknown[] }): boolean;
export declare function collectedNotes(): string[];
