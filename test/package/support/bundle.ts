/**
 * Bundles an entry the way an application's bundler would: rollup with node-resolve (browser
 * conditions, package `exports` and `sideEffects` honoured), CommonJS for React, and
 * `process.env.NODE_ENV` replaced. Any import that does not resolve fails the bundle.
 */
import { dirname } from 'node:path';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import typescript from '@rollup/plugin-typescript';
import { rollup, type Plugin, type RollupLog } from 'rollup';

export interface BundleOptions {
  /** The entry file. Bare imports resolve from its folder upwards, as in an app. */
  readonly input: string;
  /** Where bare imports resolve from when not beside the input (e.g. an installed temp project). */
  readonly rootDir?: string;
  /** Compile TypeScript/TSX with this tsconfig (type errors fail the bundle). */
  readonly tsconfig?: string;
  /** Replace bare module ids, e.g. `vue` → its browser build. */
  readonly alias?: Readonly<Record<string, string>>;
  readonly extraPlugins?: readonly Plugin[];
}

export interface Bundle {
  readonly code: string;
  /** Every module id that went into the bundle. */
  readonly modules: readonly string[];
}

const alias = (map: Readonly<Record<string, string>>): Plugin => ({
  name: 'shg-test-alias',
  async resolveId(source, importer) {
    const target = map[source];
    if (target === undefined) return null;
    return this.resolve(target, importer, { skipSelf: true });
  },
});

export async function bundle(options: BundleOptions): Promise<Bundle> {
  const problems: string[] = [];
  const onLog = (level: string, log: RollupLog) => {
    // Third-party "use client" directives and `this` at top level are not resolution problems.
    if (log.code === 'MODULE_LEVEL_DIRECTIVE' || log.code === 'THIS_IS_UNDEFINED' || log.code === 'CIRCULAR_DEPENDENCY') return;
    if (log.code === 'INVALID_ANNOTATION') return;
    if (level === 'warn' || log.code === 'UNRESOLVED_IMPORT') problems.push(`${log.code ?? level}: ${log.message}`);
  };
  const build = await rollup({
    input: options.input,
    onLog,
    plugins: [
      ...(options.alias ? [alias(options.alias)] : []),
      ...(options.extraPlugins ?? []),
      nodeResolve({ browser: true, rootDir: options.rootDir, extensions: ['.mjs', '.js', '.json', '.ts', '.tsx'] }),
      commonjs(),
      json(),
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      // filterRoot: the app's folder may be outside this process's cwd (a temp project).
      ...(options.tsconfig
        ? [typescript({ tsconfig: options.tsconfig, filterRoot: dirname(options.tsconfig), include: ['**/*.ts', '**/*.tsx'], noEmitOnError: true, outputToFilesystem: false })]
        : []),
    ],
  });
  try {
    const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
    const [chunk] = output;
    if (problems.length) throw new Error(`bundling ${options.input}:\n${problems.join('\n')}`);
    return { code: chunk.code, modules: Object.keys(chunk.modules) };
  } finally {
    await build.close();
  }
}
