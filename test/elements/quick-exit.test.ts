import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ShgQuickExit } from '../../src/elements/quick-exit/define.js';
import { DEFAULT_EXIT_HREF, SHIFT_WINDOW_MS, type ShgExitEvent } from '../../src/elements/quick-exit/quick-exit.js';
import { quickExitFixtures } from '../fixtures/quick-exit.fixtures.js';
import { expectAccessibleEverywhere } from '../helpers/a11y.js';
import { consoleErrors } from '../helpers/console.js';

async function render(markup: string): Promise<ShgQuickExit> {
  const el = await fixture<ShgQuickExit>(markup);
  await el.updateComplete;
  return el;
}

const root = (el: ShgQuickExit) => el.shadowRoot!;
const button = (el: ShgQuickExit) => root(el).querySelector<HTMLButtonElement>('button[part~="button"]')!;
const status = (el: ShgQuickExit) => root(el).querySelector<HTMLElement>('[part~="status"]')!;
const statusText = (el: ShgQuickExit) => status(el).textContent!.replace(/\s+/g, ' ').trim();
const overlay = (el: ShgQuickExit) => root(el).querySelector<HTMLElement>('[part~="overlay"]')!;
const indicator = (el: ShgQuickExit) => root(el).querySelector<HTMLElement>('[part~="indicator"]')!;
const visible = (node: HTMLElement) => !node.hidden && getComputedStyle(node).display !== 'none';
const supportsPopover = typeof HTMLElement.prototype.showPopover === 'function';
/** WebKit here is driven over WebDriver, whose key actions wtr exposes as `press` and `type` only. */
const webdriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);

/** One press and release of `key`, as the browser would dispatch it, on `target`. */
function press(key: string, target: EventTarget = document.body, init: KeyboardEventInit = {}): void {
  const options = { key, bubbles: true, composed: true, cancelable: true, ...init };
  target.dispatchEvent(new KeyboardEvent('keydown', { ...options, shiftKey: key === 'Shift' || init.shiftKey === true }));
  target.dispatchEvent(new KeyboardEvent('keyup', { ...options, shiftKey: key !== 'Shift' && init.shiftKey === true }));
}

/** Shift held while `key` is pressed: a capital letter, or Shift+Tab. */
function chord(key: string, target: EventTarget = document.body): void {
  const options = { bubbles: true, composed: true, cancelable: true };
  target.dispatchEvent(new KeyboardEvent('keydown', { ...options, key: 'Shift', shiftKey: true }));
  target.dispatchEvent(new KeyboardEvent('keydown', { ...options, key, shiftKey: true }));
  target.dispatchEvent(new KeyboardEvent('keyup', { ...options, key, shiftKey: true }));
  target.dispatchEvent(new KeyboardEvent('keyup', { ...options, key: 'Shift', shiftKey: false }));
}


/** Collects every `shg-exit` that reaches the document, cancelling it if asked. */
function exitEvents(cancel: boolean): { events: ShgExitEvent[]; stop: () => void } {
  const events: ShgExitEvent[] = [];
  const listener = (event: Event) => {
    events.push(event as ShgExitEvent);
    if (cancel) event.preventDefault();
  };
  document.addEventListener('shg-exit', listener);
  return { events, stop: () => document.removeEventListener('shg-exit', listener) };
}

