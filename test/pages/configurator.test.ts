/**
 * demo/configurator.html: options change the live preview (the real elements from dist/embed.js),
 * and the snippet it writes works when pasted into a blank page: the script tag with its integrity
 * hash (pointed at this build instead of the CDN), and the static HTML with and without the script.
 * Needs `npm run build` (dist/ and demo/configurator-data.json).
 *
 * The test server recompiles every .js it serves (esbuild, for the TypeScript tests), so the bytes
 * of /dist/embed.js here are not the built file's: the pasted page gets the hash of what this
 * server sends. test/package/configurator-data.test.ts holds the snippet's hash to the built file.
 */
import { expect } from '@open-wc/testing';

interface ConfiguratorData {
  readonly cdn: string;
  readonly version: string;
  readonly files: Record<string, { integrity: string }>;
}

type Rendered = HTMLElement & { updateComplete?: Promise<unknown> };

async function until<T>(probe: () => T | undefined | null | false, what: string, timeout = 8000): Promise<T> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function frame(setup: (iframe: HTMLIFrameElement) => void): Promise<HTMLIFrameElement> {
  return new Promise((resolve, reject) => {
    const iframe = document.createElement('iframe');
    iframe.style.width = '1000px';
    iframe.style.height = '900px';
    iframe.onload = () => resolve(iframe);
    iframe.onerror = reject;
    setup(iframe);
    document.body.append(iframe);
  });
}

