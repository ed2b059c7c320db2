/**
 * Debian's chromium driven by playwright-core. Without /usr/bin/chromium the e2e tests are skipped with
 * one line saying how to install it, except under CI=true, where a missing browser is a failure.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);

if (!hasChromium) {
  if (process.env.CI === 'true') throw new Error(`Chromium is missing at ${CHROMIUM}; CI installs it with: apt-get install -y chromium`);
  console.warn(`e2e tests skipped: no browser at ${CHROMIUM}. Install it with: sudo apt-get update && sudo apt-get install -y chromium`);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
