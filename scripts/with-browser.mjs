// Runs a command with CHROMIUM_PATH pointing at a usable browser (see find-browser.mjs).
import { spawnSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';

const [cmd, ...args] = process.argv.slice(2);
const path = findBrowser();
const env = { ...process.env, ...(path ? { CHROMIUM_PATH: path } : {}) };
const result = spawnSync(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
