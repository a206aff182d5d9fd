/**
 * A plain clone passes its own tests: the repository is copied (every file git would commit) into
 * an empty folder with nothing beside it, and the Node tests run there with a guard that fails on
 * any file read outside the copy. Source documents and fact tables live in `content/sources/` and
 * `content/facts/`; nothing may reach for `../shared/` or a path on the developer's machine.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { REPO_ROOT } from '../helpers/paths.js';

/** The Node test folders that read content, sources and facts (the package tests build and pack, and include this one). */
const NODE_TEST_DIRS = ['test/core', 'test/content', 'test/static', 'test/safety'];
const GUARD = 'test/package/support/outside-reads-guard.mjs';

let scratch: string;
let clone: string;

/** Every file git would commit: tracked files and new ones not ignored. */
function committableFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
}

/** This process's environment without the marker that makes a nested `node --test` skip its files. */
function outerEnv(): NodeJS.ProcessEnv {
  const { NODE_TEST_CONTEXT: _nested, ...env } = process.env;
  return env;
}

function runInClone(args: readonly string[]) {
  // Node itself with tsx's loader: npx would live outside the copy, and the guard applies to every
  // process that inherits NODE_OPTIONS.
  return spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    cwd: clone,
    encoding: 'utf8',
    env: { ...outerEnv(), SHG_SELF_CONTAINED_ROOT: clone, SHG_SELF_CONTAINED_ORIGINAL: REPO_ROOT, NODE_OPTIONS: `--import=${path.join(clone, GUARD)}` },
    timeout: 300_000,
  });
}

describe('a plain clone of the repository', () => {
  before(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'shg-clone-'));
    clone = path.join(scratch, 'self-harm-guidance');
    mkdirSync(clone);
    for (const file of committableFiles()) {
      const target = path.join(clone, file);
      mkdirSync(path.dirname(target), { recursive: true });
      try {
        cpSync(path.join(REPO_ROOT, file), target);
      } catch (error) {
        // A file deleted in the working tree but still tracked: a clone of the next commit lacks it too.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    // Dependencies are installed from the same lock file; linking them saves a second `npm ci`.
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
    // The one generated input the Node tests need (`npm test` builds it before they run): the
    // Welsh interface strings, from xliff/.
    execFileSync(process.execPath, [path.join(clone, 'node_modules', '@lit', 'localize-tools', 'bin', 'lit-localize.js'), 'build'], { cwd: clone, stdio: 'pipe' });
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('has nothing beside it: no shared/ folder next to the copy', () => {
    assert.deepEqual(execFileSync('ls', ['-A', scratch], { encoding: 'utf8' }).trim().split('\n'), ['self-harm-guidance']);
  });

  it('fails a test that reads outside the repository (the guard works)', () => {
    const probe = path.join(clone, 'test', 'core', 'zz-outside-read.test.ts');
    writeFileSync(probe, `import { readFileSync } from 'node:fs';\nimport { it } from 'node:test';\nit('reads the shared folder', () => { readFileSync(${JSON.stringify(path.join(REPO_ROOT, 'package.json'))}); });\n`);
    try {
      const result = runInClone(['--test', probe]);
      assert.notEqual(result.status, 0, `a read outside the copy passed: ${result.stdout}${result.stderr}`);
      assert.match(result.stdout + result.stderr, /read outside the repository/);
    } finally {
      rmSync(probe);
    }
  });

  it('passes the Node tests of content, core, static HTML and safety on its own', () => {
    // The same files `npm test` gives Node (test/<dir>/*.test.ts, not the browser tests below them).
    const files = committableFiles().filter((file) => NODE_TEST_DIRS.includes(path.dirname(file)) && file.endsWith('.test.ts'));
    assert.ok(files.length >= 15, `only ${files.length} test files found`);
    const result = runInClone(['--test', '--test-reporter=tap', ...files]);
    const failures = (result.stdout + result.stderr).split('\n').filter((line) => /read outside the repository|^\s*not ok/.test(line));
    assert.equal(result.status, 0, `Node tests failed in the clone:\n${failures.slice(0, 30).join('\n')}\n${result.stderr.slice(-4000)}`);
    const passed = Number(/^# pass (\d+)$/m.exec(result.stdout)?.[1] ?? 0);
    assert.ok(passed >= 300, `only ${passed} tests passed in the clone`);
  });
});
