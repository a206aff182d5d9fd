/**
 * The build's template minifier (scripts/rollup-minify-templates.mjs): what it takes out of Lit's
 * `html` and `css` templates, and what it must leave alone.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rollup } from 'rollup';
// @ts-expect-error a plain .mjs build script, without types
import { minifyCssText, minifyHtmlText, minifyTemplates } from '../../scripts/rollup-minify-templates.mjs';

/** Runs the plugin over `code` as if it were a module under src/. */
async function minified(code: string): Promise<string> {
  const bundle = await rollup({
    input: '/virtual/src/entry.ts',
    external: () => true,
    plugins: [
      { name: 'virtual', resolveId: (id: string) => (id === '/virtual/src/entry.ts' ? id : null), load: (id: string) => (id === '/virtual/src/entry.ts' ? code : null) },
      minifyTemplates(),
    ],
    treeshake: false,
  });
  const { output } = await bundle.generate({ format: 'es' });
  return output[0].code;
}

describe('the template minifier', () => {
  it('collapses CSS to its tokens, keeping the space that separates selectors', () => {
    const css = `
      /* a comment */
      :host {
        display: block;
      }
      a :hover, .b > .c {
        outline: var(--x, 3px) solid;
        content: ' (' attr(href) ')';
      }
    `;
    assert.equal(minifyCssText(css).trim(), ":host{display:block}a :hover,.b > .c{outline:var(--x,3px) solid;content:' (' attr(href) ')'}");
  });

  it('turns HTML white space with a line break into one space, and leaves other spacing', () => {
    assert.equal(minifyHtmlText('<p>\n      a  b\n    </p>'), '<p> a  b </p>');
    assert.equal(minifyHtmlText('</span> <a>'), '</span> <a>');
  });

  it('rewrites html and css templates in source, not msg() or str ones', async () => {
    const code = await minified(`
      import { html, css } from 'lit';
      import { msg, str } from './msg.js';
      export const styles = css\`
        p {
          margin: 0;
        }
      \`;
      export const view = (name) => html\`
        <p>
          \${name}
        </p>\`;
      export const words = () => msg(html\`Hello
        there\`);
      export const sentence = (n) => msg(str\`Open
        \${n}.\`);
    `);
    assert.match(code, /css`p\{margin:0\}`/);
    assert.match(code, /html` <p> \$\{name\} <\/p>`/);
    // @lit/localize finds a translation by a hash of the template's own text.
    assert.match(code, /msg\(html`Hello\n        there`\)/);
    assert.match(code, /str`Open\n        \$\{n\}\.`/);
  });

  it('leaves files outside src/ and schema/ alone', async () => {
    const plugin = minifyTemplates();
    assert.equal(plugin.transform.call({ parse: () => assert.fail('not parsed') }, 'html`\n  x`', '/repo/node_modules/lit/index.js'), null);
  });
});
