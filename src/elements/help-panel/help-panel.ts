import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '../shared/msg.js';
import { UnknownOptionError } from '../../core/errors.js';
import { DEFAULT_NATION, servicesFor, type Route, type RouteTier } from '../../core/services.js';
import type { AgeGroup, Channel, Nation, Urgency } from '../../../schema/services.js';
import { baseStyles, panelStyles } from '../shared/base.styles.js';
import { channelLink } from '../shared/channel-link.js';
import { heading, subLevel, type HeadingLevel } from '../shared/heading.js';
import { ShgElement } from '../shared/shg-element.js';
import { translationNotice } from '../shared/translation-notice.js';
import { helpPanelStyles } from './help-panel.styles.js';
import type { LocalServices } from './local-services.js';
import type { Locale } from '../../../schema/primitives.js';

const TAG = 'shg-help-panel';

/** From this many connected panels on, each lays out only near the screen (see help-panel.styles.ts). */
const MANY_PANELS = 20;
let connectedPanels = 0;

/** A script that may hold local services, read or misplaced: any JSON block in or beside a panel. */
const JSON_SCRIPT = 'script[type$="json" i]';

/**
 * The local services' code (local-services.ts, with the validator), loaded once for the page and
 * only when a host adds services: most pages never do, and it would otherwise double the panel's
 * size. A failed load may be retried by the next panel that needs it.
 */
function loadLocalServices(): Promise<typeof import('./local-services.js')> {
  return import('./local-services.js');
}

/**
 * Each tier's heading says how urgent it is in words, so urgency never rests on colour. The words
 * are all visible: a static snippet a CMS has stripped of its styles reads the same.
 */
function tierTitle(urgency: Urgency): string {
  switch (urgency) {
    case 'emergency':
      return msg('If a life is at risk now');
    case 'urgent':
      return msg('Urgent help, when it is not an emergency');
    case 'talk-now':
      return msg('Talk to someone now');
    case 'information':
      return msg('More support');
  }
}

function hoursText(channel: Channel): string | undefined {
  if (channel.hours?.always) return msg('Open 24 hours, every day.');
  if (channel.hours?.text) return msg(str`Open ${channel.hours.text}.`);
  return undefined;
}

function channelMeta(channel: Channel): TemplateResult | typeof nothing {
  const parts = [channel.free ? msg('Free.') : undefined, hoursText(channel), channel.note].filter(Boolean);
  // A paragraph, not a styled span: without styles (a CMS may strip them) the hours still start a
  // line of their own instead of running on from the number ("press 2 Free. Open 24 hours").
  return parts.length ? html`<p class="meta">${parts.join(' ')}</p>` : nothing;
}

/**
 * "Get help now": the routes to help for a nation and age group, most urgent first, with
 * tap-to-call and tap-to-text links whose visible number is the number dialled. Whatever its
 * attributes say, it always shows 999 and a free line open 24/7.
 *
 * Children written inside the element are a fallback for readers without JavaScript; they are
 * not shown once the element has upgraded. A child `<script type="application/json">` may add
 * local services (see `localServices`).
 *
 * Its language follows `lang`: its own, else the nearest ancestor's, else the page's. English
 * and Welsh (`cy`) are built in; Welsh loads only when used (see docs/welsh.md).
 *
 * @tagname shg-help-panel
 * @summary Get help now: crisis and support routes in urgency order.
 *
 * @slot - Fallback for readers without JavaScript, shown until the element renders and hidden after: write the essentials (999, a 24/7 line) here, or paste the static snippet (`shg-static`, `renderToHTML`). A `<script type="application/json">` here adds local services (see `localServices`); it is read, never shown.
 *
 * @fires {Event} shg-local-services-ready - Host-added local services have been settled: checked and rendered, refused (the console says why), cleared, or not checked because the validator could not load (the console says so). Fires after each change of `localServices` or of the JSON block.
 *
 * @csspart base - The panel around everything.
 * @csspart heading - The panel's heading.
 * @csspart intro - The sentence under the heading.
 * @csspart tier - Each urgency tier (also `tier-emergency`, `tier-urgent`, `tier-talk-now`, `tier-information`).
 * @csspart tier-emergency - The emergency tier.
 * @csspart tier-urgent - The urgent tier.
 * @csspart tier-talk-now - The talk-now tier.
 * @csspart tier-information - The more-support tier.
 * @csspart tier-heading - Each tier's heading.
 * @csspart route - One service within a tier.
 * @csspart link - Every call, text, email and web link.
 * @csspart local-badge - The words marking a service the host page added.
 * @csspart translation-notice - In a translation, the notice that it is not yet reviewed (in that language).
 * @csspart translation-toggle - The notice's button that shows the English original, and back.
 *
 * @cssprop --shg-color-emergency - Tier edge for emergencies (default NHS red).
 * @cssprop --shg-color-urgent - Tier edge for urgent help.
 * @cssprop --shg-color-talk-now - Tier edge for talk-now routes.
 * @cssprop --shg-color-information - Tier edge for more support.
 * @cssprop --shg-color-link - Link colour (default the system link colour).
 * @cssprop --shg-color-focus - Focus outline colour.
 * @cssprop --shg-color-border - Panel border colour (default the text colour).
 * @cssprop --shg-color-surface - Its own opaque surface (default the system `Canvas`); set with `--shg-color-text` and `--shg-color-link`, keeping 4.5:1.
 * @cssprop --shg-color-text - Text on the surface (default the system `CanvasText`).
 * @cssprop --shg-space - Spacing unit.
 * @cssprop --shg-radius - Panel corner radius.
 */
