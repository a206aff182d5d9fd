// dist/embed.js holds the help panel and quick exit; the other elements load from embed-chunks/
// when the page first uses their tag. These tests load the built file into this test page.
import { expect } from '@open-wc/testing';
import { probeFrame } from '../helpers/probe-frame.js';

interface Embed {
  discover(root: ParentNode): void;
}

/** How many times a window has fetched the chunk of the statement's three elements. */
const statementChunkFetches = (win: Window = window) =>
  win.performance.getEntriesByType('resource').filter((entry) => /\/dist\/embed-chunks\/statement-elements-/.test(new URL(entry.name).pathname)).length;

/** Every chunk a window has fetched, by name (its hash left off): `action-plan-element`, `zod`… */
const chunksFetched = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => /^\/dist\/embed-chunks\/(.+)-[\w-]{8}\.js$/.exec(new URL(entry.name).pathname)?.[1])
    .filter((name): name is string => name !== undefined);

async function definedWithin(tag: string, ms = 10_000, win: Window = window): Promise<void> {
  await Promise.race([
    win.customElements.whenDefined(tag),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`<${tag}> was not defined within ${ms} ms`)), ms)),
  ]);
}

async function renderedLinks(element: Element): Promise<string[]> {
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return [...element.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
}

/** Loads a page in an iframe and waits for its scripts to run. */
async function frame(src: string): Promise<Window> {
  const iframe = document.createElement('iframe');
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = src;
  document.body.append(iframe);
  await loaded;
  return iframe.contentWindow!;
}

describe('dist/embed.js: elements load on first use', function () {
  this.timeout(30_000);

  describe('in this window', () => {
    let embed: Embed;
    const shadowHost = document.createElement('div');

    before(async () => {
      // On the page before the script runs: a help panel, and an element inside another
      // component's shadow root, which the embed cannot see for itself.
      document.body.append(document.createElement('shg-help-panel'));
      shadowHost.attachShadow({ mode: 'open' }).innerHTML = '<shg-expectations audience="person"></shg-expectations>';
      document.body.append(shadowHost);
      const url = '/dist/embed.js';
      embed = (await import(url)) as Embed;
    });

    it('defines the help panel and quick exit at once, from embed.js alone', async () => {
      expect(customElements.get('shg-help-panel')).to.exist;
      expect(customElements.get('shg-quick-exit')).to.exist;
      expect(await renderedLinks(document.querySelector('shg-help-panel')!)).to.include('tel:999');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(customElements.get('shg-expectations'), 'unseen in a shadow root').to.equal(undefined);
      expect(statementChunkFetches()).to.equal(0);
    });

    it('loads an element inside a shadow root when given the root with discover()', async () => {
      embed.discover(shadowHost.shadowRoot!);
      await definedWithin('shg-expectations');
      expect(await renderedLinks(shadowHost.shadowRoot!.querySelector('shg-expectations')!)).to.include('tel:999');
      expect(statementChunkFetches()).to.equal(1);
    });

    it('defines all three statement elements with that one chunk', async () => {
      expect(customElements.get('shg-guidance')).to.exist;
      expect(customElements.get('shg-statement')).to.exist;
      const guidance = document.createElement('shg-guidance');
      document.body.append(guidance);
      expect(await renderedLinks(guidance)).to.include('tel:999');
      expect(statementChunkFetches()).to.equal(1);
    });
  });

  it('loads the statement elements when one is added to the page later', async () => {
    const win = await frame('/test/pages/autoload/help-panel-only.html');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(win.customElements.get('shg-help-panel')).to.exist;
    expect(statementChunkFetches(win), 'nothing before the tag is used').to.equal(0);
    const statement = win.document.createElement('shg-statement');
    win.document.querySelector('main')!.append(statement);
    await definedWithin('shg-statement', 10_000, win);
    expect(await renderedLinks(statement)).to.include('tel:999');
    expect(statementChunkFetches(win)).to.equal(1);
  });

  it('fetches no chunk on a page with only the help panel and quick exit, which embed.js holds', async () => {
    const win = await frame('/test/pages/autoload/help-panel-only.html');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await renderedLinks(win.document.querySelector('shg-help-panel')!)).to.include('tel:999');
    const exit = win.document.querySelector('shg-quick-exit') as HTMLElement & { updateComplete: Promise<unknown> };
    await exit.updateComplete;
    expect(exit.shadowRoot!.querySelector('button'), 'the quick exit button').to.exist;
    expect(chunksFetched(win)).to.deep.equal([]);
    expect(win.customElements.get('shg-action-plan'), 'not loaded before its tag is used').to.equal(undefined);
    expect(win.customElements.get('shg-self-assessment'), 'not loaded before its tag is used').to.equal(undefined);
  });

  it('upgrades an action plan added after the page loaded, fetching its own chunks and no other tool’s', async () => {
    const win = await frame('/test/pages/autoload/help-panel-only.html');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const doc = win.document;
    const plan = doc.createElement('shg-action-plan');
    const data = doc.createElement('script');
    data.type = 'application/json';
    data.textContent = JSON.stringify({
      title: 'Example Town self-harm action plan',
      area: 'Example Town',
      priorityAreas: [{ id: '1', title: 'Early support', outcomes: [{ id: '1.1', text: 'People find support early', actions: [{ id: '1.1.1', text: 'Publish a guide to local support', status: { state: 'underway' }, ageGroup: 'both' }] }] }],
    });
    plan.append(data);
    const ready = new Promise((resolve, reject) => {
      plan.addEventListener('shg-plan-ready', resolve, { once: true });
      setTimeout(() => reject(new Error('no shg-plan-ready within 10 s')), 10_000);
    });
    doc.querySelector('main')!.append(plan);
    await definedWithin('shg-action-plan', 10_000, win);
    await ready;
    expect([...plan.shadowRoot!.querySelectorAll('.action')].map((action) => action.id)).to.deep.equal(['action-1.1.1']);
    expect(await renderedLinks(plan)).to.include('tel:999');
    const chunks = chunksFetched(win);
    expect(chunks).to.include.members(['action-plan-element', 'action-plan-parser']);
    expect(chunks.filter((name) => ['self-assessment', 'statement-elements', 'local-services'].includes(name)), 'other elements’ chunks').to.deep.equal([]);
    expect(win.customElements.get('shg-self-assessment')).to.equal(undefined);
  });

  it('upgrades a self-assessment added after the page loaded, fetching its chunk and not the action plan’s', async () => {
    const win = await frame('/test/pages/autoload/help-panel-only.html');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const form = win.document.createElement('shg-self-assessment');
    form.setAttribute('framework', 'policy');
    win.document.querySelector('main')!.append(form);
    await definedWithin('shg-self-assessment', 10_000, win);
    expect(await renderedLinks(form)).to.include('tel:999');
    expect(form.shadowRoot!.querySelectorAll('input[type="radio"][value="met"]').length, 'the form’s criteria').to.be.greaterThan(5);
    const chunks = chunksFetched(win);
    expect(chunks).to.include('self-assessment');
    expect(chunks.filter((name) => ['action-plan-element', 'action-plan-parser', 'statement-elements', 'local-services'].includes(name)), 'other elements’ chunks').to.deep.equal([]);
  });

  it('shows the routes to help, with one console message, where embed-chunks/ is missing', async () => {
    const report = await probeFrame<{ consoleErrors: string[]; guidanceLinks: string[]; guidanceHeading: string | null; panelLinks: number }>(
      '/test/pages/chunks-missing/index.html',
    );
    expect(report.guidanceLinks).to.include.members(['tel:999 999', 'tel:111 111', 'tel:116123 116 123']);
    expect(report.guidanceHeading, 'heading-level is kept').to.equal('Get help now');
    expect(report.panelLinks, 'the help panel is in embed.js itself').to.be.greaterThan(10);
    const messages = report.consoleErrors.filter((text) => text.includes('<shg-guidance>'));
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('embed-chunks/');
  });

  it('where embed-chunks/ is missing, the self-assessment and the action plan each show the route to help, with one console message each', async () => {
    interface Tool { tag: string; real: boolean; links: string[]; helpHeading: string | null; helpLines: string[] }
    const report = await probeFrame<{ consoleErrors: string[]; errors: string[]; elements: Tool[] }>('/test/pages/chunks-missing/tools.html');
    expect(report.errors, 'nothing thrown, no unhandled rejection').to.deep.equal([]);
    expect(report.elements.map((e) => e.tag)).to.deep.equal(['shg-self-assessment', 'shg-action-plan']);
    for (const tool of report.elements) {
      expect(tool.real, `${tool.tag}: the stand-in, not the tool`).to.equal(false);
      expect(tool.links, tool.tag).to.include.members(['tel:999 999', 'tel:116123 116 123']);
      expect(tool.helpHeading, `${tool.tag}: its heading`).to.equal('Get help now');
      expect(tool.helpLines.find((line) => line.includes('999')), tool.tag).to.match(/^If a life is at risk now: .*999/);
      expect(tool.helpLines.find((line) => line.includes('116 123')), `${tool.tag}: a free line open day and night`).to.contain('Free. Open 24 hours, every day.');
      const messages = report.consoleErrors.filter((text) => text.includes(`<${tool.tag}>`));
      expect(messages, tool.tag).to.have.length(1);
      expect(messages[0]).to.contain('embed-chunks/');
    }
    expect(report.consoleErrors, 'one message per tag, nothing else').to.have.length(2);
  });

  it('where only the action plan’s checker cannot load, the plan says so, keeps its route to help, and the console has one message', async () => {
    const report = await probeFrame<{ consoleErrors: string[]; errors: string[]; ready: number; error: string | null; checking: boolean; hrefs: string[] }>(
      '/test/pages/parser-missing/index.html',
    );
    expect(report.ready, 'shg-plan-ready').to.equal(1);
    expect(report.errors, 'no unhandled rejection').to.deep.equal([]);
    expect(report.checking, 'not stuck at "Checking the plan…"').to.equal(false);
    expect(report.error).to.contain('This action plan cannot be shown').and.to.contain('embed-chunks/');
    expect(report.hrefs).to.include.members(['tel:999', 'tel:116123']);
    expect(report.consoleErrors).to.have.length(1);
    expect(report.consoleErrors[0]).to.match(/^<shg-action-plan>: did not show the plan, because its plan checker could not load from embed-chunks\/ /);
  });

  it('where embed-chunks/ is missing, local services give one console message and shg-local-services-ready still fires', async () => {
    const report = await probeFrame<{ consoleErrors: string[]; errors: string[]; ready: number; hrefs: string[] }>('/test/pages/chunks-missing/local-services.html');
    expect(report.ready, 'shg-local-services-ready').to.equal(1);
    expect(report.errors, 'no unhandled rejection').to.deep.equal([]);
    expect(report.consoleErrors).to.have.length(1);
    expect(report.consoleErrors[0]).to.match(/^<shg-help-panel>: could not load the local services' code from embed-chunks\/ \(.+\), so only the national routes show\. Serve that folder beside embed\.js\.$/);
    expect(report.hrefs).to.include.members(['tel:999', 'tel:116123']);
    expect(report.hrefs).to.not.include('tel:01632960000');
  });
});
