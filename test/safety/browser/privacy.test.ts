/**
 * Nothing about the reader leaves the page or stays behind. A host page (pages/privacy.html) loads
 * dist/embed.js with all six elements; pages/privacy-probe.js, which runs first, wraps every API
 * that can send (fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource, workers, WebRTC, image
 * src, link pings, window.open, service workers, geolocation) or store (Storage, document.cookie,
 * IndexedDB, Cache Storage, cookieStore) and snapshots storage. The test then uses every part of
 * every element, quick exit included (its navigation recorded, not followed), and proves:
 *  - the only requests are the bundle and its chunks (plus the Welsh chunk on a Welsh page), all
 *    from the page's own origin (Resource Timing);
 *  - no call to any wrapped API;
 *  - cookies, localStorage, sessionStorage, IndexedDB and Cache Storage are as they were.
 */
import { expect } from '@open-wc/testing';
import { note } from '../../helpers/notes.js';

type Win = Window & typeof globalThis & {
  __shgPrivacy: { calls: { api: string; detail: string; stack: string }[]; before: unknown; beforeStores: Promise<unknown> };
  __shgStorageSnapshot(): unknown;
  __shgStoreNames(): Promise<unknown>;
};
type Updatable = HTMLElement & { updateComplete: Promise<unknown> };
type QuickExitClass = CustomElementConstructor & { navigate(href: string): void };
type ActionPlanClass = CustomElementConstructor & { save(fileName: string, text: string, root: ParentNode): void };

const TAGS = ['shg-quick-exit', 'shg-help-panel', 'shg-expectations', 'shg-guidance', 'shg-statement', 'shg-action-plan', 'shg-self-assessment'];
const PROBE = '/test/safety/browser/pages/privacy-probe.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = performance.now() + 8000;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function loadPage(src: string): Promise<{ iframe: HTMLIFrameElement; win: Win; doc: Document }> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1000px';
  iframe.style.height = '800px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = src;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Win;
  const doc = iframe.contentDocument!;
  for (const tag of TAGS) await win.customElements.whenDefined(tag);
  for (const tag of TAGS) await (doc.querySelector(tag) as Updatable).updateComplete;
  // A Welsh page holds each first render (briefly) until the Welsh has loaded.
  await until(() => TAGS.every((tag) => doc.querySelector(tag)!.shadowRoot!.querySelector('[part~="base"]') !== null), 'every element to render');
  const panel = doc.querySelector('shg-help-panel')!;
  await until(() => panel.shadowRoot!.querySelector('.route.local') !== null, 'the local services');
  const plan = doc.querySelector('shg-action-plan')!;
  await until(() => plan.shadowRoot!.querySelector('.action') !== null, 'the action plan');
  return { iframe, win, doc };
}

const roots = (doc: Document) => TAGS.map((tag) => doc.querySelector(tag)!.shadowRoot!);

/** Every interaction a reader (or a host changing attributes) can make. Returns what was done, to prove it was. */
interface Done {
  exits: number;
  planUses: number;
  disclosures: number;
  searches: number;
  deepLinks: number;
  links: number;
  attributeChanges: number;
  prints: number;
  /** Self-assessment: ratings and text typed, files saved, opened and compared, reports printed (none of it opted into storage). */
  assessment: number;
}

