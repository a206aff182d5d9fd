// Preloaded (`NODE_OPTIONS=--import=…`) into the Node tests that the self-contained test runs in a
// copy of the repository: any file read outside that copy (and outside its node_modules and the
// temp folder, where tsx keeps its cache) throws, so a test that reaches for `../shared/` or an
// absolute path on the developer's machine fails loudly instead of passing only where that path
// happens to exist.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.env.SHG_SELF_CONTAINED_ROOT;
if (!root) throw new Error('outside-reads-guard: SHG_SELF_CONTAINED_ROOT is not set');
const asDir = (dir) => (dir.endsWith(path.sep) ? dir : dir + path.sep);
const within = (file, dirs) => dirs.some((dir) => (path.resolve(file) + path.sep).startsWith(dir));
// The copy and its dependencies (a link to the original's node_modules).
const own = [root, fs.realpathSync(path.join(root, 'node_modules'))].map(asDir);
// The checkout the copy was made from is outside, even where it lies in the temp folder (a CI
// that clones into /tmp): reading it is what this guard is for.
const original = process.env.SHG_SELF_CONTAINED_ORIGINAL ? [asDir(fs.realpathSync(process.env.SHG_SELF_CONTAINED_ORIGINAL))] : [];
const shared = [fs.realpathSync(tmpdir()), '/dev/', '/proc/'].map(asDir);
const isAllowed = (file) => within(file, own) || (!within(file, original) && within(file, shared));

function check(target) {
  if (typeof target === 'number') return; // an open file descriptor: checked when it was opened
  const file = target instanceof URL ? fileURLToPath(target) : Buffer.isBuffer(target) ? target.toString() : target;
  if (typeof file === 'string' && !isAllowed(file)) throw new Error(`self-contained: read outside the repository: ${path.resolve(file)}`);
}

// Processes the tests start for tools that live outside the copy (npx, npm: they read the user's
// own config) are not the project's code; the project code they start in turn is guarded again.
const entry = process.argv[1];
if (entry === undefined || isAllowed(entry)) {
  // Reads of content only: tools probe for config files up the tree (tsx looks for tsconfig.json
  // in every parent folder) with stat and exists, which read nothing.
  for (const name of ['readFileSync', 'readFile', 'openSync', 'open', 'readdirSync', 'readdir', 'createReadStream']) {
    const original = fs[name];
    fs[name] = function (target, ...rest) {
      check(target);
      return original.call(this, target, ...rest);
    };
  }
  for (const name of ['readFile', 'open', 'readdir']) {
    const original = fs.promises[name];
    fs.promises[name] = function (target, ...rest) {
      check(target);
      return original.call(this, target, ...rest);
    };
  }
  // `import { readFileSync } from 'node:fs'` binds when the module loads: make those see the guard too.
  syncBuiltinESMExports();
}
