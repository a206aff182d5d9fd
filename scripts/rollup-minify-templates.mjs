// Rollup plugin for the browser bundles: takes the indentation out of Lit's `html` and `css`
// templates, which terser leaves alone because template text is data to it. Readers see the same
// thing: HTML collapses runs of white space anyway (we have no <pre> or `white-space: pre`), and
// CSS ignores it between tokens.
//
// It must not touch a template passed to `msg()` (or a `str` one): @lit/localize looks a
// translation up by a hash of the template's text, so changing the text would lose the Welsh.
// test/package/minify-templates.test.ts holds it to that, and the Welsh page tests run on the
// minified dist/embed.js.
import MagicString from 'magic-string';

const SOURCE = /[\\/](src|schema)[\\/].*\.ts$/;
const TAGS = new Set(['html', 'css', 'svg']);

/** HTML text: a run of white space with a line break in it becomes one space. */
export const minifyHtmlText = (raw) => raw.replace(/[ \t]*\n\s*/g, ' ');

/**
 * CSS text: comments go, white space runs become one space, and spaces beside `{ } ; ,` and
 * after `:` go. (Not before `:`: `a :hover` and `a:hover` differ.)
 */
export const minifyCssText = (raw) =>
  raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');

/** Calls every node under `node` with its parent (a small walk: no dependency for this). */
function walk(node, parent, visit) {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, parent, visit);
    return;
  }
  if (typeof node.type === 'string') visit(node, parent);
  for (const key of Object.keys(node)) if (key !== 'type' && key !== 'start' && key !== 'end') walk(node[key], typeof node.type === 'string' ? node : parent, visit);
}

const isMsgCall = (node) => node?.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'msg';

export function minifyTemplates() {
  return {
    name: 'shg-minify-templates',
    transform(code, id) {
      if (!SOURCE.test(id) || !/\b(html|css|svg)\s*`/.test(code)) return null;
      const edits = new MagicString(code);
      let changed = false;
      walk(this.parse(code), null, (node, parent) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
        if (isMsgCall(parent)) return;
        const minify = node.tag.name === 'css' ? minifyCssText : minifyHtmlText;
        for (const quasi of node.quasi.quasis) {
          const raw = quasi.value.raw;
          // A lone quasi is the whole text: its ends are white space to drop. Beside a `${}` they may separate tokens.
          const small = node.quasi.quasis.length === 1 ? minify(raw).trim() : minify(raw);
          if (small !== raw) {
            edits.overwrite(quasi.start, quasi.end, small);
            changed = true;
          }
        }
      });
      return changed ? { code: edits.toString(), map: edits.generateMap({ hires: true }) } : null;
    },
  };
}
