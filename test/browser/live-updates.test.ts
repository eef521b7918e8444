// The feeds page in a real browser shows articles as they are stored (server-sent events), without a reload,
// and a hostile title stays text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { startServer } from '../../src/server/index.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { addText } from '../server/helpers.js';
import { hasChromium, launch, screenshot, watch } from './browser.js';

let store: SqliteStore;
let server: { url: string; close: () => Promise<void> };
let browser: { context: BrowserContext; close: () => Promise<void> };

beforeAll(async () => {
  store = new SqliteStore(':memory:');
  server = await startServer(store, { host: '127.0.0.1', port: 0 });
  if (hasChromium) browser = await launch();
});
afterAll(async () => { await browser?.close(); await server?.close(); store?.close(); });

describe.runIf(hasChromium)('live updates in chromium', () => {
  it('a newly stored article appears on the feeds page without a reload', async () => {
    const page = await browser.context.newPage();
    const seen = watch(page, server.url.replace(/\/$/, ''));
    await page.goto(new URL('/feeds', server.url).href);
    await page.waitForTimeout(300); // the event stream connects after DOMContentLoaded
    const title = 'Floods <img src=x onerror=alert(1)> reach Murcia';
    addText(store, `${title}\n\nMonday, March 3, 2025\n\n${'The floods reached Murcia on Monday, officials said in a statement. '.repeat(4)}`, 'live.txt');
    const item = page.locator('[data-live-list] li a');
    await item.first().waitFor({ timeout: 15_000 });
    expect(await item.first().textContent()).toBe(title);
    expect(await page.locator('[data-live-articles]').textContent()).toBe('1 new article since you opened this page.');
    expect(await page.locator('[data-live-list] img').count()).toBe(0);
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
    await screenshot(page, 'feeds-live');
  }, 30_000);
});
