// The configurator page: options → live preview (the real elements, from ../dist/embed.js) and a
// snippet to copy. Builds every node with createElement and textContent, never from HTML strings.
import { THEMES, attributesFor, scriptSnippet, snippetKey, staticSnippet } from './configurator-snippet.js';

const $ = (id) => document.getElementById(id);

/** Written by scripts/build-configurator-data.ts during `npm run build`. */
async function loadData() {
  const response = await fetch('./configurator-data.json');
  if (!response.ok) throw new Error(`configurator-data.json: ${response.status}`);
  return response.json();
}

let data;
try {
  data = await loadData();
} catch (error) {
  $('loading').textContent = `The options could not be loaded (${error.message}). Run \`npm run build\`, which writes them, and reload.`;
  throw error;
}
const staticCache = new Map();

const state = {
  tag: data.elements[0].tag,
  /** Chosen option values, by attribute; kept across elements so shared options (setting, audience) carry over. */
  choices: {},
  lang: data.languages[0].value,
  theme: THEMES[0].id,
  format: 'script',
  upgrade: true,
};

const elementSpec = () => data.elements.find((element) => element.tag === state.tag);
const themeSpec = () => THEMES.find((theme) => theme.id === state.theme);

function field(id, label, choices, value, onChange, hint) {
  const wrapper = document.createElement('div');
  wrapper.className = 'field';
  const labelEl = document.createElement('label');
  labelEl.htmlFor = id;
  labelEl.textContent = label;
  const select = document.createElement('select');
  select.id = id;
  for (const choice of choices) {
    const option = document.createElement('option');
    option.value = choice.value;
    option.textContent = choice.label;
    select.append(option);
  }
  select.value = value;
  select.addEventListener('change', () => onChange(select.value));
  wrapper.append(labelEl, select);
  if (hint) {
    const p = document.createElement('small');
    p.textContent = hint;
    wrapper.append(p);
  }
  return wrapper;
}

function renderFields() {
  const element = elementSpec();
  const fields = [
    field('element', 'Element', data.elements.map((e) => ({ value: e.tag, label: e.label })), state.tag, (tag) => {
      state.tag = tag;
      update({ fields: true });
    }),
    ...element.options.map((option) =>
      field(`option-${option.attribute}`, option.label, option.choices, state.choices[option.attribute] ?? option.default, (value) => {
        state.choices[option.attribute] = value;
        update();
      }),
    ),
    field('lang', 'Language', data.languages, state.lang, (lang) => {
      state.lang = lang;
      update();
    }),
    field('theme', 'Theme', THEMES.map((t) => ({ value: t.id, label: t.label })), state.theme, (theme) => {
      state.theme = theme;
      update();
    }),
  ];
  if (element.options.length === 0) {
    const note = document.createElement('p');
    note.textContent = 'This element has no options beyond language and theme.';
    fields.splice(1, 0, note);
  }
  $('fields').replaceChildren(...fields);
}

function renderPreview(attributes) {
  const preview = $('preview');
  let element = preview.firstElementChild;
  // Same element: change its attributes, as a host page's script would. Another: a new element.
  if (!element || element.localName !== state.tag) {
    element = document.createElement(state.tag);
    preview.replaceChildren(element);
  }
  const wanted = new Map(attributes);
  for (const name of element.getAttributeNames()) if (!wanted.has(name)) element.removeAttribute(name);
  for (const [name, value] of wanted) if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  const theme = themeSpec();
  preview.removeAttribute('style');
  for (const [name, value] of Object.entries({ ...theme.page, ...theme.properties })) preview.style.setProperty(name, value);
}

async function staticHtml(attributes) {
  const file = data.snippets[snippetKey(state.tag, attributes)]?.file;
  if (!file) throw new Error(`no static snippet was built for ${snippetKey(state.tag, attributes)}`);
  if (!staticCache.has(file)) staticCache.set(file, fetch(`./${file}`).then((response) => response.json()));
  return staticCache.get(file);
}

let pending = 0;
async function renderSnippet(attributes) {
  const ticket = ++pending;
  const textarea = $('snippet');
  // Cleared until this choice's snippet is written (tests and tools can wait for it).
  delete textarea.dataset.ready;
  const element = elementSpec();
  $('upgrade-field').hidden = state.format !== 'static';
  if (state.format === 'script') {
    textarea.value = scriptSnippet(data, element, attributes, themeSpec());
  } else {
    textarea.value = 'Loading the static HTML…';
    let text;
    try {
      text = staticSnippet(data, element, await staticHtml(attributes), themeSpec(), state.upgrade);
    } catch (error) {
      text = `The static HTML could not be loaded (${error.message}). Run \`npm run build\`, or use \`npx shg-static\`.`;
    }
    // A later change may have finished first: only the latest choice writes.
    if (ticket === pending) textarea.value = text;
  }
  if (ticket === pending) textarea.dataset.ready = state.format;
}

function update({ fields = false } = {}) {
  if (fields) renderFields();
  const attributes = attributesFor(elementSpec(), state.choices, state.lang);
  renderPreview(attributes);
  $('copy-status').textContent = '';
  void renderSnippet(attributes);
}

for (const radio of document.querySelectorAll('input[name="format"]')) {
  radio.addEventListener('change', () => {
    state.format = radio.value;
    update();
  });
}
$('upgrade').addEventListener('change', (event) => {
  state.upgrade = event.target.checked;
  update();
});
$('copy').addEventListener('click', async () => {
  const textarea = $('snippet');
  try {
    await navigator.clipboard.writeText(textarea.value);
    $('copy-status').textContent = 'Copied.';
  } catch {
    // No clipboard access (an old browser, or a page without permission): select it for the reader.
    textarea.focus();
    textarea.select();
    $('copy-status').textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
  }
});

$('version').textContent = `${data.name}@${data.version}`;
$('loading').remove();
update({ fields: true });
