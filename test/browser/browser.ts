// Drives Debian's chromium through playwright-core. Never downloads a browser: scripts/ensure-chromium.sh installs it.
import { mkdtempSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const SCREENSHOTS = join(process.cwd(), 'test-output', 'screenshots');

export async function launch(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'storyline-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/** Records anything hostile content could make happen: dialogs, page errors, requests leaving the server. */
export function watch(page: Page, origin: string): { dialogs: string[]; errors: string[]; foreign: string[] } {
  const seen = { dialogs: [] as string[], errors: [] as string[], foreign: [] as string[] };
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); void d.dismiss(); });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) seen.foreign.push(r.url()); });
  return seen;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  console.log(`screenshot: ${path}`);
  return path;
}
