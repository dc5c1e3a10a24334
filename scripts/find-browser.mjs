// Finds a browser for Playwright: CHROMIUM_PATH if set, else a system Chromium,
// else Playwright's own browser (installed on first use where the internet is reachable).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findBrowser() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const system = SYSTEM_CHROMIUMS.find((p) => existsSync(p));
  if (system) return system;
  if (!existsSync(chromium.executablePath())) {
    console.log('No system Chromium found; installing Playwright Chromium…');
    execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  }
  return ''; // empty: Playwright uses its own
}
