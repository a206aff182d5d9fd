import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/help-panel/define.js';
// The landmark test puts a guidance element beside the panels.
import '../../src/elements/guidance/define.js';
import type { ShgHelpPanel } from '../../src/elements/help-panel/help-panel.js';
import { EXAMPLE_LOCAL_SERVICES, helpPanelFixtures } from '../fixtures/help-panel.fixtures.js';
import { expectAccessibleEverywhere } from '../helpers/a11y.js';
import { parseFactsTable, vouchedNumbers } from '../helpers/facts-table.js';
import { consoleErrors } from '../helpers/console.js';

const NATIONS = ['wales', 'england', 'scotland', 'northern-ireland'] as const;
const AGES = [undefined, 'child', 'young-person', 'adult'] as const;

async function render(markup: string): Promise<ShgHelpPanel> {
  const el = await fixture<ShgHelpPanel>(markup);
  await el.updateComplete;
  return el;
}

const root = (el: ShgHelpPanel) => el.shadowRoot!;
const links = (el: ShgHelpPanel) => [...root(el).querySelectorAll('a')];
const digits = (s: string) => s.replace(/[^0-9]/g, '');
const text = (el: ShgHelpPanel) => root(el).textContent!.replace(/\s+/g, ' ');


describe('<shg-help-panel>', () => {
  describe('accessibility', () => {
    for (const { name, html: markup } of helpPanelFixtures) {
      it(`${name}: has no axe violations at 1280px and 320px, with forced colours, reduced motion and dark scheme`, async () => {
        const el = await render(markup);
        if (name === 'with-local-services') await oneEvent(el, 'shg-local-services-ready');
        const run = await expectAccessibleEverywhere(el, () => el.updateComplete);
        expect(run.conditions.length).to.be.greaterThanOrEqual(2);
      });
    }

    it('names the panel by its heading, and each tier by its heading with its urgency in words', async () => {
      const el = await render('<shg-help-panel></shg-help-panel>');
      const panel = root(el).querySelector('section[part~="base"]')!;
      expect(panel.getAttribute('aria-labelledby')).to.equal('heading');
      expect(root(el).getElementById('heading')!.tagName).to.equal('H2');
      expect(root(el).getElementById('heading')!.textContent!.trim()).to.equal('Get help now');
      const tiers = [...root(el).querySelectorAll<HTMLElement>('section.tier')];
      expect(tiers.map((t) => t.dataset.urgency)).to.deep.equal(['emergency', 'urgent', 'talk-now', 'information']);
      const headings = tiers.map((t) => root(el).getElementById(t.getAttribute('aria-labelledby')!)!);
      expect(headings.map((h) => h.tagName)).to.deep.equal(['H3', 'H3', 'H3', 'H3']);
      expect(headings.map((h) => h.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'If a life is at risk now',
        'Urgent help, when it is not an emergency',
        'Talk to someone now',
        'More support',
      ]);
      // Every word of the urgency is on screen: a static snippet stripped of its styles reads the same.
      expect(root(el).querySelector('section.tier .visually-hidden')).to.equal(null);
    });

    describe('landmarks: no two on a page share a name', () => {
      /** Every landmark the elements under `wrapper` make (a section with a name and no other role), by name. */
      function landmarkNames(wrapper: Element): string[] {
        return [...wrapper.querySelectorAll('*')]
          .filter((el) => el.shadowRoot)
          .flatMap((el) => [...el.shadowRoot!.querySelectorAll('section')])
          .filter((section) => (section.hasAttribute('aria-labelledby') || section.hasAttribute('aria-label')) && (section.getAttribute('role') ?? 'region') === 'region')
          .map((section) => section.getAttribute('aria-label') ?? (section.getRootNode() as ShadowRoot).getElementById(section.getAttribute('aria-labelledby')!)!.textContent!.trim());
      }

      it('the guidance’s route to help, two help panels and a labelled one: one landmark each name', async () => {
        const wrapper = await fixture(`<div>
          <shg-guidance setting="emergency-department" audience="person"></shg-guidance>
          <shg-help-panel></shg-help-panel>
          <shg-help-panel nation="england"></shg-help-panel>
          <shg-help-panel label="Get help in Cardiff"></shg-help-panel>
        </div>`);
        for (const el of wrapper.querySelectorAll<ShgHelpPanel>('shg-guidance, shg-help-panel')) await el.updateComplete;
        const names = landmarkNames(wrapper);
        expect(names.filter((name) => name === 'Get help now'), names.join(' | ')).to.have.length(1);
        expect(names).to.include('Get help in Cardiff');
        expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
        // The second unlabelled panel and the guidance's route are named groups, found by their headings.
        const second = wrapper.querySelectorAll<ShgHelpPanel>('shg-help-panel')[1]!;
        expect(root(second).querySelector('section[part~="base"]')!.getAttribute('role')).to.equal('group');
        const guidanceRoute = wrapper.querySelector('shg-guidance')!.shadowRoot!.querySelector('section.help-route')!;
        expect(guidanceRoute.getAttribute('role')).to.equal('group');
        await expect(wrapper).to.be.accessible();
      });

      it('a panel the host labels is a landmark by that label, its heading unchanged', async () => {
        const el = await render('<shg-help-panel label="Get help in Cardiff"></shg-help-panel>');
        const base = root(el).querySelector('section[part~="base"]')!;
        expect(base.getAttribute('aria-label')).to.equal('Get help in Cardiff');
        expect(base.hasAttribute('aria-labelledby')).to.equal(false);
        expect(base.hasAttribute('role')).to.equal(false);
        expect(root(el).getElementById('heading')!.textContent!.trim()).to.equal('Get help now');
      });
    });

    it('starts at the heading level the host asks for', async () => {
      const el = await render('<shg-help-panel heading-level="4"></shg-help-panel>');
      expect(root(el).getElementById('heading')!.tagName).to.equal('H4');
      expect(root(el).getElementById('tier-emergency')!.tagName).to.equal('H5');
    });

    it('reaches every link by keyboard, in reading order', async () => {
      const el = await render('<shg-help-panel></shg-help-panel>');
      const all = links(el);
      expect(all.length).to.be.greaterThan(5);
      for (const link of all) {
        expect(link.tabIndex).to.equal(0);
        expect(link.getAttribute('href')).to.match(/^(tel:|sms:|mailto:|https:)/);
      }
      all[0]!.focus();
      expect(root(el).activeElement).to.equal(all[0]);
      expect(all[0]!.getAttribute('href')).to.equal('tel:999');
    });
  });

  describe('routes', () => {
    it('shows Wales by default: 999, 111 press 2, Samaritans free and 24/7', async () => {
      const el = await render('<shg-help-panel></shg-help-panel>');
      expect(el.nation).to.equal('wales');
      expect(el.getAttribute('nation')).to.equal('wales');
      expect(text(el)).to.contain('Call 111 and press 2');
      const samaritans = root(el).querySelector('[data-channel="samaritans-phone"]')!;
      expect(samaritans.querySelector('a')!.getAttribute('href')).to.equal('tel:116123');
      expect(samaritans.textContent).to.contain('Free.');
      expect(samaritans.textContent).to.contain('Open 24 hours, every day.');
    });

    it('links "111" inside "Call 111 and press 2"', async () => {
      const el = await render('<shg-help-panel></shg-help-panel>');
      const item = root(el).querySelector('[data-channel="nhs-111-wales-phone"]')!;
      const link = item.querySelector('a')!;
      expect(link.textContent).to.equal('111');
      expect(link.getAttribute('href')).to.equal('tel:111');
      expect(item.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Call 111 and press 2/);
    });

    it('never says "press 2" outside Wales', async () => {
      for (const nation of ['england', 'scotland', 'northern-ireland']) {
        const el = await render(`<shg-help-panel nation="${nation}"></shg-help-panel>`);
        expect(text(el)).not.to.match(/press 2/i);
      }
      const england = await render('<shg-help-panel nation="england"></shg-help-panel>');
      expect(text(england)).to.contain('Call 111 and select the mental health option');
    });

    it('shows young people Childline, Papyrus, Meic (Wales) and Shout; adults no Childline or Meic', async () => {
      const young = text(await render('<shg-help-panel nation="wales" age="young-person"></shg-help-panel>'));
      for (const name of ['Childline', 'Papyrus HOPELINE247', 'Meic', 'Shout']) expect(young).to.contain(name);
      const adult = text(await render('<shg-help-panel nation="wales" age="adult"></shg-help-panel>'));
      expect(adult).not.to.contain('Childline');
      expect(adult).not.to.contain('Meic');
    });

    it('offers the accessible routes to 999: textphone, emergencySMS and BSL', async () => {
      const el = await render('<shg-help-panel nation="scotland"></shg-help-panel>');
      const hrefs = links(el).map((a) => a.getAttribute('href'));
      expect(hrefs).to.include.members(['tel:18000', 'sms:999?body=register', 'https://999bsl.co.uk']);
      expect(text(el)).to.contain('This only works after you have registered.');
    });

    it('renders every number from the facts table, dialling exactly what it shows, for every nation and age', async () => {
      const facts = await (await fetch('/content/facts/crisis-contacts.md')).text();
      const vouched = vouchedNumbers(parseFactsTable(facts));
      expect(vouched.size).to.be.greaterThan(10);
      let checked = 0;
      for (const nation of NATIONS) {
        for (const age of AGES) {
          const el = await render(`<shg-help-panel nation="${nation}" ${age ? `age="${age}"` : ''}></shg-help-panel>`);
          const dialled = links(el).filter((a) => /^(tel|sms):/.test(a.getAttribute('href')!));
          const hrefs = dialled.map((a) => a.getAttribute('href')!);
          expect(hrefs, `${nation}/${age}`).to.include('tel:999');
          expect(hrefs, `${nation}/${age}`).to.include('tel:116123');
          for (const a of dialled) {
            const number = digits(a.getAttribute('href')!.split('?')[0]!);
            expect(digits(a.textContent!), `shown vs dialled in ${nation}/${age}`).to.equal(number);
            expect(vouched.has(number), `${number} (${nation}/${age}) is not vouched for by the facts table`).to.equal(true);
            checked += 1;
          }
        }
      }
      expect(checked).to.be.greaterThan(100);
    });

    it('never renders the conflicting Papyrus text numbers or the unverified Shout keyword', async () => {
      const el = await render('<shg-help-panel age="young-person"></shg-help-panel>');
      expect(text(el)).not.to.contain('07860');
      expect(text(el)).not.to.contain('07786');
      expect(text(el)).not.to.contain('YM');
    });

    it('re-renders when the nation changes', async () => {
      const el = await render('<shg-help-panel></shg-help-panel>');
      el.nation = 'northern-ireland';
      await el.updateComplete;
      expect(text(el)).to.contain('Lifeline');
      expect(text(el)).not.to.contain('press 2');
    });
  });

  describe('local services from the host', () => {
    it('renders valid services from a child JSON block, marked as added by the site', async () => {
      const el = await render(helpPanelFixtures.find((f) => f.name === 'with-local-services')!.html);
      await oneEvent(el, 'shg-local-services-ready');
      const local = root(el).querySelector('.route.local')!;
      expect(local.closest('section.tier')!.getAttribute('data-urgency')).to.equal('talk-now');
      expect(local.textContent).to.contain(EXAMPLE_LOCAL_SERVICES[0].name);
      expect(local.textContent).to.contain('Added by this website, not checked by us.');
      expect([...local.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:01632960000', 'https://example.org/crisis-cafe']);
    });

    it('takes services from the localServices property too', async () => {
      const el = await render('<shg-help-panel></shg-help-panel>');
      el.localServices = [{ name: 'Example drop-in', channels: [{ type: 'email', value: 'dropin@example.org' }] }];
      await oneEvent(el, 'shg-local-services-ready');
      const local = root(el).querySelector('.route.local')!;
      expect(local.closest('section.tier')!.getAttribute('data-urgency')).to.equal('information');
      expect(local.querySelector('a')!.getAttribute('href')).to.equal('mailto:dropin@example.org');
    });
  });

  describe('local services that change or arrive after connect', () => {
    const service = (name: string) => [{ name, urgency: 'talk-now', channels: [{ type: 'phone', value: '01632 960 001' }] }];
    const localNames = (el: ShgHelpPanel) => [...root(el).querySelectorAll('.route.local .name')].map((n) => n.textContent);
    /** Lets any read still in flight finish (a dropped one must not land late). */
    const settle = async (el: ShgHelpPanel) => {
      for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
      await el.updateComplete;
    };
    const block = (json: unknown) => `<script type="application/json">${JSON.stringify(json)}</script>`;

    it('set twice: the latest list shows, whatever order the checks finish in', async () => {
      const el = await render('<shg-help-panel></shg-help-panel>');
      el.localServices = service('First');
      await el.updateComplete;
      el.localServices = service('Second');
      await oneEvent(el, 'shg-local-services-ready');
      await settle(el);
      expect(localNames(el)).to.deep.equal(['Second']);
    });

    it('set to undefined: the list is cleared, with no console message', async () => {
      const el = await render('<shg-help-panel></shg-help-panel>');
      el.localServices = service('Gone soon');
      await oneEvent(el, 'shg-local-services-ready');
      const errors = await consoleErrors(async () => {
        el.localServices = undefined;
        await settle(el);
      });
      expect(localNames(el)).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });

    it('set to null: the list is cleared, with no "Invalid input" or other console message', async () => {
      const el = await render('<shg-help-panel></shg-help-panel>');
      el.localServices = service('Gone soon');
      await oneEvent(el, 'shg-local-services-ready');
      const errors = await consoleErrors(async () => {
        el.localServices = null;
        await oneEvent(el, 'shg-local-services-ready');
        await settle(el);
      });
      expect(localNames(el)).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });

    it('unset after being set: the JSON block inside the panel applies again', async () => {
      const el = await render(`<shg-help-panel>${block(service('From the block'))}</shg-help-panel>`);
      await oneEvent(el, 'shg-local-services-ready');
      el.localServices = service('From the property');
      await oneEvent(el, 'shg-local-services-ready');
      expect(localNames(el)).to.deep.equal(['From the property']);
      el.localServices = undefined;
      await oneEvent(el, 'shg-local-services-ready');
      expect(localNames(el)).to.deep.equal(['From the block']);
    });

    it('a JSON block appended after the panel connected is read', async () => {
      const el = await render('<shg-help-panel></shg-help-panel>');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(service('Arrived late'));
      el.append(script);
      await oneEvent(el, 'shg-local-services-ready');
      expect(localNames(el)).to.deep.equal(['Arrived late']);
    });

    it('a JSON block whose text changes is read again', async () => {
      const el = await render(`<shg-help-panel>${block(service('Before'))}</shg-help-panel>`);
      await oneEvent(el, 'shg-local-services-ready');
      el.querySelector('script')!.textContent = JSON.stringify(service('After'));
      await oneEvent(el, 'shg-local-services-ready');
      expect(localNames(el)).to.deep.equal(['After']);
    });

    const misplaced: readonly (readonly [string, string, string])[] = [
      ['application/ld+json inside the panel', `<shg-help-panel><script type="application/ld+json">${JSON.stringify(service('X'))}</script></shg-help-panel>`, 'a <script type="application/ld+json"> inside it is not read: local services go in a <script type="application/json">.'],
      ['a block nested in a div inside the panel', `<shg-help-panel><div>${block(service('X'))}</div></shg-help-panel>`, 'a <script type="application/json"> nested inside another element is not read: put it directly inside <shg-help-panel>.'],
      ['a block beside the panel', `<div><shg-help-panel></shg-help-panel>${block(service('X'))}</div>`, 'a <script type="application/json"> beside it is not read: put it inside <shg-help-panel>.'],
    ];
    for (const [where, markup, message] of misplaced) {
      it(`${where}: one console message saying where the block must go`, async () => {
        let el!: ShgHelpPanel;
        const errors = await consoleErrors(async () => {
          const wrapper = await fixture<HTMLElement>(markup);
          el = wrapper.localName === 'shg-help-panel' ? (wrapper as ShgHelpPanel) : wrapper.querySelector('shg-help-panel')!;
          await settle(el);
        });
        expect(errors).to.deep.equal([`<shg-help-panel>: ${message}`]);
        expect(localNames(el)).to.deep.equal([]);
      });
    }
  });

  describe('bad input: one clear console message, and the safe fallback', () => {
    it('an unknown nation shows the Wales routes and says why, once', async () => {
      let el!: ShgHelpPanel;
      const errors = await consoleErrors(async () => {
        el = await render('<shg-help-panel nation="france"></shg-help-panel>');
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.equal('<shg-help-panel>: nation "france" is not known. Use one of: wales, england, scotland, northern-ireland. Showing the routes for wales.');
      expect(text(el)).to.contain('Call 111 and press 2');
      expect(links(el).map((a) => a.getAttribute('href'))).to.include.members(['tel:999', 'tel:116123']);
    });

    it('an unknown age shows routes for every age', async () => {
      let el!: ShgHelpPanel;
      const errors = await consoleErrors(async () => (el = await render('<shg-help-panel age="elderly"></shg-help-panel>')));
      expect(errors).to.deep.equal(['<shg-help-panel>: age "elderly" is not known. Use one of: child, young-person, adult. Showing routes for every age.']);
      expect(text(el)).to.contain('Childline');
    });

    it('a bad heading-level falls back to 2', async () => {
      let el!: ShgHelpPanel;
      const errors = await consoleErrors(async () => (el = await render('<shg-help-panel heading-level="9"></shg-help-panel>')));
      expect(errors).to.deep.equal(['<shg-help-panel>: heading-level "9" must be a whole number from 2 to 6. Using 2.']);
      expect(root(el).getElementById('heading')!.tagName).to.equal('H2');
    });

    it('JSON it cannot read is ignored, the national routes stay', async () => {
      let el!: ShgHelpPanel;
      const errors = await consoleErrors(async () => {
        el = await render('<shg-help-panel><script type="application/json">[{ "name": </script></shg-help-panel>');
        await oneEvent(el, 'shg-local-services-ready');
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^<shg-help-panel>: ignored the local services because the JSON could not be read \(.+\)\. The national routes are still shown\.$/);
      expect(root(el).querySelector('.route.local')).to.equal(null);
      expect(links(el).map((a) => a.getAttribute('href'))).to.include.members(['tel:999', 'tel:116123']);
    });

    it('a javascript: or data: link is never rendered, and the message names where it was', async () => {
      for (const value of ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', ' javascript:alert(1)']) {
        let el!: ShgHelpPanel;
        const errors = await consoleErrors(async () => {
          el = await fixture<ShgHelpPanel>(html`<shg-help-panel .localServices=${[{ name: 'Trap', channels: [{ type: 'web', value }] }]}></shg-help-panel>`);
          await oneEvent(el, 'shg-local-services-ready');
        });
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain('[0].channels[0].value: web links must start with https://');
        for (const a of links(el)) expect(a.getAttribute('href')).to.match(/^(tel:|sms:|mailto:|https:)/);
        expect(text(el)).not.to.contain('Trap');
      }
    });

    it('markup in host data is shown as text, never interpreted', async () => {
      const el = await fixture<ShgHelpPanel>(
        html`<shg-help-panel .localServices=${[{ name: '<img src=x onerror=alert(1)>', channels: [{ type: 'phone', value: '01632 960 001' }] }]}></shg-help-panel>`,
      );
      await oneEvent(el, 'shg-local-services-ready');
      expect(root(el).querySelector('img')).to.equal(null);
      expect(text(el)).to.contain('<img src=x onerror=alert(1)>');
    });

    it('a service claiming the emergency tier is refused', async () => {
      let el!: ShgHelpPanel;
      const errors = await consoleErrors(async () => {
        el = await fixture<ShgHelpPanel>(html`<shg-help-panel .localServices=${[{ name: 'Not 999', urgency: 'emergency', channels: [{ type: 'phone', value: '01632 960 002' }] }]}></shg-help-panel>`);
        await oneEvent(el, 'shg-local-services-ready');
      });
      expect(errors[0]).to.contain('[0].urgency');
      expect(text(el)).not.to.contain('Not 999');
    });
  });
});