const hrefs = (root: ParentNode | null | undefined) => [...(root?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
const shadowText = (element: Element | null | undefined) => (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('demo configurator', function () {
  this.timeout(40_000);
  let doc: Document;
  let data: ConfiguratorData;
  const frames: HTMLIFrameElement[] = [];

  const preview = () => doc.querySelector('#preview')!.firstElementChild as Rendered | null;
  const snippet = () => doc.querySelector<HTMLTextAreaElement>('#snippet')!;
  const choose = (id: string, value: string) => {
    const select = until(() => doc.querySelector<HTMLSelectElement>(`#${id}`), `#${id}`);
    return select.then((el) => {
      expect([...el.options].map((o) => o.value), `#${id} offers ${value}`).to.include(value);
      el.value = value;
      el.dispatchEvent(new Event('change'));
    });
  };
  const format = async (value: 'script' | 'static') => {
    const radio = doc.querySelector<HTMLInputElement>(`input[name="format"][value="${value}"]`)!;
    radio.checked = true;
    radio.dispatchEvent(new Event('change'));
    await until(() => snippet().dataset.ready === value, `the ${value} snippet`);
  };
  /** The snippet as a host would paste it, with the CDN pointed at this build. */
  const local = (text: string) => text.replaceAll(data.cdn, '/dist/');
  const integrityOfServed = async (path: string) => {
    const bytes = await (await fetch(path)).arrayBuffer();
    return `sha384-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))))}`;
  };
  /** The snippet with embed.js's hash swapped for `integrity` (static.css is served unchanged). */
  const servedHash = (text: string, integrity: string) =>
    text.replace(/(<script type="module" src="\/dist\/embed\.js" integrity=")[^"]+"/g, `$1${integrity}"`);
  const paste = async (text: string) => {
    const iframe = await frame((f) => (f.srcdoc = `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Blank page</title></head><body>\n${text}\n</body></html>`));
    frames.push(iframe);
    return iframe;
  };

  before(async () => {
    const iframe = await frame((f) => (f.src = '/demo/configurator.html'));
    frames.push(iframe);
    doc = iframe.contentDocument!;
    data = (await (await fetch('/demo/configurator-data.json')).json()) as ConfiguratorData;
    await until(() => doc.querySelector('#element'), 'the options');
  });
  after(() => frames.forEach((f) => f.remove()));

  it('previews the real help panel and follows each option', async () => {
    await until(() => hrefs(preview()?.shadowRoot).includes('tel:999'), 'the preview help panel');
    expect(preview()!.localName).to.equal('shg-help-panel');
    const wales = shadowText(preview());
    await choose('option-nation', 'england');
    await until(() => preview()!.getAttribute('nation') === 'england' && shadowText(preview()) !== wales, 'England routes');
    expect(hrefs(preview()!.shadowRoot)).to.include('tel:999');
    expect(snippet().value).to.contain('nation="england"');

    await choose('option-age', 'young-person');
    await until(() => preview()!.getAttribute('age') === 'young-person', 'the age attribute');
    expect(snippet().value).to.contain('age="young-person"');

    const english = shadowText(preview());
    await choose('lang', 'cy');
    await until(() => preview()!.getAttribute('lang') === 'cy', 'lang="cy" on the element');
    // The preview is the real element: it loads its Welsh and re-renders.
    await until(() => shadowText(preview()) !== english && hrefs(preview()!.shadowRoot).includes('tel:999'), 'the Welsh help panel');
    expect(snippet().value).to.contain('lang="cy"');
    await choose('lang', 'en');
    await until(() => shadowText(preview()) === english, 'English again');
  });

  it('switches element, shows only that element’s options, and applies a theme', async () => {
    await choose('element', 'shg-guidance');
    await until(() => preview()?.localName === 'shg-guidance', 'the guidance preview');
    expect(doc.querySelector('#option-nation'), 'no nation for guidance').to.equal(null);
    const settingSelect = await until(() => doc.querySelector<HTMLSelectElement>('#option-setting'), 'the setting option');
    await choose('option-setting', 'emergency-department');
    const settingName = [...settingSelect.options].find((o) => o.value === 'emergency-department')!.textContent!;
    await until(() => shadowText(preview()).includes(settingName), `guidance for ${settingName}`);
    expect(snippet().value).to.match(/<shg-guidance setting="emergency-department" audience="[a-z-]+" lang="en" heading-level="2">/);

    await choose('theme', 'contrast');
    const previewBox = doc.querySelector<HTMLElement>('#preview')!;
    const surface = getComputedStyle(preview()!).getPropertyValue('--shg-color-surface').trim();
    expect(surface, 'the theme reaches the element').to.not.equal('');
    expect(previewBox.style.getPropertyValue('--shg-color-surface')).to.equal(surface);
    expect(snippet().value).to.contain(`--shg-color-surface: ${surface};`);
    await choose('theme', 'inherit');
    expect(snippet().value).to.not.contain('<style>');
    await choose('element', 'shg-help-panel');
    await until(() => preview()?.localName === 'shg-help-panel', 'back to the help panel');
  });

  it('writes a script tag for the versioned CDN file, with its SRI hash, that works pasted into a blank page', async () => {
    await choose('option-nation', 'wales');
    await format('script');
    const text = snippet().value;
    const script = /<script type="module" src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous"><\/script>/.exec(text);
    expect(script, text).to.not.equal(null);
    expect(script![1]).to.equal(`${data.cdn}embed.js`);
    expect(data.cdn).to.contain(`@${data.version}/`);
    expect(script![2]).to.equal(data.files['embed.js']!.integrity);

    const page = await paste(servedHash(local(text), await integrityOfServed('/dist/embed.js')));
    const element = await until(() => page.contentDocument!.querySelector('shg-help-panel'), 'the pasted element');
    await until(() => hrefs(element.shadowRoot).includes('tel:999'), 'the pasted help panel rendering 999');
    expect(element.getAttribute('nation')).to.equal('wales');
    // Its fallback is not shown once the element renders; before that, it offered 999.
    expect(hrefs(element)).to.include('tel:999');
  });

  it('the hash is enforced: a wrong one keeps the script from running', async () => {
    await format('script');
    const tampered = servedHash(local(snippet().value), `sha384-${btoa('x'.repeat(48))}`);
    const page = await paste(tampered);
    // Module scripts run before the load event: by now the element would have been defined.
    expect(page.contentWindow!.customElements.get('shg-help-panel')).to.equal(undefined);
    expect(hrefs(page.contentDocument!.querySelector('shg-help-panel')), 'the fallback still offers 999').to.include('tel:999');
  });

  it('writes the static HTML, which reads without a script and upgrades with it', async () => {
    await choose('option-nation', 'scotland');
    await format('static');
    const upgrade = doc.querySelector<HTMLInputElement>('#upgrade')!;
    expect(upgrade.checked).to.equal(true);
    const withScript = snippet().value;
    expect(withScript).to.contain('data-shg-static');
    expect(withScript).to.contain(`href="${data.cdn}static.css" integrity="${data.files['static.css']!.integrity}"`);
    expect(withScript).to.match(/<shg-help-panel nation="scotland"( age="[a-z-]+")? lang="en" heading-level="2" data-shg-static="">/);

    upgrade.checked = false;
    upgrade.dispatchEvent(new Event('change'));
    await until(() => snippet().dataset.ready === 'static', 'the snippet without the script');
    expect(snippet().value).to.not.contain('<script');
    const plain = await paste(local(snippet().value));
    const staticElement = plain.contentDocument!.querySelector('shg-help-panel')!;
    const visible999 = [...staticElement.querySelectorAll('a[href="tel:999"]')].filter((a) => (a as HTMLElement).offsetHeight > 0);
    expect(visible999.length, 'a visible 999 link with no script').to.be.greaterThan(0);
    expect(staticElement.shadowRoot).to.equal(null);
    // static.css arrived (its integrity hash held) and styles the snippet like the element.
    const tier = staticElement.querySelector('.tier')!;
    expect(plain.contentWindow!.getComputedStyle(tier).borderLeftWidth, 'static.css applied').to.equal('6px');

    const upgraded = await paste(servedHash(local(withScript), await integrityOfServed('/dist/embed.js')));
    const live = await until(() => upgraded.contentDocument!.querySelector('shg-help-panel'), 'the element');
    await until(() => hrefs(live.shadowRoot).includes('tel:999'), 'the upgraded help panel');
    upgrade.checked = true;
    upgrade.dispatchEvent(new Event('change'));
  });
});
