/**
 * Everything about the services a host adds to a help panel, beyond noticing that it adds some:
 * reading the JSON block and the `localServices` property, the latest setting winning, the
 * messages for blocks put where they are not read, the `shg-local-services-ready` event, and
 * how a local service renders. Most pages add none, so this (with the validator and zod) is an
 * on-demand chunk of the script-tag embed, loaded by the first panel that has a JSON block near
 * it or a `localServices` value (see help-panel.ts, which keeps the routes to help and the one
 * message for a chunk that cannot load).
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { msg, str } from '../shared/msg.js';
import { localHrefFor } from '../../core/links.js';
import { parseLocalServices, parseLocalServicesJson } from '../../core/local-services.js';
import type { Urgency } from '../../../schema/services.js';
import type { LocalChannel, LocalService } from '../../../schema/local-services.js';

/** What the reader needs of its panel: the element itself and its one console message per problem. */
export interface LocalServicesHost extends HTMLElement {
  readonly localServices: unknown;
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
}

/** The local-services block: a `<script type="application/json">` directly inside the panel. */
const BLOCK = ':scope > script[type="application/json" i]';
const JSON_SCRIPT = 'script[type="application/json" i]';

function localAction(channel: LocalChannel): string {
  switch (channel.type) {
    case 'phone':
      return msg('Call');
    case 'text':
      return channel.keyword ? msg(str`Text ${channel.keyword} to`) : msg('Text');
    case 'web':
      return msg('Website');
    case 'email':
      return msg('Email');
  }
}

function renderLocal(service: LocalService): TemplateResult {
  return html`
    <li class="route local" part="route">
      <p class="name">${service.name}</p>
      <span class="local-badge" part="local-badge">${msg('Added by this website, not checked by us.')}</span>
      ${service.summary ? html`<p>${service.summary}</p>` : nothing}
      <ul role="list" class="channels">
        ${service.channels.map(
          (channel) =>
            html`<li class="channel">
              ${localAction(channel)}
              <a href=${localHrefFor(channel)} part="link">${channel.value}</a>
              ${'hours' in channel && channel.hours ? html`<p class="meta">${channel.hours}</p>` : nothing}
            </li>`,
        )}
      </ul>
    </li>
  `;
}

/**
 * One panel's local services. The property wins over the block; `undefined` or `null` unsets it,
 * leaving the block's services, or none. Each read is numbered and only the latest is applied,
 * so setting them twice never shows the first list.
 */
export class LocalServices implements ReactiveController {
  readonly #host: LocalServicesHost;
  readonly #report: (problem: string) => void;
  #services: readonly LocalService[] = [];
  /** Counts reads: a read that settles after a later one began fires no event. */
  #read = 0;
  /** The JSON block's text when last read (`undefined`: no block). */
  #blockText: string | undefined;
  /** Watches the panel's own children for a block that arrives or changes later (made on connect: a server has none). */
  #observer: MutationObserver | undefined;

  /**
   * Takes over `host`'s local services and settles them once (one `shg-local-services-ready`),
   * whatever made the panel load this: a block, a misplaced one, or the property.
   */
  constructor(host: LocalServicesHost, report: (problem: string) => void) {
    this.#host = host;
    this.#report = report;
    host.addController(this);
    if (this.#read === 0 || host.localServices != null) this.read();
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => this.#blockChanged());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.#blockChanged();
    // A block written just after the panel in a page still loading is there once it has loaded.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.#reportMisplacedBlocks(), { once: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** The local services at `urgency`, as list items of their tier. */
  render(urgency: Urgency): TemplateResult[] {
    return this.#services.filter((service) => service.urgency === urgency).map(renderLocal);
  }

  /** Re-reads the JSON block if its text changed, and says where a block was put that is not read. */
  #blockChanged(): void {
    this.#reportMisplacedBlocks();
    const text = this.#host.querySelector(BLOCK)?.textContent ?? undefined;
    if (text === this.#blockText) return;
    this.#blockText = text;
    if (this.#host.localServices == null) this.read();
  }

  /** One console message for each kind of block the panel cannot read, saying where it must go. */
  #reportMisplacedBlocks(): void {
    const host = this.#host;
    if (host.querySelector(':scope > script[type="application/ld+json" i]')) {
      this.#report('a <script type="application/ld+json"> inside it is not read: local services go in a <script type="application/json">.');
    }
    if ([...host.querySelectorAll(JSON_SCRIPT)].some((script) => script.parentElement !== host)) {
      this.#report('a <script type="application/json"> nested inside another element is not read: put it directly inside <shg-help-panel>.');
    }
    if (host.previousElementSibling?.matches(JSON_SCRIPT) || host.nextElementSibling?.matches(JSON_SCRIPT)) {
      this.#report('a <script type="application/json"> beside it is not read: put it inside <shg-help-panel>.');
    }
  }

  /** Reads the local services from the property, else the JSON block, else clears them. */
  read(): void {
    const read = ++this.#read;
    const data = this.#host.localServices;
    let services: readonly LocalService[] = [];
    if (data != null || this.#blockText !== undefined) {
      const result = data == null ? parseLocalServicesJson(this.#blockText ?? '') : parseLocalServices(data);
      if (result.problems.length) this.#report(`ignored the local services because ${result.problems.join('; ')}. The national routes are still shown.`);
      services = result.services;
    }
    void this.#apply(read, services);
  }

  /**
   * Shows `services` and, once rendered, fires `shg-local-services-ready`, unless a later read
   * replaced this one. The event waits for a task of its own, so a listener added just after
   * the panel was added or `localServices` set always hears it, however fast the check was.
   */
  async #apply(read: number, services: readonly LocalService[]): Promise<void> {
    this.#services = services;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    if (read === this.#read) this.#host.dispatchEvent(new Event('shg-local-services-ready'));
  }
}