export class ShgHelpPanel extends ShgElement {
  /** Help shows at once, in English if the reader's language is still loading. */
  protected static override holdForTranslation = false;

  static override styles = [baseStyles, panelStyles, helpPanelStyles];

  static override properties = {
    label: {},
    nation: { reflect: true },
    age: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
    localServices: { attribute: false },
  };

  /**
   * The panel's name as a landmark, when the page has more than one, e.g. "Get help in Cardiff".
   * Unset, the panel is named by its heading, "Get help now"; then only the first panel on the
   * page is a landmark, the others named groups, so no two landmarks share a name.
   */
  declare label: string | undefined;

  /** Which nation's routes to show: `wales` (default), `england`, `scotland` or `northern-ireland`. */
  declare nation: Nation;

  /** Narrows routes to an age group: `child`, `young-person` or `adult`. Unset shows routes for every age. */
  declare age: AgeGroup | undefined;

  /** The level of the panel's heading, 2 to 6 (default 2); tier headings sit one below. */
  declare headingLevel: number | string;

  /**
   * Services the host adds for its area. Validated as a whole: if anything is wrong none are
   * shown, one console message says why, and the national routes stay. Set this property or
   * put the same JSON in a `<script type="application/json">` directly inside the element (read
   * whenever it is added or changed). The property wins over the block; `undefined` or `null`
   * unsets it, leaving the block's services, or none. The latest setting always wins.
   */
  declare localServices: unknown;

  /** Services already described in this render: a later tier names them without repeating the summary. */
  readonly #introduced = new Set<string>();
  #level: HeadingLevel = 2;
  /** The local services (local-services.ts), once a JSON block or `localServices` has loaded them. */
  #local: LocalServices | undefined;
  #localLoading = false;
  /** Watches the element's own children until a JSON block appears (made on connect: a server has none). */
  #blockWatch: MutationObserver | undefined;

  constructor() {
    super(TAG);
    this.nation = DEFAULT_NATION;
    this.headingLevel = 2;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connectedPanels += 1;
    if (this.#local) return;
    this.#blockWatch ??= new MutationObserver(() => this.#noticeBlock());
    this.#blockWatch.observe(this, { childList: true, subtree: true });
    this.#noticeBlock();
    // A block written just after the panel in a page still loading is there once it has loaded.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.#noticeBlock(), { once: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connectedPanels -= 1;
    this.#blockWatch?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // `changed` holds `localServices` only once the host has set it: a panel that never has
    // local services never loads the validator.
    if (changed.has('localServices')) this.#local ? this.#local.read() : this.#loadLocal();
    if (changed.has('headingLevel')) this.#level = this.headingLevelOf(this.headingLevel);
  }

  /** Loads the local services' code once a JSON block is in or beside the panel: it reads the block, or says why it cannot. */
  #noticeBlock(): void {
    const isScript = (node: Element | null) => node?.matches(JSON_SCRIPT);
    if (this.querySelector(JSON_SCRIPT) || isScript(this.previousElementSibling) || isScript(this.nextElementSibling)) this.#loadLocal();
  }

