/** Reading `<shg-guidance>`'s shadow DOM in tests: its sections, their items, and their words. */
import { fixture } from '@open-wc/testing';
import type { ShgGuidance } from '../../src/elements/guidance/guidance.js';
import type { StatementItem } from '../../src/core/statement.js';

export async function render(markup: string): Promise<ShgGuidance> {
  const el = await fixture<ShgGuidance>(markup);
  await el.updateComplete;
  return el;
}

export const root = (el: ShgGuidance) => el.shadowRoot!;
export const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
export const sections = (el: ShgGuidance) => [...root(el).querySelectorAll<HTMLDetailsElement>('details.section')];
export const section = (el: ShgGuidance, id: string) => root(el).querySelector<HTMLDetailsElement>(`details.section[data-section="${id}"]`);
export const digits = (s: string) => s.replace(/[^0-9]/g, '');

/** The ids of the items in a section, in order. */
export const sectionItems = (el: ShgGuidance, id: string) =>
  [...(section(el, id)?.querySelectorAll<HTMLElement>(':scope > .section-body li[data-item]') ?? [])].map((li) => li.dataset.item!);

/** The words “in curly quotes” in a line. */
export const quoted = (line: string) => [...line.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);

/** Text folded the way the content tests fold quotes: straight apostrophes, single spaces, no closing full stop. */
export const fold = (s: string) => s.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').replace(/[.]$/, '').trim();

/** An item's words as a reader sees them (title, text, plain version, list), folded. */
export function itemWords(entry: StatementItem): string {
  const item = entry.item as unknown as Record<string, unknown>;
  return fold(['title', 'text', 'plain', 'items'].flatMap((key) => [item[key]].flat().filter((v): v is string => typeof v === 'string')).join(' '));
}