/** A computed colour's channels: `rgb(r, g, b)` or `rgba(r, g, b, a)`. */
const channels = (color: string) => color.match(/[\d.]+/g)!.map(Number);
const alpha = (color: string) => channels(color)[3] ?? 1;
/** WCAG contrast ratio between two opaque computed colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = channels(color).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

// No test may really leave the test page: navigation goes to a recorder, the clock is the test's.
const realNavigate = ShgQuickExit.navigate;
const realNow = ShgQuickExit.now;
let navigations: string[];
let clock: number;

beforeEach(() => {
  navigations = [];
  clock = 0;
  ShgQuickExit.navigate = (href: string) => {
    navigations.push(href);
  };
  ShgQuickExit.now = () => clock;
});

afterEach(() => {
  ShgQuickExit.navigate = realNavigate;
  ShgQuickExit.now = realNow;
});

describe('<shg-quick-exit>', () => {
  describe('accessibility', () => {
    for (const { name, html: markup } of quickExitFixtures) {
      it(`${name}: has no axe violations at 1280px and 320px, with forced colours, reduced motion and dark scheme`, async () => {
        const el = await render(markup);
        const run = await expectAccessibleEverywhere(el, () => el.updateComplete);
        expect(run.conditions.length).to.be.greaterThanOrEqual(2);
      });
    }

    it('has no axe violations with the help open and Shift progress showing', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      root(el).querySelector('details')!.open = true;
      press('Shift');
      press('Shift');
      await el.updateComplete;
      expect(visible(indicator(el))).to.equal(true);
      await expectAccessibleEverywhere(el, () => el.updateComplete);
    });

    it('is a real button named "Exit this page", with a target of at least 44 by 44 pixels', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      const b = button(el);
      expect(b.tagName).to.equal('BUTTON');
      expect(b.type).to.equal('button');
      expect(b.getAttribute('role')).to.equal(null);
      expect(b.getAttribute('aria-label')).to.equal(null);
      // The name is the button's text; the progress marks inside it are hidden from assistive technology.
      expect(b.querySelector('.label')!.textContent!.trim()).to.equal('Exit this page');
      expect(indicator(el).getAttribute('aria-hidden')).to.equal('true');
      expect(b.textContent!.trim()).to.equal('Exit this page');
      const box = b.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.width).to.be.at.least(44);
    });

    it('has a polite live region for progress, present and empty before any key is pressed', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      expect(status(el).getAttribute('role')).to.equal('status');
      expect(statusText(el)).to.equal('');
      expect(visible(overlay(el))).to.equal(false);
    });

    it('shows the slotless light-DOM fallback only before upgrade', async () => {
      const el = await render(quickExitFixtures.find((f) => f.name === 'with-no-js-fallback')!.html);
      expect(root(el).querySelector('slot')).to.equal(null);
      const fallback = el.querySelector('a')!;
      expect(fallback.getAttribute('href')).to.equal(DEFAULT_EXIT_HREF);
      expect(fallback.getClientRects().length).to.equal(0);
    });

    it('keyboard: Tab reaches the button, Enter exits', async () => {
      const wrapper = await fixture(html`<div><button id="before">Before</button><shg-quick-exit></shg-quick-exit></div>`);
      const el = wrapper.querySelector('shg-quick-exit')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === el && root(el).activeElement === button(el), 'focus on the button').to.equal(true);
      await sendKeys({ press: 'Enter' });
      expect(navigations).to.deep.equal([DEFAULT_EXIT_HREF]);
      expect(visible(overlay(el))).to.equal(true);
    });

    it('keyboard: Space on the button exits', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      button(el).focus();
      await sendKeys({ press: ' ' });
      expect(navigations).to.deep.equal([DEFAULT_EXIT_HREF]);
    });

    it('keyboard: the help opens with Enter and is honest about history and private browsing', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      const details = root(el).querySelector('details')!;
      const summary = details.querySelector('summary')!;
      expect(details.open).to.equal(false);
      expect(summary.textContent!.trim()).to.equal('How quick exit works');
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      const help = details.textContent!.replace(/\s+/g, ' ');
      expect(help).to.contain('It does not delete this page from your browsing history.');
      expect(help).to.contain('use a private or incognito window');
      expect(help).to.contain('press the Shift key 3 times');
      expect(navigations).to.deep.equal([]);
    });
  });

  describe('leaving', () => {
    it('a click covers the page, fires shg-exit and replaces the page with the default href', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      const { events, stop } = exitEvents(false);
      button(el).click();
      stop();
      expect(visible(overlay(el))).to.equal(true);
      expect(el.exiting).to.equal(true);
      expect(events).to.have.length(1);
      expect(events[0]!.detail.href).to.equal(DEFAULT_EXIT_HREF);
      expect(events[0]!.bubbles && events[0]!.composed && events[0]!.cancelable).to.equal(true);
      expect(navigations).to.deep.equal([DEFAULT_EXIT_HREF]);
    });

    it('goes to the href the host gives', async () => {
      const el = await render(quickExitFixtures.find((f) => f.name === 'custom-href')!.html);
      button(el).click();
      expect(navigations).to.deep.equal(['https://www.metoffice.gov.uk/']);
    });

    it('the overlay is shown before shg-exit is dispatched', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      let shownAtDispatch: boolean | undefined;
      el.addEventListener('shg-exit', () => (shownAtDispatch = visible(overlay(el))));
      button(el).click();
      expect(shownAtDispatch).to.equal(true);
    });

    it('cancelling shg-exit stops the navigation and leaves the overlay up until reset()', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      const { events, stop } = exitEvents(true);
      button(el).click();
      stop();
      expect(events).to.have.length(1);
      expect(events[0]!.defaultPrevented).to.equal(true);
      expect(navigations).to.deep.equal([]);
      expect(visible(overlay(el))).to.equal(true);
      el.reset();
      await el.updateComplete;
      expect(visible(overlay(el))).to.equal(false);
      expect(el.exiting).to.equal(false);
    });

    it('uses location.replace (not assign), so Back does not return to this page', async () => {
      const el = await render('<shg-quick-exit href="https://www.metoffice.gov.uk/"></shg-quick-exit>');
      const calls: string[] = [];
      const fakeLocation = {
        replace: (url: string) => calls.push(`replace ${url}`),
        assign: (url: string) => calls.push(`assign ${url}`),
        set href(url: string) {
          calls.push(`href ${url}`);
        },
      };
      ShgQuickExit.navigate = (href: string) => realNavigate.call(ShgQuickExit, href, { document, location: fakeLocation, top: null });
      button(el).click();
      expect(calls).to.deep.equal(['replace https://www.metoffice.gov.uk/']);
      // The page's policy is now no-referrer (test/pages/quick-exit-referrer.test.ts leaves for real).
      const policy = [...document.head.querySelectorAll('meta[name="referrer"]')].at(-1);
      expect(policy?.getAttribute('content')).to.equal('no-referrer');
      policy!.remove();
    });

    describe('inside a frame (test/pages/quick-exit-frames.test.ts leaves real frames)', () => {
      /**
       * A framed window whose top and own location record what they are told, in order. The top
       * page is another document this frame may reach, as in a frame from the same site.
       */
      function framedView(topRefuses: boolean) {
        const calls: string[] = [];
        const top = {
          document: document.implementation.createHTMLDocument('the host page'),
          location: {
            replace: (url: string) => {
              if (topRefuses) throw new DOMException('refused by the sandbox', 'SecurityError');
              calls.push(`top ${url}`);
            },
          },
          top: null,
        };
        return { calls, top, view: { document, top, location: { replace: (url: string) => void calls.push(`frame ${url}`) } } };
      }

      afterEach(() => document.head.querySelectorAll('meta[name="referrer"]').forEach((meta) => meta.remove()));

      it('sends the top window first, then the frame, so the whole tab leaves', async () => {
        const el = await render('<shg-quick-exit href="https://www.metoffice.gov.uk/"></shg-quick-exit>');
        const { calls, top, view } = framedView(false);
        ShgQuickExit.navigate = (href: string) => realNavigate.call(ShgQuickExit, href, view);
        button(el).click();
        expect(calls).to.deep.equal(['top https://www.metoffice.gov.uk/', 'frame https://www.metoffice.gov.uk/']);
        // Both pages withhold the referrer: WebKit sends the top page's when a frame replaces it.
        expect(top.document.head.querySelector('meta[name="referrer"]')?.getAttribute('content')).to.equal('no-referrer');
      });

      it('still leaves the frame when the top window refuses (a sandboxed frame)', async () => {
        const el = await render('<shg-quick-exit></shg-quick-exit>');
        const { calls, view } = framedView(true);
        ShgQuickExit.navigate = (href: string) => realNavigate.call(ShgQuickExit, href, view);
        button(el).click();
        expect(calls).to.deep.equal([`frame ${DEFAULT_EXIT_HREF}`]);
      });
    });

    it('covers the whole viewport, opaque, in the shadow root, above the page', async () => {
      const wrapper = await fixture(html`<div>
        <p id="secret" style="position: relative; z-index: 10">Page content someone should not see.</p>
        <shg-quick-exit></shg-quick-exit>
        <div id="host-top" style="position: fixed; inset: 0 auto auto 0; width: 50px; height: 50px; z-index: 2147483647; background: red"></div>
      </div>`);
      const el = wrapper.querySelector('shg-quick-exit')!;
      await el.updateComplete;
      const { stop } = exitEvents(true);
      button(el).click();
      stop();
      const cover = overlay(el);
      expect(cover.getRootNode() === root(el), 'overlay is in the shadow root').to.equal(true);
      const style = getComputedStyle(cover);
      expect(style.position).to.equal('fixed');
      expect(style.zIndex).to.equal('2147483647');
      expect(alpha(style.backgroundColor), `opaque background, got ${style.backgroundColor}`).to.equal(1);
      const box = cover.getBoundingClientRect();
      expect([box.left, box.top]).to.deep.equal([0, 0]);
      expect(box.width).to.equal(document.documentElement.clientWidth || window.innerWidth);
      expect(box.height).to.be.at.least(document.documentElement.clientHeight - 1);
      const secret = wrapper.querySelector('#secret')!.getBoundingClientRect();
      const [x, y] = [secret.left + secret.width / 2, secret.top + secret.height / 2];
      const name = (node: Element | null) => (node ? `${node.localName}${node.id ? '#' + node.id : ''}.${node.className}` : 'null');
      expect(name(document.elementFromPoint(x, y)), 'on top of the page content').to.equal('shg-quick-exit.');
      expect(cover.contains(root(el).elementFromPoint(x, y)), `inside the overlay: ${name(root(el).elementFromPoint(x, y))}`).to.equal(true);
      if (supportsPopover) {
        // In the top layer, even a host element with the largest z-index stays underneath.
        expect(cover.matches(':popover-open')).to.equal(true);
        expect(name(document.elementFromPoint(10, 10)), 'above a host element with the largest z-index').to.equal('shg-quick-exit.');
      }
    });

    it('shows the overlay at once, before any re-render', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      const { stop } = exitEvents(true);
      el.exit();
      stop();
      // No await: the overlay must already be up in the same task.
      expect(overlay(el).hidden).to.equal(false);
    });
  });

  describe('Shift three times', () => {
    it('exits on three real presses of Shift, with progress shown and announced', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      ShgQuickExit.now = realNow;
      await sendKeys({ press: 'Shift' });
      await el.updateComplete;
      expect(statusText(el)).to.equal('Shift pressed once. Press it 2 more times to leave this page.');
      await sendKeys({ press: 'Shift' });
      await el.updateComplete;
      expect(statusText(el)).to.equal('Shift pressed twice. Press it once more to leave this page.');
      expect(navigations).to.deep.equal([]);
      await sendKeys({ press: 'Shift' });
      expect(navigations).to.deep.equal([DEFAULT_EXIT_HREF]);
      expect(visible(overlay(el))).to.equal(true);
    });

    it('shows progress as marks that fill in, and says it in the live region', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      expect(visible(indicator(el))).to.equal(false);
      press('Shift');
      await el.updateComplete;
      expect(visible(indicator(el))).to.equal(true);
      expect(indicator(el).querySelectorAll('.mark.on')).to.have.length(1);
      expect(status(el).getAttribute('role')).to.equal('status');
      expect(statusText(el)).to.equal('Shift pressed once. Press it 2 more times to leave this page.');
      expect(visible(status(el))).to.equal(true);
      press('Shift');
      await el.updateComplete;
      expect(indicator(el).querySelectorAll('.mark.on')).to.have.length(2);
      expect(statusText(el)).to.equal('Shift pressed twice. Press it once more to leave this page.');
      const { events, stop } = exitEvents(true);
      press('Shift');
      stop();
      await el.updateComplete;
      expect(events).to.have.length(1);
      expect(statusText(el)).to.equal('Loading.');
      expect(navigations).to.deep.equal([]);
    });

    it('needs all three within 5 seconds of the first', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      press('Shift');
      clock = 2000;
      press('Shift');
      clock = SHIFT_WINDOW_MS + 1;
      press('Shift');
      await el.updateComplete;
      expect(navigations).to.deep.equal([]);
      expect(statusText(el)).to.equal('Shift pressed once. Press it 2 more times to leave this page.');
      clock += 1000;
      press('Shift');
      clock += SHIFT_WINDOW_MS - 1000;
      press('Shift');
      expect(navigations).to.deep.equal([DEFAULT_EXIT_HREF]);
    });

    it('clears the count and the progress when the 5 seconds are up', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      const realSetTimeout = window.setTimeout;
      const timers: { delay: number; run: () => void }[] = [];
      window.setTimeout = ((run: () => void, delay: number) => {
        timers.push({ delay, run });
        return 0;
      }) as typeof window.setTimeout;
      try {
        press('Shift');
        clock = 1500;
        press('Shift');
      } finally {
        window.setTimeout = realSetTimeout;
      }
      expect(timers.map((t) => t.delay)).to.deep.equal([SHIFT_WINDOW_MS, SHIFT_WINDOW_MS - 1500]);
      timers[1]!.run();
      await el.updateComplete;
      expect(statusText(el)).to.equal('');
      expect(visible(indicator(el))).to.equal(false);
      press('Shift');
      await el.updateComplete;
      expect(statusText(el)).to.equal('Shift pressed once. Press it 2 more times to leave this page.');
    });

    it('ignores Shift typed in an input, a textarea, a select or an editable region', async () => {
      const wrapper = await fixture(html`<div>
        <label>Name <input id="input" /></label>
        <label>Message <textarea id="textarea"></textarea></label>
        <label>Choice <select id="select"><option>One</option></select></label>
        <div id="editable" contenteditable="true" aria-label="Notes"></div>
        <shg-quick-exit></shg-quick-exit>
      </div>`);
      const el = wrapper.querySelector('shg-quick-exit')!;
      await el.updateComplete;
      for (const id of ['input', 'textarea', 'select', 'editable']) {
        const field = wrapper.querySelector<HTMLElement>(`#${id}`)!;
        for (let i = 0; i < 3; i += 1) press('Shift', field);
        await el.updateComplete;
        expect(statusText(el), id).to.equal('');
      }
      expect(navigations).to.deep.equal([]);
    });

    it('still counts Shift on a focused checkbox or button, where nobody types', async () => {
      const wrapper = await fixture(html`<div><label><input type="checkbox" id="agree" /> Agree</label><shg-quick-exit></shg-quick-exit></div>`);
      const el = wrapper.querySelector('shg-quick-exit')!;
      await el.updateComplete;
      const { stop } = exitEvents(true);
      for (let i = 0; i < 3; i += 1) press('Shift', wrapper.querySelector('#agree')!);
      stop();
      expect(el.exiting).to.equal(true);
    });

    it('ignores real Shift presses while typing in a text field', async () => {
      const wrapper = await fixture(html`<div><label>Name <input id="name" /></label><shg-quick-exit></shg-quick-exit></div>`);
      const el = wrapper.querySelector('shg-quick-exit')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLInputElement>('#name')!.focus();
      for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
      await sendKeys({ type: 'Ann' });
      await el.updateComplete;
      expect(statusText(el)).to.equal('');
      expect(navigations).to.deep.equal([]);
    });

    it('ignores Shift in a field inside another shadow root (the first node of the composed path)', async () => {
      const holder = await fixture(html`<div></div>`);
      const shadow = holder.attachShadow({ mode: 'open' });
      const input = document.createElement('input');
      input.setAttribute('aria-label', 'Search');
      shadow.append(input);
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      for (let i = 0; i < 3; i += 1) press('Shift', input);
      await el.updateComplete;
      expect(statusText(el)).to.equal('');
      expect(navigations).to.deep.equal([]);
    });

    describe('a field inside a closed shadow root (a chat widget): from the document, only its host is seen', () => {
      /** A widget whose shadow root is closed, as some chat and search widgets are, with a text field inside. */
      class ClosedWidget extends HTMLElement {
        readonly field: HTMLInputElement;
        readonly button: HTMLButtonElement;
        constructor() {
          super();
          const shadow = this.attachShadow({ mode: 'closed' });
          this.field = document.createElement('input');
          this.field.setAttribute('aria-label', 'Message');
          this.button = document.createElement('button');
          this.button.textContent = 'Send';
          shadow.append(this.field, this.button);
        }
      }
      if (!customElements.get('test-closed-widget')) customElements.define('test-closed-widget', ClosedWidget);

      async function widgetAndExit(): Promise<{ widget: ClosedWidget; el: ShgQuickExit }> {
        const wrapper = await fixture(html`<div><test-closed-widget></test-closed-widget><shg-quick-exit></shg-quick-exit></div>`);
        const el = wrapper.querySelector('shg-quick-exit')!;
        await el.updateComplete;
        return { widget: wrapper.querySelector<ClosedWidget>('test-closed-widget')!, el };
      }

      it('ignores real Shift presses while typing in it', async () => {
        const { widget, el } = await widgetAndExit();
        widget.field.focus();
        for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
        await sendKeys({ type: 'Hi' });
        await el.updateComplete;
        expect(widget.field.value).to.equal('Hi');
        expect(statusText(el)).to.equal('');
        expect(navigations).to.deep.equal([]);
      });

      it('ignores Shift dispatched from the field (the document sees the host as the target)', async () => {
        const { widget, el } = await widgetAndExit();
        widget.field.focus();
        let seenTarget: EventTarget | undefined;
        const record = (event: Event) => (seenTarget = event.composedPath()[0]);
        document.addEventListener('keydown', record, true);
        for (let i = 0; i < 3; i += 1) press('Shift', widget.field);
        document.removeEventListener('keydown', record, true);
        await el.updateComplete;
        expect(seenTarget, 'what the document sees').to.equal(widget);
        expect(statusText(el)).to.equal('');
        expect(navigations).to.deep.equal([]);
      });

      it('still counts Shift once focus has left the widget', async () => {
        const { widget, el } = await widgetAndExit();
        widget.field.focus();
        widget.field.blur();
        const { stop } = exitEvents(true);
        for (let i = 0; i < 3; i += 1) press('Shift');
        stop();
        expect(el.exiting).to.equal(true);
      });
    });

    it('ignores Shift used for a capital letter (Shift+A), or to move back (Shift+Tab)', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      for (let i = 0; i < 3; i += 1) chord('A');
      for (let i = 0; i < 3; i += 1) chord('Tab');
      await el.updateComplete;
      expect(statusText(el)).to.equal('');
      expect(navigations).to.deep.equal([]);
    });

    it('ignores real Shift+A presses', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      const seen: string[] = [];
      const record = (event: KeyboardEvent) => seen.push(`${event.type} ${event.key}${event.shiftKey ? ' +shift' : ''}`);
      document.addEventListener('keydown', record);
      try {
        for (let i = 0; i < 3; i += 1) {
          if (webdriver) {
            // WebDriver has no separate down and up here; one key action holding the Shift code
            // point while "a" is pressed types a capital A.
            await sendKeys({ press: '\uE008a' });
          } else {
            await sendKeys({ down: 'Shift' });
            await sendKeys({ press: 'A' });
            await sendKeys({ up: 'Shift' });
          }
        }
      } finally {
        document.removeEventListener('keydown', record);
      }
      // The chord really reached the page: Shift, then a letter with Shift held.
      expect(seen.filter((e) => e === 'keydown Shift +shift')).to.have.length(3);
      expect(seen.filter((e) => /^keydown [aA] \+shift$/.test(e))).to.have.length(3);
      await el.updateComplete;
      expect(statusText(el)).to.equal('');
      expect(navigations).to.deep.equal([]);
      // A lone press straight after is heard, so the silence above is not deafness.
      await sendKeys({ press: 'Shift' });
      await el.updateComplete;
      expect(statusText(el)).to.equal('Shift pressed once. Press it 2 more times to leave this page.');
    });

    it('starts again when another key comes between presses', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      press('Shift');
      press('Shift');
      press('a');
      await el.updateComplete;
      expect(statusText(el)).to.equal('');
      press('Shift');
      await el.updateComplete;
      expect(navigations).to.deep.equal([]);
      expect(statusText(el)).to.equal('Shift pressed once. Press it 2 more times to leave this page.');
    });

    it('counts a held Shift once (key repeat), and not with Ctrl, Alt or Meta', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      const target = document.body;
      const options = { key: 'Shift', shiftKey: true, bubbles: true, composed: true };
      target.dispatchEvent(new KeyboardEvent('keydown', options));
      for (let i = 0; i < 5; i += 1) target.dispatchEvent(new KeyboardEvent('keydown', { ...options, repeat: true }));
      target.dispatchEvent(new KeyboardEvent('keyup', { ...options, shiftKey: false }));
      await el.updateComplete;
      expect(statusText(el)).to.equal('Shift pressed once. Press it 2 more times to leave this page.');
      el.reset();
      for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) {
        for (let i = 0; i < 3; i += 1) press('Shift', target, { [modifier]: true });
      }
      expect(navigations).to.deep.equal([]);
    });

    it('leaves once when a page has two quick-exit elements', async () => {
      const wrapper = await fixture(html`<div><shg-quick-exit></shg-quick-exit><shg-quick-exit></shg-quick-exit></div>`);
      const [first, second] = [...wrapper.querySelectorAll('shg-quick-exit')];
      await Promise.all([first!.updateComplete, second!.updateComplete]);
      const { events, stop } = exitEvents(false);
      for (let i = 0; i < 3; i += 1) press('Shift');
      stop();
      expect(events).to.have.length(1);
      expect(navigations).to.deep.equal([DEFAULT_EXIT_HREF]);
    });
  });

  describe('coming back', () => {
    it('clears the overlay and the count when the page is restored from the back/forward cache', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      button(el).click();
      expect(visible(overlay(el))).to.equal(true);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await el.updateComplete;
      expect(visible(overlay(el))).to.equal(false);
      expect(el.exiting).to.equal(false);
      expect(statusText(el)).to.equal('');
      if (supportsPopover) expect(overlay(el).matches(':popover-open')).to.equal(false);

      press('Shift');
      press('Shift');
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await el.updateComplete;
      expect(statusText(el)).to.equal('');
      expect(visible(indicator(el))).to.equal(false);
      // Works again afterwards.
      for (let i = 0; i < 3; i += 1) press('Shift');
      expect(navigations).to.deep.equal([DEFAULT_EXIT_HREF, DEFAULT_EXIT_HREF]);
    });

    it('leaves the overlay for an ordinary (not restored) pageshow', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      button(el).click();
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
      await el.updateComplete;
      expect(visible(overlay(el))).to.equal(true);
    });
  });

  describe('bad input: one clear console message, and the safe fallback', () => {
    for (const bad of ['http://www.bbc.co.uk/weather', 'javascript:alert(1)', 'data:text/html,hello', '/weather', '']) {
      it(`href "${bad}" falls back to the default and says why, once`, async () => {
        let el!: ShgQuickExit;
        const errors = await consoleErrors(async () => {
          el = await fixture<ShgQuickExit>(html`<shg-quick-exit href=${bad}></shg-quick-exit>`);
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(errors).to.deep.equal([`<shg-quick-exit>: href "${bad}" must be an absolute https: URL. Using ${DEFAULT_EXIT_HREF}.`]);
        expect(el.target).to.equal(DEFAULT_EXIT_HREF);
        button(el).click();
        expect(navigations).to.deep.equal([DEFAULT_EXIT_HREF]);
      });
    }

    it('href set to a URL object: taken as its address, with no message', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      const errors = await consoleErrors(async () => {
        (el as { href: unknown }).href = new URL('https://www.metoffice.gov.uk/weather');
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(el.target).to.equal('https://www.metoffice.gov.uk/weather');
      expect(root(el).querySelector('.fallback'), 'no render-error fallback').to.equal(null);
      button(el).click();
      expect(navigations).to.deep.equal(['https://www.metoffice.gov.uk/weather']);
    });

    for (const [what, value, shown] of [
      ['a number', 42, '42'],
      ['an object without a prototype', Object.create(null) as unknown, '[object]'],
      ['a symbol', Symbol('exit'), 'Symbol(exit)'],
    ] as const) {
      it(`href set to ${what}: the default, with the usual message, and the button still works`, async () => {
        const el = await render('<shg-quick-exit></shg-quick-exit>');
        const errors = await consoleErrors(async () => {
          (el as { href: unknown }).href = value;
          await el.updateComplete;
        });
        expect(errors).to.deep.equal([`<shg-quick-exit>: href "${shown}" must be an absolute https: URL. Using ${DEFAULT_EXIT_HREF}.`]);
        expect(el.target).to.equal(DEFAULT_EXIT_HREF);
        expect(root(el).querySelector('.fallback'), 'no render-error fallback').to.equal(null);
        button(el).click();
        expect(navigations).to.deep.equal([DEFAULT_EXIT_HREF]);
      });
    }

    it('takes a corrected href set later', async () => {
      let el!: ShgQuickExit;
      const errors = await consoleErrors(async () => (el = await render('<shg-quick-exit href="ftp://example.org"></shg-quick-exit>')));
      expect(errors).to.have.length(1);
      el.href = 'https://www.metoffice.gov.uk/';
      await el.updateComplete;
      expect(el.target).to.equal('https://www.metoffice.gov.uk/');
    });
  });

  describe('lifecycle', () => {
    it('removes its document and window listeners when disconnected', async () => {
      const added: string[] = [];
      const removed: string[] = [];
      const track = (target: EventTarget, name: string) => {
        const add = target.addEventListener;
        const remove = target.removeEventListener;
        target.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
          added.push(`${name}:${type}`);
          return (add as (...args: unknown[]) => void).call(this, type, ...rest);
        };
        target.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
          removed.push(`${name}:${type}`);
          return (remove as (...args: unknown[]) => void).call(this, type, ...rest);
        };
        return () => {
          delete (target as { addEventListener?: unknown }).addEventListener;
          delete (target as { removeEventListener?: unknown }).removeEventListener;
        };
      };
      const untrack = [track(document, 'document'), track(window, 'window')];
      let el!: ShgQuickExit;
      try {
        el = await render('<shg-quick-exit></shg-quick-exit>');
        el.remove();
      } finally {
        untrack.forEach((u) => u());
      }
      const ours = (list: string[]) => list.filter((e) => /^(document:key|window:pageshow)/.test(e)).sort();
      expect(ours(added)).to.deep.equal(['document:keydown', 'document:keyup', 'window:pageshow']);
      expect(ours(removed)).to.deep.equal(ours(added));

      // And behaves accordingly: no presses heard, no exit.
      const { events, stop } = exitEvents(false);
      for (let i = 0; i < 3; i += 1) press('Shift');
      stop();
      expect(events).to.have.length(0);
      expect(navigations).to.deep.equal([]);
    });

    it('listens again when reconnected', async () => {
      const el = await render('<shg-quick-exit></shg-quick-exit>');
      const parent = el.parentNode!;
      el.remove();
      parent.appendChild(el);
      for (let i = 0; i < 3; i += 1) press('Shift');
      expect(navigations).to.deep.equal([DEFAULT_EXIT_HREF]);
    });

    it('reflects sticky and sticks to the top', async () => {
      const el = await render(quickExitFixtures.find((f) => f.name === 'sticky')!.html);
      expect(el.sticky).to.equal(true);
      expect(getComputedStyle(el).position).to.equal('sticky');
      el.sticky = false;
      await el.updateComplete;
      expect(el.hasAttribute('sticky')).to.equal(false);
    });

    it('sticky is an opaque, readable strip, so the page scrolling under it never shows through; the host can restyle it', async () => {
      // A dark host page that does not declare `color-scheme`: its light text must not land on a light strip.
      const wrapper = await fixture(html`<div style="color: rgb(238, 238, 238); background: rgb(17, 17, 17)">
        <shg-quick-exit sticky></shg-quick-exit>
        <shg-quick-exit sticky style="background: rgb(1, 2, 3); color: rgb(250, 250, 250)"></shg-quick-exit>
        <shg-quick-exit></shg-quick-exit>
      </div>`);
      const [stuck, restyled, plain] = [...wrapper.querySelectorAll('shg-quick-exit')];
      await Promise.all([stuck, restyled, plain].map((el) => el!.updateComplete));
      const style = getComputedStyle(stuck!);
      expect(alpha(style.backgroundColor), style.backgroundColor).to.equal(1);
      expect(contrast(style.color, style.backgroundColor), `${style.color} on ${style.backgroundColor}`).to.be.at.least(4.5);
      expect(getComputedStyle(restyled!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(restyled!).color).to.equal('rgb(250, 250, 250)');
      // Not sticky: nothing painted behind it, the host page shows as it is.
      expect(alpha(getComputedStyle(plain!).backgroundColor)).to.equal(0);
    });
  });
});
