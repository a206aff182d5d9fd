/**
 * What the <shg-self-assessment> browser tests share: rendering, finding things in the form, files
 * made from text, downloads and printing recorded instead of made, and a snapshot of the screen.
 */
import { fixture } from '@open-wc/testing';
import '../../src/elements/self-assessment/define.js';
import { ShgSelfAssessment } from '../../src/elements/self-assessment/self-assessment.js';
import type { DownloadFile } from '../../src/elements/self-assessment/files.js';
import { assessmentToJson } from '../../src/core/self-assessment/index.js';

export const KEY = 'shg-self-assessment:';

export async function render(markup: string): Promise<ShgSelfAssessment> {
  const el = await fixture<ShgSelfAssessment>(markup);
  await el.updateComplete;
  return el;
}

export const root = (el: ShgSelfAssessment) => el.shadowRoot!;
export const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
export const criterionIds = (el: ShgSelfAssessment) => [...root(el).querySelectorAll<HTMLElement>('li.criterion')].map((li) => li.dataset.criterion!);
export const item = (el: ShgSelfAssessment, id: string) => root(el).querySelector<HTMLElement>(`li.criterion[data-criterion="${id}"]`)!;
export const radio = (el: ShgSelfAssessment, id: string, rating: string) => item(el, id).querySelector<HTMLInputElement>(`input[type="radio"][value="${rating}"]`)!;
export const button = (el: ShgSelfAssessment, action: string) => root(el).querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
export const alertText = (el: ShgSelfAssessment) => text(root(el).querySelector('[role="alert"]')!);
export const statusText = (el: ShgSelfAssessment) => text(root(el).querySelector('[role="status"]')!);
export const fileOf = (text: string, name = 'assessment.json') => new File([text], name, { type: 'application/json' });

/** Records downloads and print calls instead of making them. */
export function recordFiles(): { files: DownloadFile[]; prints: number; restore(): void } {
  const download = ShgSelfAssessment.download;
  const print = ShgSelfAssessment.print;
  const record = {
    files: [] as DownloadFile[],
    prints: 0,
    restore() {
      ShgSelfAssessment.download = download;
      ShgSelfAssessment.print = print;
    },
  };
  ShgSelfAssessment.download = (file) => void record.files.push(file);
  ShgSelfAssessment.print = () => void (record.prints += 1);
  return record;
}

export function storageKeys(): string[] {
  return Object.keys(localStorage).filter((key) => key.startsWith(KEY));
}

/** Everything on screen that a file could change: every control's value and the visible text. */
export function screen(el: ShgSelfAssessment): string {
  const controls = [...root(el).querySelectorAll<HTMLInputElement>('input, textarea, select')].map((c) => (c.type === 'radio' || c.type === 'checkbox' ? String(c.checked) : c.value));
  const alert = root(el).querySelector('[role="alert"]')!;
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) if (!alert.contains(node)) parts.push(node.textContent!);
  const visible = parts.join(' ').replace(/\s+/g, ' ').trim();
  return JSON.stringify({ controls, visible, assessment: assessmentToJson(el.assessment) });
}

