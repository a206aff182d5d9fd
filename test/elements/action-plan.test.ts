import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/action-plan/define.js';
import { ShgActionPlan } from '../../src/elements/action-plan/action-plan.js';
import example from '../../content/en/examples/gloucestershire-action-plan.json';
import { ACTION_STATUSES, AGE_FILTERS, matchesFilter, type ActionPlan, type ActionState, type AgeFilter } from '../../src/core/index.js';
import { actionPlanFixtures } from '../fixtures/action-plan.fixtures.js';
import { generatedPlan, hostilePlans, smallPlan } from '../fixtures/action-plans.js';
import { expectAccessibleEverywhere } from '../helpers/a11y.js';
import { consoleErrors } from '../helpers/console.js';
import { INJECTION_FLAG } from '../helpers/fuzz.js';

const root = (el: ShgActionPlan) => el.shadowRoot!;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const all = (el: ShgActionPlan, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const action = (el: ShgActionPlan, id: string) => root(el).getElementById(`action-${id}`)!;
/** A fact of an action ("Status", "Age group", "Links"), as read. */
const fact = (el: ShgActionPlan, id: string, term: string) =>
  squash([...action(el, id).querySelectorAll('.facts > div')].find((d) => squash(d.querySelector('dt')!.textContent) === term)?.querySelector('dd')?.textContent);
/** Actions a reader can see: rendered, not hidden by a filter's style, and in no hidden outcome or area. */
const visibleActions = (el: ShgActionPlan) =>
  all(el, '.action')
    .filter((a) => !a.closest('[hidden]') && getComputedStyle(a).display !== 'none')
    .map((a) => a.id.replace(/^action-/, ''));
const count = (el: ShgActionPlan) => squash(root(el).querySelector('[part~="count"]')!.textContent);

const holders: HTMLElement[] = [];
afterEach(() => {
  for (const holder of holders.splice(0)) holder.remove();
});

/**
 * Renders `markup` with, optionally, a plan set by property or written into its script block, and
 * waits until the plan has been checked. The listener is attached before the element is in the
 * page, so the event cannot come first.
 */
async function render(markup: string, options: { plan?: unknown; json?: string } = {}): Promise<ShgActionPlan> {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const el = template.content.firstElementChild as ShgActionPlan;
  if (options.json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = options.json;
    el.append(script);
  }
  const ready = oneEvent(el, 'shg-plan-ready');
  const holder = document.createElement('div');
  holders.push(holder);
  document.body.append(holder);
  holder.append(el);
  if (options.plan !== undefined) el.plan = options.plan;
  await ready;
  await el.updateComplete;
  return el;
}
const gloucestershire = () => render('<shg-action-plan></shg-action-plan>', { plan: structuredClone(example) });

async function choose(el: ShgActionPlan, index: number, value: string): Promise<void> {
  const select = all(el, 'select')[index] as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<shg-action-plan>', () => {
  describe('accessibility', () => {
    for (const { name, html: markup } of actionPlanFixtures) {
      it(`${name}: has no axe violations at 1280px and 320px, with forced colours, reduced motion and dark scheme`, async function () {
        this.timeout(60_000);
        const el = await render(markup);
        await expectAccessibleEverywhere(el, () => el.updateComplete);
      });
    }

    it('the Gloucestershire plan, with the coverage and every source open: no axe violations', async function () {
      this.timeout(60_000);
      const el = await gloucestershire();
      const coverage = root(el).querySelector<HTMLDetailsElement>('details.coverage')!;
      const toggled = oneEvent(coverage, 'toggle');
      for (const details of all(el, 'details')) (details as HTMLDetailsElement).open = true;
      await toggled;
      await el.updateComplete;
      expect(coverage.querySelector('.coverage-body'), 'the coverage, rendered as it opened').to.exist;
      await expectAccessibleEverywhere(el, () => el.updateComplete);
    });

    it('names the plan by its title, priority areas and outcomes at the levels below, and labels both filters', async () => {
      const el = await render('<shg-action-plan heading-level="3"></shg-action-plan>', { plan: structuredClone(example) });
      const heading = root(el).getElementById('heading')!;
      expect(heading.tagName).to.equal('H3');
      expect(squash(heading.textContent)).to.equal('Preventing Self-Harm Action Plan');
      expect(heading.querySelector('[lang="en"]')).to.not.equal(null);
      expect(all(el, '.area > h4').map((h) => squash(h.textContent))).to.deep.equal([
        '1. Primary prevention and early intervention - a more robust and consistent approach',
        '2. Improve access to care within the community and in primary and secondary care',
        '3. Improve the quality of treatment and care within the community and in primary and secondary care',
        '4. Helping people to recover and stay well, without further self-harm',
        '5. Developing knowledge, understanding and skills within the Gloucestershire workforce and wider community',
      ]);
      expect(all(el, '.outcome > h5').length).to.equal(9);
      const [status, age] = all(el, 'select') as HTMLSelectElement[];
      expect(squash(status!.labels[0]!.textContent)).to.match(/^Status/);
      expect(squash(age!.labels[0]!.textContent)).to.match(/^Age group/);
      expect(status!.closest('[role="group"]')!.getAttribute('aria-labelledby')).to.equal('filters-label');
      expect(root(el).querySelector('[part~="count"]')!.getAttribute('role')).to.equal('status');
      // The route to help is there, and never inside a closed section.
      const help = root(el).querySelector('[part~="help"]')!;
      expect(help.closest('details')).to.equal(null);
      expect(help.querySelector('a[href="tel:999"]')).to.not.equal(null);
    });
  });

  describe('documentation', () => {
    it('documents in custom-elements.json every part it renders: a plan, a refusal and no plan', async () => {
      // Generated by the build; the static renderer cannot render this element, so the Node check of parts skips it.
      const manifest = (await (await fetch('/custom-elements.json')).json()) as {
        modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[];
      };
      const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'shg-action-plan')!;
      const documented = new Set((declaration.cssParts ?? []).map((p) => p.name));
      const shown = await gloucestershire();
      for (const details of all(shown, 'details')) (details as HTMLDetailsElement).open = true;
      const refused = await render('<shg-action-plan></shg-action-plan>', { plan: { title: 1 } });
      const rendered = new Set<string>();
      for (const el of [shown, refused]) for (const node of all(el, '[part]')) for (const part of node.getAttribute('part')!.split(/\s+/)) rendered.add(part);
      expect([...rendered].filter((part) => !documented.has(part))).to.deep.equal([]);
      expect(rendered.size).to.be.greaterThan(15);
    });
  });

  describe('the Gloucestershire plan', () => {
    it('renders 32 actions in 9 outcomes in 5 priority areas', async () => {
      const el = await gloucestershire();
      expect(all(el, '.area').length).to.equal(5);
      expect(all(el, '.outcome').map((o) => o.id)).to.deep.equal(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '4.1', '5.1'].map((id) => `outcome-${id}`));
      expect(all(el, '.action').length).to.equal(32);
      expect(visibleActions(el).length).to.equal(32);
      expect(count(el)).to.equal('Showing all 32 actions.');
    });

    it('shows each status in words, with an icon of its own, and the plan’s own words where they say more', async () => {
      const el = await gloucestershire();
      expect(fact(el, '1.1.1', 'Status')).to.equal('Initial meeting');
      expect(fact(el, '1.3.1', 'Status')).to.equal('Complete');
      expect(fact(el, '4.1.1', 'Status')).to.equal('Idea');
      expect(fact(el, '2.3.2', 'Status')).to.equal('Awaiting Awaiting result of 2.3.1');
      expect(squash(action(el, '2.3.2').querySelector('q.status-note')!.textContent)).to.equal('Awaiting result of 2.3.1');
      expect(squash(action(el, '3.1.6').querySelector('q.status-note')!.textContent)).to.equal('Awaiting imminent MIU pathway publication');
      // Never colour alone: every status has its words, and the five icons differ in shape.
      const shapes = new Set(all(el, '.status svg').map((svg) => svg.innerHTML));
      expect(shapes.size).to.equal(5);
      for (const svg of all(el, '.status svg')) expect(svg.getAttribute('aria-hidden')).to.equal('true');
    });

    it('says 3.1.6 has no age group, because the plan gives none, and names the others in full', async () => {
      const el = await gloucestershire();
      expect(fact(el, '3.1.6', 'Age group')).to.equal('Not given in the plan');
      expect(fact(el, '1.1.1', 'Age group')).to.equal('Children and young people');
      expect(fact(el, '2.1.1', 'Age group')).to.equal('Adults');
      expect(fact(el, '2.1.2', 'Age group')).to.equal('Children, young people and adults');
    });

    it('reports the missing "3.1.7" link once, and shows it as plain text beside a real link to 5.1.1', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      let el: ShgActionPlan;
      try {
        el = await gloucestershire();
      } finally {
        console.warn = original;
      }
      expect(warnings).to.deep.equal(['<shg-action-plan>: action 5.1.4 links to action 3.1.7, which is not in this plan. Those links are shown as plain text.']);
      const links = action(el, '5.1.4').querySelector('.link-targets')!;
      expect(squash(links.querySelector('.missing')!.textContent)).to.equal('Action 3.1.7 (not in this plan)');
      expect(links.querySelector('.missing a')).to.equal(null);
      expect([...links.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#action-5.1.1']);
      expect(squash(root(el).querySelector('[part~="warnings"]')!.textContent)).to.contain('action 5.1.4 links to action 3.1.7');
    });

    it('shows the QS34 citations as 2013 wording, and the mapping as an editorial judgement', async () => {
      const el = await gloucestershire();
      expect(fact(el, '2.2.2', 'NICE QS34')).to.equal('Statements 2, 3, 4, 5 (2013 wording, since replaced)');
      expect(fact(el, '4.1.3', 'NICE QS34')).to.equal('Statement 8 (2013 wording, since replaced)');
      expect(squash(root(el).querySelector('#outcome-2\\.1 .cites')!.textContent)).to.equal('Cites NICE QS34: Statements 6, 7 (2013 wording, since replaced)');
      expect(fact(el, '1.2.1', 'Serves in the statement')).to.equal('Outcome 8, Safe 4, Safe 5 (an editorial judgement, not the plan’s own)');
    });
  });

  describe('filters', () => {
    it('filters by status and by age group, together, and says how many show', async () => {
      const el = await gloucestershire();
      await choose(el, 0, 'awaiting');
      expect(visibleActions(el)).to.deep.equal(['2.3.2', '3.1.6']);
      expect(count(el)).to.equal('Showing 2 of 32 actions.');
      expect(el.statusFilter).to.equal('awaiting');
      // Outcomes and priority areas with nothing to show are hidden too.
      expect(all(el, '.outcome').filter((o) => !o.closest('[hidden]')).map((o) => o.id)).to.deep.equal(['outcome-2.3', 'outcome-3.1']);
      await choose(el, 1, 'not-stated');
      expect(visibleActions(el)).to.deep.equal(['3.1.6']);
      await choose(el, 0, '');
      await choose(el, 1, 'adults');
      expect(visibleActions(el)).to.include.members(['2.1.1', '2.1.2', '2.3.2']);
      expect(visibleActions(el)).to.not.include('1.1.1');
      await choose(el, 1, '');
      expect(visibleActions(el).length).to.equal(32);
    });

    it('shows, for every status and every age filter, exactly the actions the core’s matchesFilter keeps', async () => {
      const el = await gloucestershire();
      const plan = example as unknown as ActionPlan;
      const actions = plan.priorityAreas.flatMap((a) => a.outcomes.flatMap((o) => o.actions));
      for (const status of ['', ...ACTION_STATUSES]) {
        for (const age of ['', ...AGE_FILTERS]) {
          await choose(el, 0, status);
          await choose(el, 1, age);
          const filter = { status: (status || undefined) as ActionState | undefined, age: (age || undefined) as AgeFilter | undefined };
          expect(visibleActions(el), `${status}/${age}`).to.deep.equal(actions.filter((a) => matchesFilter(a, filter)).map((a) => a.id));
        }
      }
    });

    it('starts filtered from attributes, and reports an unknown filter once, showing everything', async () => {
      const el = await render('<shg-action-plan status-filter="complete"></shg-action-plan>', { plan: structuredClone(example) });
      expect(visibleActions(el)).to.deep.equal(['1.3.1']);
      expect((all(el, 'select')[0] as HTMLSelectElement).value).to.equal('complete');
      const errors = await consoleErrors(async () => {
        el.setAttribute('status-filter', 'started');
        await el.updateComplete;
      });
      expect(errors).to.deep.equal(['<shg-action-plan>: status-filter "started" is not a status. Use one of: idea, initial-meeting, underway, awaiting, complete. Showing every status.']);
      expect(visibleActions(el).length).to.equal(32);
    });
  });

  describe('links, keyboard, print and CSV', () => {
    it('follows a link to another action with the keyboard: focus lands on it, and a filter hiding it is cleared', async () => {
      const el = await gloucestershire();
      await choose(el, 1, 'adults');
      const link = action(el, '2.3.2').querySelector<HTMLAnchorElement>('a[href="#action-2.3.1"]')!;
      expect(squash(link.closest('li')!.textContent)).to.equal('Waits for Action 2.3.1');
      link.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(root(el).activeElement).to.equal(action(el, '2.3.1'));
      expect(el.ageFilter).to.equal(undefined);
      expect(visibleActions(el).length).to.equal(32);
    });

    it('links an action to an outcome of the plan, and the coverage to the actions', async () => {
      const el = await gloucestershire();
      const outcomeLink = action(el, '2.1.2').querySelector<HTMLAnchorElement>('a[href="#outcome-5.1"]')!;
      outcomeLink.click();
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(root(el).getElementById('outcome-5.1'));
      const coverage = root(el).querySelector<HTMLDetailsElement>('details.coverage')!;
      expect(coverage.querySelector('.coverage-body'), 'rendered only once opened').to.equal(null);
      const toggled = oneEvent(coverage, 'toggle');
      coverage.querySelector('summary')!.click();
      await toggled;
      await el.updateComplete;
      expect(coverage.open).to.equal(true);
      const text = squash(coverage.textContent);
      expect(text).to.contain('Outcomes no action addresses: 5 of 12.');
      expect(text).to.contain('Domains with no commitment addressed: Efficient.');
      expect(text).to.contain('Themes with no commitment addressed: Information.');
      expect(text).to.contain('32 of 32 actions are mapped to the statement.');
      expect(text).to.contain('editorial judgement');
      coverage.querySelector<HTMLAnchorElement>('a[href="#action-1.1.2"]')!.click();
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(action(el, '1.1.2'));
    });

    it('reaches the filters, the buttons and the links by Tab', async () => {
      const el = await gloucestershire();
      const focusable = all(el, 'select, button, a[href], summary');
      expect(focusable.length).to.be.greaterThan(40);
      for (const node of focusable) expect(node.tabIndex, node.outerHTML.slice(0, 60)).to.equal(0);
      (all(el, 'select')[0] as HTMLSelectElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(all(el, 'select')[1]);
      await sendKeys({ press: 'Tab' });
      expect(squash(root(el).activeElement!.textContent)).to.equal('Print the plan');
      await sendKeys({ press: 'Tab' });
      expect(squash(root(el).activeElement!.textContent)).to.equal('Download as CSV (spreadsheet)');
    });

    it('prints with the coverage open, and puts the reader’s own choice back after', async () => {
      const el = await gloucestershire();
      const original = window.print;
      let printed = 0;
      window.print = () => {
        printed += 1;
        window.dispatchEvent(new Event('beforeprint'));
        expect(root(el).querySelector<HTMLDetailsElement>('details.coverage')!.open).to.equal(true);
        expect(squash(root(el).querySelector('details.coverage')!.textContent), 'the coverage itself, not only its heading').to.contain('32 of 32 actions are mapped to the statement.');
        window.dispatchEvent(new Event('afterprint'));
      };
      try {
        all(el, 'button').find((b) => squash(b.textContent) === 'Print the plan')!.click();
      } finally {
        window.print = original;
      }
      expect(printed).to.equal(1);
      expect(root(el).querySelector<HTMLDetailsElement>('details.coverage')!.open).to.equal(false);
    });

    it('downloads the whole plan as CSV, built in the page, one row per action', async () => {
      const el = await gloucestershire();
      const saved: { fileName: string; text: string }[] = [];
      const original = ShgActionPlan.save;
      ShgActionPlan.save = (fileName, text) => void saved.push({ fileName, text });
      try {
        await choose(el, 0, 'complete');
        all(el, 'button').find((b) => squash(b.textContent).startsWith('Download'))!.click();
      } finally {
        ShgActionPlan.save = original;
      }
      expect(saved.length).to.equal(1);
      expect(saved[0]!.fileName).to.equal('gloucestershire-action-plan.csv');
      const lines = saved[0]!.text.slice(1).trimEnd().split('\r\n');
      expect(lines.length).to.equal(33);
      expect(lines[0]).to.equal('Priority area,Outcome,Action,What will be done,Status,Age group,Links,Lead,Due,NICE QS34,Serves in the statement');
      expect(lines.find((l) => l.includes(',3.1.6,'))).to.contain(',Awaiting imminent MIU pathway publication,Not given in the plan,Links with 2.2.2,');
    });

    it('builds a real download from a blob in the page, without a request', async () => {
      const clicked: string[] = [];
      const onClick = (event: Event) => {
        const anchor = event.composedPath()[0] as HTMLAnchorElement;
        clicked.push(`${anchor.download} ${anchor.href.slice(0, 5)}`);
        event.preventDefault();
      };
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' });
      document.body.append(host);
      host.shadowRoot!.addEventListener('click', onClick);
      try {
        ShgActionPlan.save('plan.csv', 'a,b\r\n', host.shadowRoot!);
      } finally {
        host.remove();
      }
      expect(clicked).to.deep.equal(['plan.csv blob:']);
      expect(host.shadowRoot!.querySelector('a')).to.equal(null);
    });
  });

  describe('Welsh', () => {
    it('shows every interface word in Welsh and keeps the plan’s English marked as English', async function () {
      this.timeout(20_000);
      const el = await render('<shg-action-plan lang="cy"></shg-action-plan>', { plan: structuredClone(example) });
      await waitUntil(() => squash(root(el).querySelector('[part~="help-heading"]')?.textContent) === 'Mynnwch help nawr', 'the Welsh to load', { timeout: 15_000 });
      expect(squash(root(el).querySelector('[part~="help-heading"]')!.textContent)).to.equal('Mynnwch help nawr');
      expect(count(el)).to.not.contain('Showing');
      expect(fact(el, '2.3.2', 'Statws')).to.match(/^Yn aros Awaiting result of 2\.3\.1$/);
      expect(action(el, '2.3.2').querySelector('q.status-note')!.getAttribute('lang')).to.equal('en');
      expect(root(el).querySelector('.action-text [lang="en"]')).to.not.equal(null);
      const saved: string[] = [];
      const original = ShgActionPlan.save;
      ShgActionPlan.save = (_name, text) => void saved.push(text);
      try {
        all(el, 'button')[all(el, 'button').length - 1]!.click();
      } finally {
        ShgActionPlan.save = original;
      }
      expect(saved[0]!.split('\r\n')[0]).to.not.contain('Priority area');
    });
  });

  describe('large plans', () => {
    it('renders a 2,000-action plan in slices until every action is there, and filters it', async function () {
      this.timeout(30_000);
      const el = await render('<shg-action-plan></shg-action-plan>', { plan: generatedPlan(2000) });
      expect(all(el, '.action').length).to.be.lessThan(2000);
      const deadline = performance.now() + 20_000;
      while (all(el, '.action').length < 2000 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(all(el, '.action').length).to.equal(2000);
      await choose(el, 0, 'complete');
      expect(visibleActions(el).length).to.equal(400);
      expect(count(el)).to.equal('Showing 400 of 2000 actions.');
    });
  });

  describe('bad plans', () => {
    for (const { name, input, message } of hostilePlans()) {
      it(`${name}: one clear message, nothing of the plan shown, the routes to help kept`, async function () {
        this.timeout(20_000);
        let el: ShgActionPlan | undefined;
        const errors = await consoleErrors(async () => {
          el = await render('<shg-action-plan></shg-action-plan>', typeof input === 'string' ? { json: input } : { plan: input });
        });
        try {
          expect(errors.length, errors.join('\n')).to.equal(1);
          expect(errors[0]).to.match(/^<shg-action-plan>: did not show the plan, because /);
          expect(errors[0]!.replace(/^<shg-action-plan>: did not show the plan, because /, '')).to.match(message);
          expect(all(el!, '.area, .outcome, .action, .coverage, select, button').length).to.equal(0);
          expect(squash(root(el!).querySelector('[part~="error"]')!.textContent)).to.contain('This action plan cannot be shown');
          expect(root(el!).querySelector('[part~="help"] a[href="tel:999"]')).to.not.equal(null);
          expect(root(el!).querySelector('[part~="help"] a[href="tel:116123"]')).to.not.equal(null);
          expect(root(el!).querySelector('img, script, iframe, svg, object, embed, style:not(:first-child)')).to.equal(null);
          expect((window as unknown as Record<string, unknown>)[INJECTION_FLAG]).to.equal(undefined);
        } finally {
          el?.remove();
        }
      });
    }

    it('shows a plan set after a bad one, and forgets the bad one', async () => {
      const el = await render('<shg-action-plan></shg-action-plan>', { plan: { title: 1 } });
      expect(root(el).querySelector('[part~="error"]')).to.not.equal(null);
      const ready = oneEvent(el, 'shg-plan-ready');
      el.plan = smallPlan();
      await ready;
      expect(root(el).querySelector('[part~="error"]')).to.equal(null);
      expect(all(el, '.action').length).to.equal(4);
    });

    it('says once that it has no plan when given none', async () => {
      const errors = await consoleErrors(async () => {
        const el = await fixture<ShgActionPlan>('<shg-action-plan></shg-action-plan>');
        await el.updateComplete;
        expect(squash(root(el).querySelector('[part~="count"]')!.textContent)).to.equal('No action plan has been given.');
      });
      expect(errors).to.deep.equal(['<shg-action-plan>: has no plan: set its plan property, or put the plan’s JSON in a child <script type="application/json">.']);
    });
  });
});
