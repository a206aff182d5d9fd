// Rollup plugins for a build that bundles npm packages into the package we publish (Lit SSR, for
// the static entry): one copy of each package version, and their licences shipped beside them.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/** The folder of the npm package holding `file`, or undefined for our own sources. */
function packageDir(file) {
  const at = file.lastIndexOf(`${sep}node_modules${sep}`);
  if (at < 0) return undefined;
  const rest = file.slice(at + 14).split(sep);
  return file.slice(0, at + 14) + (rest[0].startsWith('@') ? join(rest[0], rest[1]) : rest[0]);
}

const manifest = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

/**
 * npm nests a second copy of a package when it cannot hoist one (parse5 sits under both
 * @lit-labs/ssr and @parse5/tools): bundle the first copy of each name and version, not both.
 */
export function oneCopyPerVersion() {
  const first = new Map();
  return {
    name: 'shg-one-copy-per-version',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const dir = resolved && !resolved.external ? packageDir(resolved.id) : undefined;
      if (!dir) return resolved;
      const { name, version } = manifest(dir);
      const key = `${name}@${version}`;
      if (!first.has(key)) first.set(key, dir);
      return { ...resolved, id: first.get(key) + resolved.id.slice(dir.length) };
    },
  };
}

/**
 * Writes the licence of every npm package bundled into the output beside it, as their licences
 * (BSD-3-Clause, MIT) ask: each package with its version and the text of its licence file.
 * @param {string} fileName where to write the list, relative to the output folder */
export function thirdPartyLicences(fileName) {
  return {
    name: 'shg-third-party-licences',
    generateBundle(_, bundle) {
      const dirs = new Set();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of Object.keys(chunk.modules)) {
          const dir = packageDir(id.replace(/^\0/, ''));
          if (dir) dirs.add(dir);
        }
      }
      const entries = [...dirs].sort().map((dir) => {
        const { name, version, license, author, repository } = manifest(dir);
        if (!license) this.error(`${name} is bundled but declares no licence`);
        const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
        // A few packages ship no licence file: name the licence, the author and where the code lives.
        const text = file
          ? readFileSync(join(dir, file), 'utf8').trim()
          : `${license}, by ${typeof author === 'string' ? author : author?.name ?? 'its authors'}; ${repository?.url ?? repository ?? ''} (the package ships no licence file)`;
        return `${name}@${version} (${license})\n\n${text}\n`;
      });
      this.emitFile({
        type: 'asset',
        fileName,
        source: `Third-party code bundled into ${dirname(fileName)}/ by the build:\n\n${entries.join(`\n${'-'.repeat(72)}\n\n`)}`,
      });
    },
  };
}
