/**
 * How a browser lays out HTML with no stylesheet at all, as lines of text: what a reader sees when a
 * CMS has stripped a static snippet of its wrapper, classes and styles. Works on a browser's DOM
 * (the DOMPurify test, in the browsers) and on htmlparser2's tree (the sanitize-html test, in Node),
 * so both sanitisers are held to one reading and one set of checks (`unstyledProblems`).
 *
 * Only the browser's own defaults decide: the elements its default stylesheet makes blocks start
 * and end a line; everything else (`<a>`, `<span>`, `<strong>`, and unknown tags such as a
 * `<shg-help-panel>` no script has defined) runs on inline. Each `<summary>` starts with its
 * disclosure triangle. Closed `<details>` are read as if open: every word must read right once shown.
 */

/** Elements whose default display is a block (or list item, table row…): each starts a new line. */
const BLOCKS = new Set(
  'address article aside blockquote details dialog dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table tbody thead tfoot tr td th caption ul'.split(' '),
);
/** Never rendered. */
const UNRENDERED = new Set(['script', 'style', 'template', 'head', 'title', 'noscript']);

/** The triangle a `<summary>` begins with, in these lines. */
export const DISCLOSURE_TRIANGLE = '▸';

export interface UnstyledLink {
  readonly href: string | null;
  readonly text: string;
}

export interface UnstyledLine {
  /** The words on the line, white space collapsed. */
  readonly text: string;
  /** The links on it, in order, with their `href` (null when a sanitiser removed it). */
  readonly links: readonly UnstyledLink[];
}

/** What a snippet holds besides its lines, for the checks. */
export interface UnstyledReading {
  readonly lines: readonly UnstyledLine[];
  /** The hours, "Free." and notes that follow a number (`.meta`, `.help-meta`). */
  readonly meta: readonly string[];
  /** Words hidden from sight for screen readers (`.visually-hidden`), with their parent's words. */
  readonly hidden: readonly { readonly hidden: string; readonly parentText: string }[];
}

/** The little of a node the reading needs: a browser's DOM and htmlparser2's tree both give it. */
export interface TreeAdapter<N> {
  text(node: N): string | undefined;
  name(node: N): string | undefined;
  attribute(node: N, name: string): string | null;
  children(node: N): readonly N[];
}

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A browser's DOM (native, or DOMPurify's `RETURN_DOM`). */
export const domAdapter: TreeAdapter<Node> = {
  text: (node) => (node.nodeType === 3 ? (node.textContent ?? '') : undefined),
  name: (node) => (node.nodeType === 1 ? (node as Element).localName : undefined),
  attribute: (node, name) => (node as Element).getAttribute(name),
  children: (node) => [...node.childNodes],
};

/** Reads the tree under `root` (its children; `root` itself is only a container). */
export function readUnstyled<N>(root: N, tree: TreeAdapter<N>): UnstyledReading {
  const lines: UnstyledLine[] = [];
  const meta: string[] = [];
  const hidden: { hidden: string; parentText: string }[] = [];
  let text = '';
  let links: UnstyledLink[] = [];
  const breakLine = () => {
    const words = collapse(text);
    if (words) lines.push({ text: words, links });
    text = '';
    links = [];
  };
  const textOf = (node: N): string => tree.text(node) ?? tree.children(node).map(textOf).join('');
  const classes = (node: N) => (tree.attribute(node, 'class') ?? '').split(/\s+/);
  const walk = (node: N, parent: N): void => {
    const words = tree.text(node);
    if (words !== undefined) {
      text += words;
      return;
    }
    const name = tree.name(node);
    if (name === undefined || UNRENDERED.has(name) || tree.attribute(node, 'hidden') !== null) return;
    if (classes(node).some((c) => c === 'meta' || c === 'help-meta')) meta.push(collapse(textOf(node)));
    if (classes(node).includes('visually-hidden')) hidden.push({ hidden: collapse(textOf(node)), parentText: collapse(textOf(parent)) });
    const block = BLOCKS.has(name);
    if (block || name === 'br') breakLine();
    if (name === 'summary') text += `${DISCLOSURE_TRIANGLE} `;
    for (const child of tree.children(node)) walk(child, node);
    if (name === 'a') links.push({ href: tree.attribute(node, 'href'), text: collapse(textOf(node)) });
    if (block) breakLine();
  };
  for (const child of tree.children(root)) walk(child, root);
  breakLine();
  return { lines, meta, hidden };
}

