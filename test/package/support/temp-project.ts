/**
 * A throwaway app with the packed package installed from its tarball, as a user would have it:
 * `npm pack`, then `npm install <tarball>` in a fresh folder. Nothing here touches the repo's
 * node_modules.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../helpers/paths.js';

interface PackedFile {
  readonly path: string;
}

export interface TempProject {
  readonly dir: string;
  readonly tarball: string;
  /** Files in the tarball, relative to the package root. */
  readonly files: readonly string[];
  /** The installed package's folder. */
  readonly packageDir: string;
  write(file: string, text: string): string;
  remove(): void;
}

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_loglevel: 'error' } });

/**
 * Packs the repo (which must be built) and installs it with `extra` packages: the optional peers
 * an app using those entries would add (React for ./react; ./static and the shg-static CLI need none).
 */
export function createTempProject(extra: readonly string[]): TempProject {
  if (!existsSync(join(REPO_ROOT, 'dist', 'embed.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const root = mkdtempSync(join(tmpdir(), 'shg-pack-'));
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', root], REPO_ROOT)) as [{ filename: string; files: PackedFile[] }];
  const tarball = join(root, packed.filename);
  const dir = join(root, 'app');
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'shg-pack-check', private: true, type: 'module' }, null, 2));
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball, ...extra], dir);
  return {
    dir,
    tarball,
    files: packed.files.map((file) => file.path),
    packageDir: join(dir, 'node_modules', 'self-harm-guidance'),
    write(file, text) {
      const path = join(dir, file);
      writeFileSync(path, text);
      return path;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
