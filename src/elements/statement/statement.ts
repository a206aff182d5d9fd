import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../shared/msg.js';
import { search } from '../../core/search.js';
import { getSource, getStatement } from '../../core/statement.js';
import type { Commitment, Domain, Outcome, Paragraph, Reference, Theme } from '../../../schema/statement.js';
import { baseStyles } from '../shared/base.styles.js';
import { disclosureStyles } from '../shared/disclosure.styles.js';
import { helpRoute } from '../shared/help-route.js';
import { helpRouteStyles } from '../shared/help-route.styles.js';
import { PrintExpander } from '../shared/print-expander.js';
import { sourceDetails } from '../shared/source-ref.js';
import { heading, subLevel, type HeadingLevel } from '../shared/heading.js';
import { ShgElement } from '../shared/shg-element.js';
import { translationNotice } from '../shared/translation-notice.js';
import type { Locale } from '../../../schema/primitives.js';
import { statementStyles } from './statement.styles.js';

const TAG = 'shg-statement';
const STATEMENT = getStatement();

/** The statement's parts, in its own order; each is one collapsible section. */
export type StatementSectionKey =
  | 'purpose'
  | 'introduction'
  | 'understanding'
  | 'who'
  | 'outcomes'
  | 'domains'
  | 'themes'
  | 'references'
  | 'development';

type ReferenceGroupKey = keyof typeof STATEMENT.references;

const REFERENCE_GROUPS: readonly ReferenceGroupKey[] = ['strategies', 'guidance', 'legislation', 'learning', 'footnotes'];

/**
 * Which section holds each rendered item, worked out once per page: deep links and search both
 * answer "where is this id?" from this map instead of walking the statement again.
 */
const SECTION_OF: ReadonlyMap<string, StatementSectionKey> = (() => {
  const s = STATEMENT;
  const who = s.whoIsThisFor;
  const ids: Record<StatementSectionKey, readonly { id: string }[]> = {
    purpose: s.purpose,
    introduction: s.introduction,
    understanding: [s.understanding.definition, ...s.understanding.paragraphs],
    who: [who.lead, ...who.groups, who.professionalsLead, ...who.professionalGroups, ...who.terminology],
    outcomes: [s.outcomes.lead, ...s.outcomes.items],
    domains: s.domains.flatMap((group) => group.commitments),
    themes: s.themes.flatMap((group) => group.commitments),
    references: REFERENCE_GROUPS.flatMap((key) => s.references[key]),
    development: [...s.development.paragraphs, s.development.contributorsLead, ...s.development.contributors],
  };
  const map = new Map<string, StatementSectionKey>();
  for (const [key, items] of Object.entries(ids) as [StatementSectionKey, readonly { id: string }[]][]) {
    for (const item of items) map.set(item.id, key);
  }
  return map;
})();

/** Every section key in document order; empty ones (no introduction in some editions) are skipped at render. */
const SECTION_KEYS = [...new Set(SECTION_OF.values())];

function sectionTitle(key: StatementSectionKey): string {
  switch (key) {
    case 'purpose':
      return msg('Purpose');
    case 'introduction':
      return msg('Introduction');
    case 'understanding':
      return msg('Understanding self-harm');
    case 'who':
      return msg('Who is this for?');
    case 'outcomes':
      return msg('Outcomes');
    case 'domains':
      return msg('Domains');
    case 'themes':
      return msg('Themes');
    case 'references':
      return msg('Strategies, guidance and legislation');
    case 'development':
      return msg('Development process');
  }
}

function referenceGroupTitle(key: ReferenceGroupKey): string {
  switch (key) {
    case 'strategies':
      return msg('Strategies');
    case 'guidance':
      return msg('Guidance');
    case 'legislation':
      return msg('Legislation');
    case 'learning':
      return msg('Access to learning and development');
    case 'footnotes':
      return msg('Footnote references');
  }
}

