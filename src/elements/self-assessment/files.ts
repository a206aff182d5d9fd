/**
 * Files in and out of the page, with nothing sent anywhere: a download is made from a `Blob` in
 * the page itself, and a chosen file is read in the page.
 */

/** A file to hand to the reader. */
export interface DownloadFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/** Hands `file` to the browser as a download, from memory (a `blob:` URL, revoked straight after). */
export function downloadFile(file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers start the download after the click returns: give them a moment.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** Files bigger than this are refused before they are read (the core refuses their text too). */
export const MAX_FILE_BYTES = 8_000_000;

/** A chosen file's text, or `undefined` when it is too big to be an assessment (it is not read then). */
export async function readChosenFile(file: File): Promise<string | undefined> {
  if (file.size > MAX_FILE_BYTES) return undefined;
  return file.text();
}

/** "2026-11-01" for today, in the reader's own time zone (not UTC, which may still be yesterday). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A file name from the service's name and the date: "example-ward-self-assessment-2026-11-01.json". */
export function fileNameFor(service: string, framework: string, date: string, extension: 'json' | 'csv'): string {
  const slug = service
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const kind = framework === 'policy' ? 'policy-check' : 'self-assessment';
  return `${slug ? `${slug}-` : ''}${kind}-${date}.${extension}`;
}