  /**
   * The routes for the current attributes and language. The core is the one judge of what is
   * valid: an option it refuses is reported once and dropped, so the panel shows its default.
   */
  #routes(): RouteTier[] {
    const query: { nation?: Nation; age?: AgeGroup; language: Locale } = { nation: this.nation, age: this.age || undefined, language: this.locale.locale };
    for (let attempt = 0; ; attempt += 1) {
      try {
        return servicesFor(query);
      } catch (error) {
        if (!(error instanceof UnknownOptionError) || attempt > 1) throw error;
        const fallback = error.option === 'nation' ? `Showing the routes for ${DEFAULT_NATION}.` : 'Showing routes for every age.';
        this.problems.report(`${error.option} ${JSON.stringify(error.received)} is not known. Use one of: ${error.validValues.join(', ')}. ${fallback}`);
        delete query[error.option as keyof typeof query];
      }
    }
  }

  /**
   * Hands the local services to their code, loading it first. If it cannot load, the national
   * routes stay, the site owner is told once, and `shg-local-services-ready` still fires.
   */
  #loadLocal(): void {
    if (this.#localLoading) return;
    this.#localLoading = true;
    this.#blockWatch?.disconnect();
    loadLocalServices().then(
      ({ LocalServices }) => (this.#local = new LocalServices(this, (problem) => this.problems.report(problem))),
      (error: unknown) => {
        this.#localLoading = false;
        this.problems.report(`could not load the local services' code from embed-chunks/ (${String(error)}), so only the national routes show. Serve that folder beside embed.js.`);
        setTimeout(() => this.dispatchEvent(new Event('shg-local-services-ready')));
      },
    );
  }

  protected override renderContent(): TemplateResult {
    this.#introduced.clear();
    // The routes are cheap to work out (a few dozen records), and depend on the language too.
    const tiers = this.locale.localize(this.#routes());
    const label = typeof this.label === 'string' && this.label.trim() ? this.label.trim() : undefined;
    // Named by the host's label, or by its heading; only one panel per page is a landmark by its
    // heading. Its tiers are named groups: four landmarks per panel would bury the page's own.
    const landmark = label !== undefined || this.#firstOnPage();
    return html`
      <section part="base" class=${connectedPanels > MANY_PANELS ? 'base shg-help-panel many' : 'base shg-help-panel'} aria-labelledby=${label ? nothing : 'heading'} lang=${this.locale.locale} aria-label=${label ?? nothing} role=${landmark ? nothing : 'group'}>
        ${heading(this.#level, msg('Get help now'), 'heading')}
        <p part="intro">${msg('You do not have to cope alone. Help is there, day and night.')}</p>
        ${translationNotice(this.locale)} ${tiers.map((tier) => this.#renderTier(tier))}
      </section>
    `;
  }

  /**
   * Whether this is the first help panel on its page (or in its shadow root). Each panel is a
   * section named "Get help now"; two such landmarks would be two of one name, which screen
   * reader users cannot tell apart, so the others are named groups instead (still found by their
   * heading). A panel with a `label` is always a landmark, by that name.
   */
  #firstOnPage(): boolean {
    if (isServer) return true;
    const root = this.getRootNode() as Document | ShadowRoot;
    return typeof root.querySelector !== 'function' || root.querySelector(`${TAG}:not([label])`) === this;
  }

  #renderTier({ urgency, routes }: RouteTier): TemplateResult {
    return html`
      <section class="tier" data-urgency=${urgency} part="tier tier-${urgency}" role="group" aria-labelledby="tier-${urgency}">
        ${heading(
          subLevel(this.#level),
          tierTitle(urgency),
          `tier-${urgency}`,
          'tier-heading',
        )}
        ${urgency === 'emergency' ? html`<p>${msg('Call 999 or go to A&E now.')}</p>` : nothing}
        <ul role="list">
          ${routes.map((route) => this.#renderRoute(route))} ${this.#local?.render(urgency)}
        </ul>
      </section>
    `;
  }

  #renderRoute({ service, channels }: Route): TemplateResult {
    const firstMention = !this.#introduced.has(service.id);
    this.#introduced.add(service.id);
    return html`
      <li class="route" part="route">
        <p class="name">${service.name}</p>
        ${firstMention
          ? html`<p>${service.summary}${service.ageNote ? html` ${msg(str`For people ${service.ageNote}.`)}` : nothing}</p>`
          : nothing}
        <ul role="list" class="channels">
          ${channels.map(
            (channel) =>
              html`<li class="channel" data-channel=${channel.id}>
                ${channelLink(channel)} ${channelMeta(channel)}
              </li>`,
          )}
        </ul>
      </li>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'shg-help-panel': ShgHelpPanel;
  }
  interface HTMLElementEventMap {
    'shg-local-services-ready': Event;
  }
}