const linksOf = (lines: readonly UnstyledLine[]) => lines.flatMap((line) => line.links.map((link) => ({ line, link })));
const isNumber = (link: UnstyledLink) => /^(tel|sms):/.test(link.href ?? '');

/**
 * What reads wrongly in a sanitised snippet, compared with the snippet as written (both read with
 * no CSS); empty when it reads right. `tag` and `key` name the snippet (`shg-help-panel?nation=…`).
 *  - every tel: link stays, with the number it dials as its words; 999 and 116 123 are always
 *    there (111 wherever the snippet has it), except in the quick exit, which is a way out;
 *  - every link stays at least as its words, and a text number keeps its keyword beside it
 *    ("Text SHOUT to 85258"), for sanitisers that drop `sms:` links;
 *  - each route is a line of its own (one link a line), no number runs on into a capitalised word,
 *    and hours, "Free." and notes start a line or follow a full stop;
 *  - words hidden for screen readers are only a trailing ", label" that reads right when shown.
 */
export function unstyledProblems(key: string, written: UnstyledReading, sanitised: UnstyledReading): string[] {
  const problems: string[] = [];
  const problem = (text: string) => problems.push(`${key}: ${text}`);
  const tel = (reading: UnstyledReading) => linksOf(reading.lines).filter(({ link }) => link.href?.startsWith('tel:')).map(({ link }) => `${link.href} ${link.text}`);
  const writtenTel = tel(written);
  const keptTel = tel(sanitised);
  if (keptTel.join('|') !== writtenTel.join('|')) problem(`tel: links changed: ${writtenTel.join(', ')} became ${keptTel.join(', ')}`);
  for (const link of linksOf(sanitised.lines).map(({ link }) => link).filter((l) => l.href?.startsWith('tel:'))) {
    if (`tel:${link.text.replace(/ /g, '')}` !== link.href) problem(`"${link.text}" dials ${link.href}`);
  }
  if (!key.startsWith('shg-quick-exit')) {
    for (const number of ['tel:999', 'tel:116123']) if (!keptTel.some((t) => t.startsWith(`${number} `))) problem(`no ${number}`);
  }

  const writtenLinks = linksOf(written.lines);
  const keptLinks = linksOf(sanitised.lines);
  if (keptLinks.map(({ link }) => link.text).join('|') !== writtenLinks.map(({ link }) => link.text).join('|')) problem('a link, or its words, went');
  else {
    for (const [index, { link }] of writtenLinks.entries()) {
      const keyword = isNumber(link) ? /[?&]body=([^&]+)/.exec(link.href!)?.[1] : undefined;
      const { line } = keptLinks[index]!;
      if (keyword && !line.text.includes(decodeURIComponent(keyword))) problem(`"${line.text}" does not say to send ${decodeURIComponent(keyword)}`);
    }
  }

  for (const line of sanitised.lines) {
    if (line.links.length > 1) problem(`one line holds ${line.links.length} links: "${line.text}"`);
    for (const link of line.links.filter(isNumber)) {
      const after = line.text.slice(line.text.indexOf(link.text) + link.text.length);
      if (/^\s+\p{Lu}/u.test(after)) problem(`"${line.text}" runs on after ${link.text}`);
    }
  }
  for (const words of written.meta) {
    const line = sanitised.lines.find((l) => l.text.includes(words));
    if (!line) problem(`"${words}" went`);
    else {
      const before = line.text.slice(0, line.text.indexOf(words)).trim();
      if (before !== '' && !before.endsWith('.')) problem(`"${words}" runs on from "${before}"`);
    }
  }

  for (const { hidden, parentText } of written.hidden) {
    if (!/^, \S/.test(hidden) || !parentText.endsWith(hidden) || parentText.length === hidden.length) problem(`hidden "${hidden}" does not read as the end of "${parentText}"`);
    else if (!sanitised.lines.some((line) => line.text.includes(parentText))) problem(`"${parentText}" does not read as one phrase`);
  }
  return problems;
}
