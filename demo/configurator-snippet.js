// Builds the snippets the configurator offers, as text. Pure functions of the choices and the
// generated data (configurator-data.json), so the page and its test share one source of truth.

/** Theme presets: CSS custom properties from docs/theming.md, and how the preview page looks. */
export const THEMES = [
  { id: 'inherit', label: 'Follow my page (default)', properties: {}, page: {} },
  {
    id: 'contrast',
    label: 'High contrast',
    properties: {
      '--shg-color-surface': '#ffffff',
      '--shg-color-border': '#0b0c0c',
      '--shg-border-width': '2px',
      '--shg-color-focus': '#ffdd00',
      '--shg-focus-width': '4px',
      '--shg-radius': '0',
    },
    page: { color: '#0b0c0c', background: '#ffffff' },
  },
  {
    id: 'soft',
    label: 'Soft',
    properties: { '--shg-color-surface': '#f4f8f7', '--shg-color-border': '#9fb8b5', '--shg-radius': '12px', '--shg-space': '1.25rem' },
    page: {},
  },
  {
    id: 'dark',
    label: 'Dark page',
    properties: { '--shg-color-surface': '#26292a', '--shg-color-border': '#8a9496', '--shg-color-focus': '#ffdd00' },
    // The elements take the page's text colour and system colours: a dark page says so with color-scheme.
    page: { 'color-scheme': 'dark', color: '#f2f2f2', background: '#1d2021' },
  },
];

/** The attributes written on the element, in a stable order: options, language, heading level. */
export function attributesFor(element, choices, lang) {
  const attributes = [];
  for (const option of element.options) {
    const value = choices[option.attribute] ?? option.default;
    if (value) attributes.push([option.attribute, value]);
  }
  attributes.push(['lang', lang]);
  if (element.tag !== 'shg-quick-exit') attributes.push(['heading-level', '2']);
  return attributes;
}

/** The key a static snippet is filed under (as scripts/build-configurator-data.ts writes it). */
export function snippetKey(tag, attributes) {
  const sorted = [...attributes].sort(([a], [b]) => a.localeCompare(b));
  return `${tag}?${new URLSearchParams(sorted).toString()}`;
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function scriptTag(data) {
  const file = data.files['embed.js'];
  return `<script type="module" src="${data.cdn}embed.js" integrity="${file.integrity}" crossorigin="anonymous"></script>`;
}

function themeStyle(tag, theme) {
  const entries = Object.entries(theme.properties);
  if (entries.length === 0) return [];
  return [
    `<!-- Theme: ${theme.label}. Under a strict Content-Security-Policy, move these rules to your stylesheet. -->`,
    '<style>',
    `  ${tag} {`,
    ...entries.map(([name, value]) => `    ${name}: ${value};`),
    '  }',
    '</style>',
  ];
}

/** What a reader sees where the script cannot run: a route to help is never missing. */
function fallback(tag) {
  if (tag === 'shg-quick-exit') return ['  <a href="https://www.bbc.co.uk/weather" rel="noreferrer">Exit this page</a>'];
  return [
    '  <!-- Shown where the script cannot run. -->',
    '  <p lang="en">If a life is at risk now, call <a href="tel:999">999</a>. Samaritans: <a href="tel:116123">116 123</a>, free, any time.</p>',
  ];
}

/** (a) The script tag and the element, for hosts that run scripts. */
export function scriptSnippet(data, element, attributes, theme) {
  const attributeText = attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return [scriptTag(data), ...themeStyle(element.tag, theme), `<${element.tag}${attributeText}>`, ...fallback(element.tag), `</${element.tag}>`].join('\n');
}

/** (b) The static HTML (rendered at build time) with its stylesheet, optionally upgraded by the script. */
export function staticSnippet(data, element, staticHtml, theme, upgrade) {
  const css = data.files['static.css'];
  return [
    `<link rel="stylesheet" href="${data.cdn}static.css" integrity="${css.integrity}" crossorigin="anonymous" />`,
    ...themeStyle(element.tag, theme),
    staticHtml.trim(),
    ...(upgrade ? ['<!-- Optional: upgrades the HTML above into the live element. -->', scriptTag(data)] : []),
  ].join('\n');
}