async function useEverything(win: Win, doc: Document): Promise<Done> {
  const done: Done = { exits: 0, planUses: 0, disclosures: 0, searches: 0, deepLinks: 0, links: 0, attributeChanges: 0, prints: 0, assessment: 0 };

  // Quick exit, by the button and by Shift three times: navigation is recorded, not followed.
  const QuickExit = win.customElements.get('shg-quick-exit') as QuickExitClass;
  const navigations: string[] = [];
  QuickExit.navigate = (href: string) => void navigations.push(href);
  const exit = doc.querySelector('shg-quick-exit') as Updatable & { reset(): void };
  exit.shadowRoot!.querySelector('button')!.click();
  exit.reset();
  for (let i = 0; i < 3; i += 1) {
    doc.body.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Shift', shiftKey: true, bubbles: true, composed: true }));
    doc.body.dispatchEvent(new win.KeyboardEvent('keyup', { key: 'Shift', bubbles: true, composed: true }));
  }
  exit.reset();
  expect(navigations).to.deep.equal(['https://www.bbc.co.uk/weather', 'https://www.bbc.co.uk/weather']);
  done.exits = navigations.length;

  // Open every disclosure (sections, sources, "How quick exit works"), outer ones first.
  for (let pass = 0; pass < 3; pass += 1) {
    for (const root of roots(doc)) {
      for (const details of root.querySelectorAll('details:not([open])')) {
        details.querySelector('summary')!.click();
        done.disclosures += 1;
      }
    }
    await frame();
  }

  // Search the statement, including a search with no results, then clear it.
  const statement = doc.querySelector('shg-statement') as Updatable;
  const box = statement.shadowRoot!.querySelector('input')!;
  for (const words of ['safe prescribing', 'carer', 'xyzzy', '']) {
    box.value = words;
    box.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
    await statement.updateComplete;
    done.searches += 1;
  }

  // Deep links: an item's own link, and an address typed in.
  statement.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="#iqs."]')!.click();
  win.location.hash = '#iqs.outcome.7';
  await frame();
  done.deepLinks = 2;

  // Every call, text, email and web link: clicked, with only the browser's own navigation stopped
  // (the element's handlers, if it had any, still run).
  const stopLeaving = (event: Event) => {
    const anchor = event.composedPath()[0];
    if (anchor instanceof win.HTMLAnchorElement && !anchor.getAttribute('href')!.startsWith('#')) event.preventDefault();
  };
  win.addEventListener('click', stopLeaving, true);
  for (const root of roots(doc)) {
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]:not([href^="#"])')) {
      a.click();
      done.links += 1;
    }
  }
  win.removeEventListener('click', stopLeaving, true);

  // The action plan: both filters, a link between actions, and the CSV built (its download is
  // recorded, not made: a real one would save a file, which is the reader's own choice).
  const plan = doc.querySelector('shg-action-plan') as Updatable;
  const saved: string[] = [];
  (win.customElements.get('shg-action-plan') as ActionPlanClass).save = (fileName) => void saved.push(fileName);
  const selects = [...plan.shadowRoot!.querySelectorAll('select')];
  for (const [select, value] of [[selects[0]!, 'awaiting'], [selects[1]!, 'adults'], [selects[0]!, ''], [selects[1]!, '']] as const) {
    select.value = value;
    select.dispatchEvent(new win.Event('change', { bubbles: true }));
    await plan.updateComplete;
    done.planUses += 1;
  }
  plan.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="#action-1.1.2"]')!.click();
  [...plan.shadowRoot!.querySelectorAll('button')].find((b) => /CSV/.test(b.textContent!))!.click();
  expect(saved).to.deep.equal(['example-town-action-plan.csv']);
  done.planUses += 2;

  // The self-assessment, used without "keep on this device": rate, type, save (JSON and CSV), open,
  // compare, print. Downloads and the print dialog are recorded, not made (a download would leave
  // a file on the test machine; nothing is sent either way).
  type Assessor = Updatable & { openFile(file: File): Promise<unknown>; compareWith(file: File): Promise<unknown>; printReport(): Promise<void> };
  const SelfAssessment = win.customElements.get('shg-self-assessment') as CustomElementConstructor & { download(file: { text: string }): void; print(): void };
  const assessmentFiles: string[] = [];
  SelfAssessment.download = (file) => void assessmentFiles.push(file.text);
  SelfAssessment.print = () => void (done.assessment += 1);
  const assessor = doc.querySelector('shg-self-assessment') as Assessor;
  const form = assessor.shadowRoot!;
  form.querySelector<HTMLInputElement>('input[type="radio"][value="met"]')!.click();
  const evidence = form.querySelector('textarea')!;
  evidence.value = 'Typed evidence';
  evidence.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
  await assessor.updateComplete;
  for (const action of ['save', 'csv']) form.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!.click();
  await assessor.openFile(new win.File([assessmentFiles[0]!], 'saved.json'));
  await assessor.compareWith(new win.File([assessmentFiles[0]!], 'saved.json'));
  await assessor.printReport();
  done.assessment += assessmentFiles.length + 2;

  // Printing opens and restores sections.
  win.dispatchEvent(new win.Event('beforeprint'));
  win.dispatchEvent(new win.Event('afterprint'));
  done.prints = 1;

  // A host changing attributes, and taking elements out and back in.
  const panel = doc.querySelector('shg-help-panel') as Updatable;
  for (const [el, name, values] of [
    [panel, 'nation', ['england', 'scotland', 'northern-ireland', 'wales']],
    [panel, 'age', ['child', 'young-person', 'adult']],
    [doc.querySelector('shg-guidance'), 'setting', ['housing-homelessness', 'primary-care']],
    [doc.querySelector('shg-guidance'), 'audience', ['person', 'service-lead']],
    [doc.querySelector('shg-expectations'), 'audience', ['person']],
    [statement, 'expanded', ['']],
    [plan, 'status-filter', ['complete', 'idea']],
    [plan, 'heading-level', ['3']],
  ] as [Updatable, string, string[]][]) {
    for (const value of values) {
      el.setAttribute(name, value);
      await el.updateComplete;
      done.attributeChanges += 1;
    }
  }
  const main = doc.querySelector('main')!;
  const children = [...main.children];
  for (const child of children) child.remove();
  main.append(...children);
  await frame();

  // Let anything deferred (a timer, an idle callback, a beacon on hide) have its chance.
  doc.dispatchEvent(new win.Event('visibilitychange'));
  win.dispatchEvent(new win.Event('pagehide'));
  await new Promise((resolve) => setTimeout(resolve, 300));
  return done;
}

function requestedPaths(win: Win): { path: string; sameOrigin: boolean }[] {
  return win.performance.getEntriesByType('resource').map((entry) => {
    const url = new URL(entry.name);
    return { path: url.pathname, sameOrigin: url.origin === location.origin };
  });
}

