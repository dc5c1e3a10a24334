// Browser tests: finds a browser, then runs Playwright against the production build.
import { spawnSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';

const path = findBrowser();
const env = { ...process.env, ...(path ? { CHROMIUM_PATH: path } : {}) };
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
