// custom-elements.json, written by `cem analyze` at the end of `npm run build` (it reads the
// built dist/ for the elements' defaults). The plugins are explained in scripts/cem-plugins.mjs.
import { definitions, literalTypes, runtimeDefaults, shippedPaths, vscodeCustomData } from './scripts/cem-plugins.mjs';

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/shared/**'],
  outdir: '.',
  litelement: true,
  // Order matters: types, defaults and definitions are read from the sources, before paths point at dist/.
  plugins: [literalTypes(), runtimeDefaults(), definitions(), shippedPaths(), vscodeCustomData({ file: 'dist/vscode.html-custom-data.json' })],
};