for (const language of ['en', 'cy'] as const) {
  describe(`privacy: every element and every interaction on a${language === 'cy' ? ' Welsh' : 'n English'} page`, function () {
    this.timeout(30_000);
    let win: Win;
    let iframe: HTMLIFrameElement;
    let done: Done;

    before(async () => {
      ({ iframe, win } = await loadPage(`/test/safety/browser/pages/privacy.html${language === 'cy' ? '?lang=cy' : ''}`));
      done = await useEverything(win, iframe.contentDocument!);
    });

    after(() => iframe.remove());

    it('used every kind of interaction', () => {
      expect(done.exits).to.equal(2);
      expect(done.planUses).to.equal(6);
      expect(done.disclosures).to.be.greaterThan(20);
      expect(done.searches).to.equal(4);
      expect(done.links).to.be.greaterThan(10);
      expect(done.attributeChanges).to.be.greaterThan(10);
      expect(done.assessment, 'saved twice, opened, compared, printed').to.equal(5);
      if (language === 'cy') expect(iframe.contentDocument!.querySelector('shg-help-panel')!.shadowRoot!.textContent).to.contain('Mynnwch help nawr');
    });

    it('requests nothing but the bundle and its chunks, all from the page’s own origin', () => {
      const requests = requestedPaths(win).filter((r) => r.path !== PROBE);
      note(`privacy (${language}): ${requests.length} requests: ${requests.map((r) => r.path).sort().join(', ')}`);
      for (const r of requests) {
        expect(r.sameOrigin, r.path).to.equal(true);
        expect(r.path, 'only the bundle and its chunks').to.match(/^\/dist\/(embed\.js|embed-chunks\/[\w-]+\.js)$/);
      }
      const chunks = requests.map((r) => r.path).filter((p) => p.startsWith('/dist/embed-chunks/'));
      expect(requests.map((r) => r.path)).to.include('/dist/embed.js');
      // The validator loads because the page adds local services; Welsh loads only on a Welsh page.
      expect(chunks.some((p) => /\/local-services-/.test(p))).to.equal(true);
      expect(chunks.some((p) => /\/cy-/.test(p)), 'a Welsh chunk').to.equal(language === 'cy');
    });

    it('calls no network API: fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource, workers, WebRTC, images, pings, window.open', () => {
      const network = win.__shgPrivacy.calls.filter((c) => !/^(Storage|document\.cookie|indexedDB|caches|cookieStore)/.test(c.api));
      expect(network.map((c) => `${c.api}(${c.detail})`)).to.deep.equal([]);
    });

    it('writes no cookie, localStorage, sessionStorage, IndexedDB or Cache Storage, and leaves them as they were', async () => {
      const storage = win.__shgPrivacy.calls.filter((c) => /^(Storage|document\.cookie|indexedDB|caches|cookieStore)/.test(c.api));
      expect(storage.map((c) => `${c.api}(${c.detail})`)).to.deep.equal([]);
      expect(win.__shgStorageSnapshot()).to.deep.equal(win.__shgPrivacy.before);
      expect(await win.__shgStoreNames()).to.deep.equal(await win.__shgPrivacy.beforeStores);
    });
  });
}

describe('privacy harness check: the probe sees what it is for', function () {
  this.timeout(30_000);

  it('records a request, a beacon and each kind of storage write, and the snapshot sees a direct write', async () => {
    const { iframe, win } = await loadPage('/test/safety/browser/pages/privacy.html');
    const calls = () => win.__shgPrivacy.calls.map((c) => c.api);
    try {
      await win.fetch('/dist/embed.js', { method: 'HEAD' });
      // The wrapper records before the browser refuses a data: beacon: recorded, and nothing sent.
      try {
        win.navigator.sendBeacon('data:,x', 'x');
      } catch {
        // refused, as intended
      }
      win.localStorage.setItem('shg-harness', '1');
      win.sessionStorage.setItem('shg-harness', '1');
      win.document.cookie = 'shg-harness=1; path=/test/safety/browser/pages/';
      win.indexedDB.open('shg-harness').onsuccess = (e) => (e.target as IDBOpenDBRequest).result.close();
      const img = new win.Image();
      img.src = '/dist/static.css';
      expect(calls()).to.include.members(['fetch', 'sendBeacon', 'Storage.setItem', 'document.cookie', 'indexedDB.open', 'Image', 'img.src']);
      // A write that no wrapper sees (a property set directly) still shows in the snapshot.
      win.localStorage['shg-direct'] = '1';
      expect(win.__shgStorageSnapshot()).to.not.deep.equal(win.__shgPrivacy.before);
      await until(() => requestedPaths(win).some((r) => r.path === '/dist/static.css'), 'the image request in Resource Timing');
    } finally {
      win.localStorage.removeItem('shg-harness');
      win.localStorage.removeItem('shg-direct');
      win.sessionStorage.removeItem('shg-harness');
      win.document.cookie = 'shg-harness=; path=/test/safety/browser/pages/; max-age=0';
      win.indexedDB.deleteDatabase('shg-harness');
      iframe.remove();
    }
  });
});
