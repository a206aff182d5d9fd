import { html, type TemplateResult } from 'lit';

/** Heading levels an element may render; hosts choose the top one with `heading-level`. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Reads a `heading-level` value: 2 when absent, `undefined` when out of range (the caller reports it). */
export function toHeadingLevel(value: unknown): HeadingLevel | undefined {
  // A removed attribute is the default, not a mistake to report.
  if (value === null || value === undefined) return 2;
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? (level as HeadingLevel) : undefined;
}

/** The level below `level`, never deeper than 6. */
export const subLevel = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel;

/**
 * A real `<hN>` at a level chosen at run time. Each level is its own literal template, because
 * Lit cannot bind a tag name and the static-HTML escape hatch is not worth its weight here.
 */
export function heading(level: HeadingLevel, content: unknown, id: string, part = 'heading'): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 id=${id} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part=${part}>${content}</h6>`;
  }
}