/** The short visible label of an outcome or commitment, which is also its link: "Outcome 4", "Safe 3". */
function itemLabel(item: Outcome | Commitment, group?: Domain | Theme): string {
  return group ? `${group.name} ${item.number}` : msg(str`Outcome ${item.number}`);
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The item id in the page's address (`#iqs.domain.safe.3`), or `undefined`. */
function hashId(): string | undefined {
  try {
    const id = decodeURIComponent(location.hash.slice(1));
    return id || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The whole Integrated Quality Statement for Self-Harm, browsable, searchable and
 * deep-linkable: purpose, introduction, understanding self-harm and its definition, who it is
 * for, the 12 outcomes, the six domains and six themes with their commitments, the strategies,
 * guidance and legislation it names, and how it was developed.
 *
 * Each part of the statement is a native `<details>` section. A search box filters every item
 * as the reader types. A page address ending in an item's id (`#iqs.domain.safe.3`) opens that
 * item's section and moves focus to it, on load and whenever the address changes; every
 * outcome and commitment carries a link to its own address.
 *
 * Its language follows `lang`: its own, else the nearest ancestor's, else the page's. English
 * and Welsh (`cy`) are built in; Welsh loads only when used (see docs/welsh.md).
 *
 * @tagname shg-statement
 * @summary The whole Integrated Quality Statement for Self-Harm: searchable, with deep links.
 *
 * @slot - Fallback for readers without JavaScript, shown until the element renders and hidden after: write the essentials here, or paste the static snippet (`shg-static`, `renderToHTML`).
 *
 * @csspart base - The element's outer section.
 * @csspart heading - The statement's title.
 * @csspart intro - The sentence under the title.
 * @csspart help - The "Get help now" box: 999, 111 press 2 and Samaritans, always visible.
 * @csspart help-heading - Its heading.
 * @csspart link - Every link to a number, a document or a reference.
 * @csspart search - The search area (label, box and result count).
 * @csspart search-label - The search box's label.
 * @csspart search-input - The search box.
 * @csspart search-status - The result count, announced politely to screen readers.
 * @csspart section - Each part of the statement (a `<details>` element).
 * @csspart summary - Each section's `<summary>`, holding its heading.
 * @csspart section-heading - Each section's heading.
 * @csspart group - Each domain, theme or group of references.
 * @csspart group-heading - Each domain's, theme's or reference group's heading.
 * @csspart item - Each outcome and commitment (the focus target of its deep link).
 * @csspart anchor - The link to an outcome's or commitment's own address ("Safe 3").
 * @csspart source - The "Source" disclosure under an outcome or commitment.
 * @csspart source-summary - Its summary.
 * @csspart source-body - What it holds: document, section and quote.
 * @csspart quote - The verbatim quote from the source document.
 * @csspart superseded - The notice on a superseded source (none in the statement today).
 * @csspart translation-notice - In a translation, the notice that it is not yet reviewed (in that language).
 * @csspart translation-toggle - The notice's button that shows the English original, and back.
 *
 * @cssprop --shg-color-link - Link colour (default the system link colour).
 * @cssprop --shg-color-focus - Focus outline colour.
 * @cssprop --shg-focus-width - Focus outline width.
 * @cssprop --shg-color-border - Borders of sections and the search box (default the text colour).
 * @cssprop --shg-color-surface - Its own opaque surface (default the system `Canvas`); set with `--shg-color-text` and `--shg-color-link`, keeping 4.5:1.
 * @cssprop --shg-color-text - Text on the surface (default the system `CanvasText`).
 * @cssprop --shg-color-highlight - Edge marking a deep-linked item (default the focus colour).
 * @cssprop --shg-color-emergency - Edge of the "Get help now" box.
 * @cssprop --shg-space - Spacing unit.
 * @cssprop --shg-radius - Corner radius.
 * @cssprop --shg-line-height - Line height.
 */
export class ShgStatement extends ShgElement {
  static override styles = [baseStyles, disclosureStyles, helpRouteStyles, statementStyles];

  static override properties = {
    headingLevel: { attribute: 'heading-level' },
    query: {},
    expanded: { type: Boolean, reflect: true },
  };

  /** The level of the statement's title, 2 to 6 (default 2); section headings sit one below, domains and themes two below. */
  declare headingLevel: number | string;

  /** The search text. The box updates it as the reader types; set it to start with a search. */
  declare query: string;

  /** Opens every section. Readers can still close them one by one. */
  declare expanded: boolean;

  #level: HeadingLevel = 2;
  /** Ids of the items matching `query`, or `undefined` when there is no search. */
  #matches: ReadonlySet<string> | undefined;
  /** The sections the reader has open, kept apart from what a search opens so clearing it restores them. */
  readonly #open = new Set<StatementSectionKey>();
  /** What the live region says; it lags typing a little so screen readers hear one count, not one per key. */
  #status = '';
  #statusTimer: ReturnType<typeof setTimeout> | undefined;
  #typing = false;
  /** The statement in the language being rendered. */
  #content = STATEMENT;
  /** The language the current search results and status were worked out in. */
  #searchedIn: Locale = 'en';
  /** Printing shows the whole statement, sources included, not only the sections that happen to be open. */
  readonly #print = new PrintExpander(this);
  /** The item a deep link names, to focus once it has rendered. */
  #landing: string | undefined;

  constructor() {
    super(TAG);
    this.headingLevel = 2;
    this.query = '';
    this.expanded = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#statusTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.#level = this.headingLevelOf(this.headingLevel);
    if (changed.has('expanded')) {
      if (this.expanded) for (const key of SECTION_KEYS) this.#open.add(key);
      else if (changed.get('expanded') === true) this.#open.clear();
    }
    // A deep link in the address when the element first renders opens its section in that render
    // (asking for a second render from firstUpdated would cost one, and Lit warns of it).
    if (!this.hasUpdated) this.#landing = this.#openForHash();
    if (changed.has('query') || this.#searchedIn !== this.locale.locale) this.#runSearch();
  }

  protected override updated(): void {
    // Not necessarily the first render: that may only show the fallback while the language loads.
    const target = this.#landing === undefined ? null : this.#renderedItem(this.#landing);
    if (!target) return;
    this.#landing = undefined;
    this.#land(target);
  }

  /** Items matching the query, as a set of ids: rendering then only asks "is this id in it?". */
  #runSearch(): void {
    const text = (this.query ?? '').trim();
    const translations = this.locale.translations;
    this.#searchedIn = this.locale.locale;
    this.#matches = text ? new Set(search(text, { translations }).map((result) => result.entry.id).filter((id) => SECTION_OF.has(id))) : undefined;
    clearTimeout(this.#statusTimer);
    // Worked out outside a render, so in the element's language explicitly.
    const status = this.locale.render(() => this.#statusText());
    if (!this.#typing) {
      this.#status = status;
      return;
    }
    this.#typing = false;
    this.#statusTimer = setTimeout(() => {
      this.#status = status;
      this.requestUpdate();
    }, 400);
  }

  #statusText(): string {
    const count = this.#matches?.size;
    if (count === undefined) return '';
    if (count === 0) return msg('No results found');
    return count === 1 ? msg('1 item matches') : msg(str`${count} items match`);
  }

  #onInput = (event: Event): void => {
    this.#typing = true;
    this.query = (event.target as HTMLInputElement).value;
  };

  #onHashChange = (): void => {
    void this.#followHash();
  };

  /** Clicking an item's link when the address already holds it fires no hashchange: follow it anyway. */
  #onAnchorClick = (event: Event): void => {
    const anchor = event.currentTarget as HTMLAnchorElement;
    if (anchor.hash === location.hash) void this.#followHash();
  };

  #onToggle = (event: Event): void => {
    // While a search is on, sections open because they hold matches, not because the reader chose.
    if (this.#matches) return;
    const details = event.currentTarget as HTMLDetailsElement;
    const key = details.dataset.section as StatementSectionKey;
    if (details.open) this.#open.add(key);
    else this.#open.delete(key);
  };

  /**
   * Opens the section holding the item named in the address and returns its id. An id this
   * element does not render (or no id at all) is left alone: the host page may use the hash too.
   */
  #openForHash(): string | undefined {
    const id = hashId();
    const section = id === undefined ? undefined : SECTION_OF.get(id);
    if (id === undefined || section === undefined) return undefined;
    this.#open.add(section);
    // A search could be hiding the item; the link wins.
    if (this.query) this.query = '';
    return id;
  }

  /** Opens the section holding the item named in the address and moves focus to it. */
  async #followHash(): Promise<void> {
    const id = this.#openForHash();
    if (id === undefined) return;
    this.requestUpdate();
    await this.updateComplete;
    const target = this.#renderedItem(id);
    if (target) this.#land(target);
  }

  #renderedItem(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
  }

  /** Focuses a deep link's item and scrolls it into view. */
  #land(target: HTMLElement): void {
    // Marked so only a deep link's landing shows a ring: a click in the text focuses the item too.
    target.toggleAttribute('data-landed', true);
    target.addEventListener('blur', () => target.removeAttribute('data-landed'), { once: true });
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }

  #hidden(id: string): boolean {
    return this.#matches !== undefined && !this.#matches.has(id);
  }

  protected override renderContent(): TemplateResult {
    this.#content = this.locale.localize(STATEMENT);
    const doc = this.locale.localize(getSource(STATEMENT.sourceDocument));
    return html`
      <section part="base" class="base statement shg-statement" aria-labelledby="heading" lang=${this.locale.locale}>
        ${heading(this.#level, this.#content.title, 'heading')}
        <p part="intro">
          ${doc ? msg(str`Published by ${doc.publisher}.`) : nothing}
          ${msg('Open a section to read it, or search every part of the statement.')}
        </p>
        ${translationNotice(this.locale)}
        ${helpRoute(subLevel(this.#level), 'help-heading')}
        <div class="search" part="search" role="search">
          <label for="search" part="search-label">${msg('Search the statement')}</label>
          <input
            id="search"
            type="search"
            part="search-input"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="status"
            .value=${live(this.query ?? '')}
            @input=${this.#onInput}
          />
          <p id="status" class="search-status" part="search-status" role="status">${this.#status}</p>
        </div>
        ${SECTION_KEYS.map((key) => this.#renderSection(key))}
      </section>
    `;
  }

  #renderSection(key: StatementSectionKey): TemplateResult | typeof nothing {
    const body = this.#sectionBody(key);
    if (body === undefined) return nothing;
    const searching = this.#matches !== undefined;
    const hasMatch = searching && [...this.#matches!].some((id) => SECTION_OF.get(id) === key);
    return html`
      <details
        class="section"
        part="section"
        data-section=${key}
        ?hidden=${searching && !hasMatch}
        .open=${live(searching ? hasMatch : this.#open.has(key))}
        @toggle=${this.#onToggle}
      >
        <summary part="summary">${heading(subLevel(this.#level), sectionTitle(key), `section-${key}`, 'section-heading')}</summary>
        <div class="section-body">${body}</div>
      </details>
    `;
  }

  #sectionBody(key: StatementSectionKey): TemplateResult | undefined {
    const s = this.#content;
    switch (key) {
      case 'purpose':
        return this.#paragraphs(s.purpose);
      case 'introduction':
        return s.introduction.length ? this.#paragraphs(s.introduction) : undefined;
      case 'understanding': {
        const definition = s.understanding.definition;
        return html`
          <p id=${definition.id} tabindex="-1" class="definition" ?hidden=${this.#hidden(definition.id)}>
            <strong>${msg('Definition:')}</strong> ${definition.text} (${definition.citation})
          </p>
          ${this.#paragraphs(s.understanding.paragraphs)}
        `;
      }
      case 'who': {
        const who = s.whoIsThisFor;
        return html`
          ${this.#stem(who.lead)} ${this.#list(who.groups)} ${this.#stem(who.professionalsLead)} ${this.#list(who.professionalGroups)}
          ${this.#paragraphs(who.terminology)}
        `;
      }
      case 'outcomes':
        return html`
          ${this.#stem(s.outcomes.lead)}
          <ol role="list" class="items">
            ${s.outcomes.items.map((item) => this.#item(item))}
          </ol>
        `;
      case 'domains':
        return html`${s.domains.map((group) => this.#group(group))}`;
      case 'themes':
        return html`${s.themes.map((group) => this.#group(group))}`;
      case 'references':
        return html`${REFERENCE_GROUPS.map((group) => this.#references(group))}`;
      case 'development': {
        const dev = s.development;
        return html`${this.#paragraphs(dev.paragraphs)} ${this.#stem(dev.contributorsLead)} ${this.#list(dev.contributors)}`;
      }
    }
  }

  #paragraphs(list: readonly Paragraph[]): TemplateResult {
    return html`${list.map((p) => html`<p id=${p.id} tabindex="-1" class="target" ?hidden=${this.#hidden(p.id)}>${p.text}</p>`)}`;
  }

  /** A sentence the next list completes ("This Integrated Quality Statement is for:"): shown whenever its section is. */
  #stem(p: Paragraph): TemplateResult {
    return html`<p id=${p.id} tabindex="-1" class="target stem">${p.text}</p>`;
  }

  #list(list: readonly Paragraph[]): TemplateResult {
    return html`<ul class="plain">
      ${list.map((p) => html`<li id=${p.id} tabindex="-1" class="target" ?hidden=${this.#hidden(p.id)}>${p.text}</li>`)}
    </ul>`;
  }

  #group(group: Domain | Theme): TemplateResult {
    const hidden = this.#matches !== undefined && !group.commitments.some((c) => this.#matches!.has(c.id));
    const headingId = `group-${group.id}`;
    return html`
      <section class="group" part="group" aria-labelledby=${headingId} ?hidden=${hidden}>
        ${heading(subLevel(subLevel(this.#level)), group.name, headingId, 'group-heading')}
        <p class="stem">${group.lead}</p>
        <ol role="list" class="items">
          ${group.commitments.map((item) => this.#item(item, group))}
        </ol>
      </section>
    `;
  }

  #item(item: Outcome | Commitment, group?: Domain | Theme): TemplateResult {
    // An item's words never change, so a keystroke only re-checks `hidden`, not its link and source.
    // (`item` is the translated object, so a change of language gives a new one.) Lit calls guard's
    // function when it commits, after `render()` has returned, so the function sets the language
    // for `msg()` itself.
    return html`
      <li id=${item.id} tabindex="-1" class="item target" part="item" ?hidden=${this.#hidden(item.id)}>
        ${guard([item], () =>
          this.locale.render(() => {
            const label = itemLabel(item, group);
            return html`<a class="anchor" part="anchor" href="#${item.id}" @click=${this.#onAnchorClick}>${label}</a>
              <span class="text">${item.text}</span>
              ${sourceDetails(item.source, item.id, { label })}`;
          }),
        )}
      </li>
    `;
  }

  #references(key: ReferenceGroupKey): TemplateResult | typeof nothing {
    const list: readonly Reference[] = this.#content.references[key];
    if (!list.length) return nothing;
    const hidden = this.#matches !== undefined && !list.some((r) => this.#matches!.has(r.id));
    const headingId = `group-references-${key}`;
    return html`
      <section class="group" part="group" aria-labelledby=${headingId} ?hidden=${hidden}>
        ${heading(subLevel(subLevel(this.#level)), referenceGroupTitle(key), headingId, 'group-heading')}
        <ul class="plain">
          ${list.map(
            (r) =>
              html`<li id=${r.id} tabindex="-1" class="target" ?hidden=${this.#hidden(r.id)}>
                ${r.url ? html`<a href=${r.url} part="link">${r.title}</a>` : r.title}
              </li>`,
          )}
        </ul>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'shg-statement': ShgStatement;
  }
}
