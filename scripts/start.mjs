#!/usr/bin/env node
// `npm start`: builds the package, then serves the demo site on http://localhost:8000/demo/
// (set PORT to change it). The demo pages load dist/embed.js with one script tag, as a host would.
import { execSync } from 'node:child_process';
import { startDevServer } from '@web/dev-server';

execSync('npm run -s build', { stdio: 'inherit' });
const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost', open: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`\nThe demo is running: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
