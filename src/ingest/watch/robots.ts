// robots.txt, read once per site and trusted for a day (RFC 9309): a missing file (4xx) allows everything; a site
// that cannot answer (5xx, network error) is treated as disallowing everything until the next check.
import { createRequire } from 'node:module';
import type { AddressPolicy } from '../address-policy.js';
import type { HostGate } from './host-gate.js';
import { politeGet } from './http.js';
import type { WatchSettings } from './settings.js';

// robots-parser is CommonJS whose typings declare an ES default export: load it the CommonJS way.
interface Robot { isAllowed(url: string, ua?: string): boolean | undefined }
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, contents: string) => Robot;

interface Entry { until: number; allows: (url: string) => boolean }

export class RobotsRules {
  private cache = new Map<string, Entry>();

  constructor(private readonly s: WatchSettings, private readonly gate: HostGate) {}

  /** Whether robots.txt lets us fetch `url`; the robots.txt request itself obeys `policy`. */
  async allowed(url: string, policy: AddressPolicy): Promise<boolean> {
    const origin = new URL(url).origin;
    let entry = this.cache.get(origin);
    if (!entry || entry.until < Date.now()) {
      entry = await this.load(origin, policy);
      this.cache.set(origin, entry);
    }
    return entry.allows(url);
  }

  private async load(origin: string, policy: AddressPolicy): Promise<Entry> {
    const robotsUrl = `${origin}/robots.txt`;
    const until = Date.now() + this.s.robotsTtlS * 1000;
    try {
      await this.gate.wait(robotsUrl);
      const res = await politeGet(robotsUrl, null, this.s, policy, 'text/plain');
      if (res.status >= 400 && res.status < 500) return { until, allows: () => true };
      if (res.status >= 500 || res.text === null) return { until: Date.now() + 600_000, allows: () => false };
      const rules = robotsParser(robotsUrl, res.text);
      const agent = this.s.userAgent.split('/')[0]!;
      return { until, allows: (u) => rules.isAllowed(u, agent) !== false };
    } catch {
      return { until: Date.now() + 600_000, allows: () => false };
    }
  }
}
