// A folder of real demo articles (openly licensed Wikinews texts shipped in demo/) for tests that ingest files.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export const DEMO_WIKINEWS = join(ROOT, 'demo', 'wikinews');

/** Copies the demo articles [from, to) in name order into `folder` (created) and returns it. */
export function copyDemoArticles(folder: string, from: number, to: number): string {
  mkdirSync(folder, { recursive: true });
  for (const f of readdirSync(DEMO_WIKINEWS).filter((n) => n.endsWith('.txt')).sort().slice(from, to)) copyFileSync(join(DEMO_WIKINEWS, f), join(folder, f));
  return folder;
}
