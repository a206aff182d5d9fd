#!/usr/bin/env node
/**
 * `shg-static <tag> [name=value …]`: prints the static HTML for one element configuration, to
 * paste into a page or CMS that cannot run scripts. Link `dist/static.css` to style it.
 *
 *   npx shg-static shg-help-panel nation=wales age=young-person heading-level=2 > help.html
 */
import { renderToHTML, staticTags } from './render-to-html.js';

const [tag, ...pairs] = process.argv.slice(2);
if (!tag || tag === '--help' || tag === '-h') {
  console.log(`Usage: shg-static <tag> [name=value …]\nTags: ${staticTags().join(', ')}`);
  process.exit(tag ? 0 : 1);
}

const attributes: Record<string, string> = {};
for (const pair of pairs) {
  const at = pair.indexOf('=');
  if (at < 1) {
    console.error(`"${pair}" is not name=value.`);
    process.exit(1);
  }
  attributes[pair.slice(0, at)] = pair.slice(at + 1);
}

try {
  process.stdout.write(`${renderToHTML(tag, attributes)}\n`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
