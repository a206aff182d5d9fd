import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '../shared/msg.js';
import { baseStyles } from '../shared/base.styles.js';
import { plainElement, plainLink } from '../shared/plain-help-route.js';
import { ShgElement } from '../shared/shg-element.js';
import { quickExitStyles } from './quick-exit.styles.js';

const TAG = 'shg-quick-exit';

/**
 * Where the button goes unless the host says otherwise: BBC Weather, the page GOV.UK's "Exit this
 * page" uses. A weather forecast is something anyone might be looking at, so it gives nothing away
 * over a shoulder; it loads quickly, needs no sign-in, and belongs to a public broadcaster.
 */
export const DEFAULT_EXIT_HREF = 'https://www.bbc.co.uk/weather';

/** Presses of Shift that leave the page. */
export const SHIFT_PRESSES = 3;

/** The presses must all fall within this many milliseconds of the first. */
export const SHIFT_WINDOW_MS = 5000;

/** What `shg-exit` carries: the page the reader is being sent to. */
export interface ShgExitDetail {
  readonly href: string;
}

/** Fired before leaving; cancel it to stop the navigation (the overlay stays until `reset()`). */
export type ShgExitEvent = CustomEvent<ShgExitDetail>;

/** Inputs nobody types into: Shift×3 on a focused checkbox or button still leaves. */
const UNTYPED_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/** Shift pressed where someone is typing is for capitals, never a request to leave. */
function isEditable(target: EventTarget | null | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !UNTYPED_INPUTS.has(target.type);
  return target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** The element with focus, looked for through open shadow roots; a closed one ends the search at its host. */
function deepActiveElement(page: Document): Element | null {
  let active = page.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Whether `element` may hide a field with focus: a custom element (a chat widget, say) showing no
 * open shadow root. Its root may be closed, and then neither the event nor `activeElement` says
 * what inside it has focus: only that it is the host. Whether anyone types there cannot be known,
 * so it counts as typing. The cost: Shift ×3 does not leave while focus is on such an element
 * (the button still does, and so does Shift ×3 anywhere else).
 */
function mayHideTyping(element: Element | null): boolean {
  return element !== null && element.localName.includes('-') && element.shadowRoot === null;
}

/**
 * Whether Shift went to somewhere the reader may be typing: the event's own target (seen through
 * open shadow roots), the focused element, or a custom element whose closed root hides it.
 */
function isTyping(event: KeyboardEvent): boolean {
  const active = deepActiveElement(document);
  return isEditable(event.composedPath()[0]) || isEditable(active) || mayHideTyping(active);
}

/**
 * Several quick-exit elements on one page (top and bottom, say) each hear the same key events;
 * only the first to reach three presses leaves, the rest just reset.
 */
const exitedOn = new WeakSet<Event>();

/**
 * Sends no `Referer` for what follows, so the exit page (and its logs) never learn which page the
 * reader left: the script's twin of the link's `rel="noreferrer"`. `location.replace()` takes no
 * referrer option, so this sets the page's policy with a `<meta name="referrer">`, added only as
 * the page is left. (A browser cannot undo a policy once set; a page restored from the
 * back/forward cache keeps it, which only ever sends less.)
 */
function withholdReferrer(page: Document): void {
  const meta = page.createElement('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  (page.head ?? page.documentElement).append(meta);
}

/** What `navigate` needs of a window (a real one fits): its page, its location, the top window. */
export interface FrameView {
  readonly document: Document;
  readonly location: Pick<Location, 'replace'>;
  readonly top: FrameView | null;
}

/**
 * Checks a host-set `href`: `url` is its absolute `https:` address, or missing; `text` is what
 * the host gave, for the message. Frameworks may hand the property a `URL` object (its text is
 * its address) or anything else; whatever cannot be turned into text reads as `[object]`, so
 * checking it never throws and the way out stays.
 */
function checkHref(href: unknown): { text: string; url?: string } {
  let text = '[object]';
  try {
    text = String(href);
    const url = new URL(text.trim());
    return { text, url: url.protocol === 'https:' ? url.href : undefined };
  } catch {
    return { text };
  }
}

/**
 * Quick exit, after GOV.UK's "Exit this page": a button, and three presses of Shift within five
 * seconds, that cover this page at once and replace it with a neutral website. The help text is
 * honest that it does not clear browsing history.
 *
 * Children written inside the element are a fallback for readers without JavaScript (put a plain
 * link to the same page there); they are not shown once the element has upgraded.
 *
 * Its language follows `lang`: its own, else the nearest ancestor's, else the page's. English
 * and Welsh (`cy`) are built in; Welsh loads only when used (see docs/welsh.md).
 *
 * @tagname shg-quick-exit
 * @summary Exit this page: a button and Shift ×3 that hide this page and open a neutral one.
 *
 * @slot - Fallback for readers without JavaScript, shown until the element renders and hidden after: a plain link to the same exit page (or the static snippet from `shg-static`, `renderToHTML`).
 *
 * @fires {ShgExitEvent} shg-exit - Before leaving, with `detail.href`. Bubbles, composed, cancelable: cancel it to stop the navigation (for example to route in a single-page app); the overlay stays until `reset()`.
 *
 * @csspart base - The wrapper around the button, progress and help.
 * @csspart button - The "Exit this page" button.
 * @csspart indicator - The three marks inside the button that fill in as Shift is pressed.
 * @csspart status - The line that shows and announces Shift progress.
 * @csspart help - The "How quick exit works" disclosure (a `<details>`).
 * @csspart help-summary - The disclosure's summary.
 * @csspart overlay - The full-screen cover shown while leaving.
 *
 * @cssprop --shg-color-exit - Button background (default #d4351c, GOV.UK's warning red).
 * @cssprop --shg-color-exit-text - Button text (default white).
 * @cssprop --shg-color-overlay - Overlay background; keep it opaque (default the system Canvas colour).
 * @cssprop --shg-color-surface - The opaque surface behind the help line, and the sticky strip (default the system `Canvas`); set with `--shg-color-text` and `--shg-color-link`, keeping 4.5:1.
 * @cssprop --shg-color-text - Text on the surface (default the system `CanvasText`).
 * @cssprop --shg-color-link - Link colour (default the system link colour).
 * @cssprop --shg-color-focus - Focus outline colour.
 * @cssprop --shg-focus-width - Focus outline width.
 * @cssprop --shg-space - Spacing unit.
 * @cssprop --shg-radius - Button corner radius.
 */
export class ShgQuickExit extends ShgElement {
  /** The way out is never held back, even for a moment while Welsh loads. */
  protected static override holdForTranslation = false;

  /** Nor do its renders wait for a page full of other elements (see render-slices.ts). */
  protected static override renderInSlices = false;

  static override styles = [baseStyles, quickExitStyles];

  static override properties = {
    href: {},
    sticky: { type: Boolean, reflect: true },
  };

  /**
   * Leaves for `href` with `location.replace()`, so this page is swapped out of the tab's history
   * rather than added to it, sending no `Referer`. From inside a frame the whole tab leaves: the
   * top window is sent first, then this frame, so that where a browser refuses the top (a
   * sandboxed frame; Firefox, for a frame from another site without a click) the frame still
   * leaves, as it always did. A seam: tests (and hosts that must wrap navigation) may replace it.
   */
  static navigate(href: string, view: FrameView = window): void {
    withholdReferrer(view.document);
    const top = view.top;
    if (top !== null && top !== view) {
      try {
        // WebKit sends the top page's referrer when a frame replaces it, so withhold that too.
        withholdReferrer(top.document);
      } catch {
        // A page from another site: this frame may not touch it.
      }
      try {
        top.location.replace(href);
      } catch {
        // Refused by the frame's sandbox: the replace below leaves the frame at least.
      }
    }
    view.location.replace(href);
  }

  /** The clock the Shift window is measured with. A seam, so tests need not wait five seconds. */
  static now(): number {
    return performance.now();
  }

  /**
   * Where to go: an absolute `https:` URL (default BBC Weather). Typed as the attribute's text;
   * a `URL` object set from script is taken as its address too, and anything else falls back to
   * the default, with one console error.
   */
  declare href: string | undefined;

  /** Keeps the element at the top of the screen as the page scrolls (CSS `position: sticky`). */
  declare sticky: boolean;

  #target = DEFAULT_EXIT_HREF;
  #presses = 0;
  #firstPressAt = 0;
  /** A lone Shift keydown not yet released: it counts on release if no other key comes between. */
  #shiftHeld = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #status = '';
  #exiting = false;

  constructor() {
    super(TAG);
    this.sticky = false;
  }

  /** The page the element will send the reader to, after checking `href`. */
  get target(): string {
    return this.#target;
  }

  /** Whether the overlay is up and the element is leaving (or was stopped by a cancelled `shg-exit`). */
  get exiting(): boolean {
    return this.#exiting;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#onKeyDown, true);
    document.addEventListener('keyup', this.#onKeyUp, true);
    window.addEventListener('pageshow', this.#onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onKeyDown, true);
    document.removeEventListener('keyup', this.#onKeyUp, true);
    window.removeEventListener('pageshow', this.#onPageShow);
    this.#clearPresses();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('href')) {
      const href: unknown = this.href;
      if (href === undefined || href === null) {
        this.#target = DEFAULT_EXIT_HREF;
      } else {
        const { text, url } = checkHref(href);
        if (!url) this.problems.report(`href "${text}" must be an absolute https: URL. Using ${DEFAULT_EXIT_HREF}.`);
        this.#target = url ?? DEFAULT_EXIT_HREF;
      }
    }
  }

  /**
   * Hides the page at once, fires `shg-exit`, and unless that is cancelled replaces this page with
   * `target`. The button and Shift ×3 both call this.
   */
  exit(): void {
    this.#clearPresses();
    this.#exiting = true;
    this.#syncOverlay();
    this.#setStatus(this.locale.render(() => msg('Loading.')));
    const event: ShgExitEvent = new CustomEvent<ShgExitDetail>('shg-exit', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { href: this.#target },
    });
    if (this.dispatchEvent(event)) (this.constructor as typeof ShgQuickExit).navigate(this.#target);
  }

  /** Takes the overlay down and clears any Shift presses: done for you when the browser restores the page from its back/forward cache. */
  reset(): void {
    this.#clearPresses();
    this.#exiting = false;
    this.#syncOverlay();
    this.#setStatus('');
  }

  #onPageShow = (event: PageTransitionEvent): void => {
    // A page restored from the back/forward cache comes back exactly as it was left: covered.
    if (event.persisted) this.reset();
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Shift') {
      if (event.repeat) return;
      this.#shiftHeld = !event.ctrlKey && !event.altKey && !event.metaKey && !isTyping(event);
      return;
    }
    // Any other key (Shift+A for a capital, Shift+Tab to go back a field) means Shift was a modifier.
    this.#shiftHeld = false;
    if (this.#presses > 0) this.#clearPresses();
  };

  /**
   * A press counts when Shift is released, not when it goes down: only then is it known that no
   * other key came with it, so Shift+Tab and capitals never announce progress.
   */
  #onKeyUp = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift' || !this.#shiftHeld) return;
    this.#shiftHeld = false;
    if (this.#exiting) return;
    const now = (this.constructor as typeof ShgQuickExit).now();
    if (this.#presses === 0 || now - this.#firstPressAt > SHIFT_WINDOW_MS) {
      this.#presses = 0;
      this.#firstPressAt = now;
    }
    this.#presses += 1;
    if (this.#presses >= SHIFT_PRESSES) {
      if (exitedOn.has(event)) return this.#clearPresses();
      exitedOn.add(event);
      this.exit();
      return;
    }
    this.#setStatus(
      this.locale.render(() =>
        this.#presses === 1 ? msg('Shift pressed once. Press it 2 more times to leave this page.') : msg('Shift pressed twice. Press it once more to leave this page.'),
      ),
    );
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#clearPresses(), SHIFT_WINDOW_MS - (now - this.#firstPressAt));
  };

  #clearPresses(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#shiftHeld = false;
    if (this.#presses === 0) return;
    this.#presses = 0;
    if (!this.#exiting) this.#setStatus('');
    this.requestUpdate();
  }

  #setStatus(text: string): void {
    this.#status = text;
    this.requestUpdate();
  }

  /**
   * Puts the overlay up (or down) now, not on the next render, so the page is not painted again
   * uncovered. Where the browser supports popovers the overlay also goes into the top layer, above
   * anything the host page has stacked, transformed or clipped; elsewhere `position: fixed` and the
   * largest z-index cover the page.
   */
  #syncOverlay(): void {
    const overlay = this.renderRoot.querySelector<HTMLElement>('.overlay');
    if (!overlay) return;
    overlay.hidden = !this.#exiting;
    try {
      if (typeof overlay.showPopover !== 'function') return;
      const open = overlay.matches(':popover-open');
      if (this.#exiting && !open && overlay.isConnected) overlay.showPopover();
      if (!this.#exiting && open) overlay.hidePopover();
    } catch {
      // No top layer here: the fixed, full-viewport cover still hides the page.
    }
  }

  protected override updated(): void {
    this.#syncOverlay();
  }

  protected override renderContent(): TemplateResult {
    // Rendered on the server (`renderToHTML`), the markup must work with no script at all: a button
    // would be inert there, so it is a plain link, and the help leaves out what only the script does.
    const withScript = !isServer;
    return html`
      <div part="base" class="base shg-quick-exit" lang=${this.locale.locale}>
        ${withScript ? this.#exitButton() : exitLink(this.#target)}
        <p part="status" class="status" role="status">${this.#status}</p>
        <details part="help" class="help">
          <summary part="help-summary">${msg('How quick exit works')}</summary>
          <ul>
            ${withScript
              ? html`<li>${msg('The button hides this page at once and opens a different website.')}</li>
                  <li>${msg('On a keyboard, you can also press the Shift key 3 times.')}</li>`
              : nothing}
            <li>${msg('It does not delete this page from your browsing history.')}</li>
            <li>${msg('To keep your visits private, use a private or incognito window. Your browser does not save the pages you open there.')}</li>
            <li>${msg('You can also delete your history in your browser settings.')}</li>
          </ul>
        </details>
      </div>
      ${withScript
        ? html`<div part="overlay" class="overlay" popover="manual" ?hidden=${!this.#exiting} lang=${this.locale.locale}>
            <p>${msg('Loading.')}</p>
          </div>`
        : nothing}
    `;
  }

  #exitButton(): TemplateResult {
    const lit = (index: number) => (index < this.#presses ? 'mark on' : 'mark');
    return html`<button type="button" part="button" class="button" @click=${() => this.exit()}>
      <span class="label">${msg('Exit this page')}</span>
      <span part="indicator" class="indicator" aria-hidden="true" ?hidden=${this.#presses === 0}>
        <span class=${lit(0)}></span><span class=${lit(1)}></span><span class=${lit(2)}></span>
      </span>
    </button>`;
  }

  /**
   * If rendering ever fails, the way out stays: a plain link to `target` (built without a
   * template, as the fallback is) above the routes to help that every element falls back to.
   */
  protected override fallbackNodes(doc: Document): Node[] {
    const label = plainElement(doc, 'span', { class: 'label' }, [msg('Exit this page')]);
    return [plainLink(doc, this.#target, label, { part: 'button', class: 'button', rel: 'noreferrer' }), ...super.fallbackNodes(doc)];
  }
}

/** The way out that needs no script: a link, styled as the button, to the exit page. */
const exitLink = (href: string) => html`<a part="button" class="button" href=${href} rel="noreferrer"><span class="label">${msg('Exit this page')}</span></a>`;

declare global {
  interface HTMLElementTagNameMap {
    'shg-quick-exit': ShgQuickExit;
  }
  interface HTMLElementEventMap {
    'shg-exit': ShgExitEvent;
  }
}
