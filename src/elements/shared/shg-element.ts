import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SHG_ELEMENT } from './define.js';
import { toHeadingLevel, type HeadingLevel } from './heading.js';
import { LocaleController } from './locale.js';
import { plainHelpRoute } from './plain-help-route.js';
import { ProblemReporter } from './report.js';
import { policyRefused, reportRefusedPolicy } from './trusted-types.js';

/**
 * Set once an element's templates have failed on a page that refused our Trusted Types policy:
 * every template will fail there, so later elements go straight to their plain fallback rather
 * than each adding a policy violation to the console first.
 */
let templatesBlocked = false;

const couldNotLoad = new Set<string>();

/**
 * Code that only some pages need, loaded when first needed: with the script-tag embed, from its
 * own chunk in embed-chunks/. If it cannot load, the element goes on without it (its routes to
 * help are there either way), and the console says so once for each kind of code.
 */
function onDemand<T>(load: () => Promise<T>, what: string): Promise<T | undefined> {
  return load().catch((error: unknown) => {
    if (!couldNotLoad.has(what)) console.error(`self-harm-guidance: could not load the code for ${what} from embed-chunks/ beside embed.js (${String(error)}). Serve that folder too.`);
    couldNotLoad.add(what);
    return undefined;
  });
}

/** Keeps styles for elements moved to another document (adopt-styles.ts), loaded the first time one is. */
let adoptStylesCode: ReturnType<typeof loadAdoptStyles> | undefined;
const loadAdoptStyles = () => onDemand(() => import('./adopt-styles.js'), 'elements in another document');

/**
 * Renders in turns (render-slices.ts), loaded once this many elements render in one task: a page
 * with a few elements renders them at once, a directory of hundreds stays responsive.
 */
const MANY_RENDERS = 20;
let rendersThisTask = 0;
let renderSlices: typeof import('./render-slices.js') | undefined;
/** One load for every waiting element, so they take their turns in the order they asked. */
let renderSlicesCode: Promise<typeof renderSlices> | undefined;

/**
 * What every element shares: its language (see locale.ts), one console message per problem for
 * the site owner, and a last line of defence. If rendering ever throws, the element replaces
 * whatever it showed with the compact route to help (999, 111 press 2, Samaritans), built without
 * templates, so neither a bug nor a page's Trusted Types policy leaves a reader without help.
 */
export abstract class ShgElement extends LitElement {
  /** Marks the class as this library's, so another copy of the library defining the tag is no clash (define.ts). */
  static readonly [SHG_ELEMENT] = true;

  /** The element's language; subclasses render through `this.locale.render()` via `render()`. */
  protected readonly locale = new LocaleController(this);
  protected readonly problems: ProblemReporter;
  #failed = false;

  constructor(tag: string) {
    super();
    this.problems = new ProblemReporter(tag);
  }

  static override get observedAttributes(): string[] {
    // `lang` is the browser's own property, so it is watched here rather than declared reactive.
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * A shadow root made while the element is in another document (it was moved before it was first
   * shown) gets that document's copies of the styles: Lit's own sheets belong to this document
   * and cannot be adopted there.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.ownerDocument === document) return super.createRenderRoot();
    const root = this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this.renderOptions.renderBefore ??= root.firstChild;
    this.#restyle = true;
    return root;
  }

  /**
   * Moved to another document (and back): its styles are adopted again there (see adopt-styles.ts)
   * by the update this asks for, so `updateComplete` says when they are.
   */
  adoptedCallback(): void {
    if (!(this.renderRoot instanceof ShadowRoot)) return;
    this.#restyle = true;
    this.requestUpdate();
  }

  /** Whether the shadow root must adopt its styles again before the next render (it is in, or back from, another document). */
  #restyle = false;

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.locale.refresh();
  }

  /** The level for a `heading-level` value; anything but 2 to 6 is reported once and gives 2. */
  protected headingLevelOf(value: unknown): HeadingLevel {
    const level = toHeadingLevel(value);
    if (level === undefined) this.problems.report(`heading-level "${String(value)}" must be a whole number from 2 to 6. Using 2.`);
    return level ?? 2;
  }

  /** The element's content, in its language (the base class sets `msg()` up for it). */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  /**
   * Whether the first render waits (briefly: LOCALE_WAIT_MS at most) for a translation to load,
   * so a Welsh page does not flash English. Routes to help and the way out never wait: they show
   * in English at once and switch when the Welsh arrives.
   */
  protected static holdForTranslation = true;

  /**
   * While the first render waits, whatever the host wrote inside the element shows through a slot.
   * A static snippet from `renderToHTML` is already in the page's language, so an element holding
   * one always waits behind it: no flash of English, and no moment with nothing on screen.
   */
  #holdsFirstRender(): boolean {
    return (this.constructor as typeof ShgElement).holdForTranslation || this.hasAttribute('data-shg-static');
  }

  protected override render(): TemplateResult | typeof nothing {
    // Thrown before Lit touches a template, so the fallback follows without another violation
    // (its one message names the refused policy, not this error).
    if (templatesBlocked) throw new Error();
    if (!this.locale.settled && this.#holdsFirstRender()) return html`<slot></slot>`;
    return this.locale.render(() => this.renderContent());
  }

  /**
   * Whether the element's renders take their turn when many elements render at once (see
   * render-slices.ts). Quick exit's never wait: it is the way out.
   */
  protected static renderInSlices = true;

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.#restyle) {
      return (adoptStylesCode ??= loadAdoptStyles()).then((code) => {
        this.#restyle = false;
        code?.readoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
        return this.scheduleUpdate();
      });
    }
    if (isServer || !(this.constructor as typeof ShgElement).renderInSlices) return super.scheduleUpdate();
    if (renderSlices === undefined) {
      if (rendersThisTask++ === 0) setTimeout(() => (rendersThisTask = 0));
      if (rendersThisTask <= MANY_RENDERS) return super.scheduleUpdate();
      return (renderSlicesCode ??= onDemand(() => import('./render-slices.js'), 'many elements at once')).then((code) => {
        if (code === undefined) return super.scheduleUpdate();
        renderSlices = code;
        return this.scheduleUpdate();
      });
    }
    if (renderSlices.renderNow()) return super.scheduleUpdate();
    // Our updates are synchronous (no async performUpdate), so the turn ends when this returns.
    return renderSlices.renderInTurn(() => void super.scheduleUpdate());
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    return !this.#failed && super.shouldUpdate(changed);
  }

  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      this.#showHelpInstead(error);
    }
  }

  /**
   * What replaces the element if rendering throws: the compact route to help, built with plain
   * DOM calls (a template may be what failed). An element whose purpose is something else a
   * reader must not lose (quick exit's way out) adds it here.
   */
  protected fallbackNodes(doc: Document): Node[] {
    return [plainHelpRoute(doc, 'shg-fallback-help')];
  }

  #showHelpInstead(error: unknown): void {
    this.#failed = true;
    if (policyRefused()) {
      templatesBlocked = true;
      reportRefusedPolicy();
    } else {
      this.problems.report(`could not render (${String(error)}), so it shows only the routes to help. Please report this bug.`);
    }
    // Lit's record of what it rendered may be half-updated: start again in a fresh container,
    // keeping only the styles Lit put there.
    const doc = this.ownerDocument;
    const box = doc.createElement('div');
    box.className = 'base fallback';
    box.setAttribute('part', 'base');
    box.lang = this.locale.locale;
    box.append(...this.locale.render(() => this.fallbackNodes(doc)));
    for (const node of [...this.renderRoot.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
    this.renderRoot.appendChild(box);
  }
}
