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

async function definedWithin(tag: string, ms = 10_000): Promise<void> {
  await Promise.race([
    customElements.whenDefined(tag),
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
    await Promise.race([win.customElements.whenDefined('shg-statement'), new Promise((_, reject) => setTimeout(() => reject(new Error('not defined')), 10_000))]);
    expect(await renderedLinks(statement)).to.include('tel:999');
    expect(statementChunkFetches(win)).to.equal(1);
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
