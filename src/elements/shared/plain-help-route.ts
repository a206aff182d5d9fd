/**
 * The compact route to help (999, 111 press 2, Samaritans) built with plain DOM calls, for when
 * templates cannot be used: a render error, or a page whose Trusted Types policy refuses the one
 * Lit needs to turn templates into HTML. `createElement` and `textContent` need no policy.
 * The script-tag embed's stand-in for an element that could not load uses it too (help-only.ts),
 * so the template version stays in the chunks that need it.
 * The same data and words as `helpRoute()`; call it inside the element's locale so `msg()`
 * answers in the reader's language.
 */
import { msg } from './msg.js';
import { channelLinkParts } from './channel-link.js';
import type { HeadingLevel } from './heading.js';
import { compactRoutes, routeMeta, routeWhen } from './help-route-lines.js';
import { localizeContent } from './locale.js';

type Children = readonly (Node | string)[];

/** An element with `attributes` and `children` (text stays text: nothing is parsed as HTML). */
export function plainElement<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attributes: Record<string, string>, children: Children = []): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A link, as the elements render one: `part="link"`, and `rel` where it leaves the site. */
export function plainLink(doc: Document, href: string, content: Node | string, attributes: Record<string, string> = {}): HTMLAnchorElement {
  return plainElement(doc, 'a', { href, part: 'link', ...attributes }, [content]);
}

/** The compact route to help under a heading at `level` with `id`. */
export function plainHelpRoute(doc: Document, id: string, level: HeadingLevel = 2): HTMLElement {
  const lines = compactRoutes().map(({ urgency, channel }) => {
    // The action's words in the reader's language ("Ffoniwch"); the number never changes.
    const { before, display, href, after } = channelLinkParts(localizeContent(channel));
    const meta = routeMeta(channel);
    return plainElement(doc, 'li', { class: 'help-line', 'data-urgency': urgency, 'data-channel': channel.id }, [
      plainElement(doc, 'span', { class: 'help-when' }, [routeWhen(urgency)]),
      ` ${before}`,
      plainLink(doc, href, display),
      `${after}.`,
      ...(meta ? [' ', plainElement(doc, 'span', { class: 'help-meta' }, [meta])] : []),
    ]);
  });
  return plainElement(doc, 'section', { class: 'help-route', part: 'help', role: 'group', 'aria-labelledby': id }, [
    plainElement(doc, `h${level}`, { id, part: 'help-heading' }, [msg('Get help now')]),
    plainElement(doc, 'p', { class: 'help-intro' }, [msg('You do not have to cope alone. Help is there, day and night.')]),
    plainElement(doc, 'ul', { role: 'list', class: 'help-lines' }, lines),
  ]);
}
