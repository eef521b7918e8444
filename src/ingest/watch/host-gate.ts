// Politeness: at most one request per host every `gapMs`, whatever asks (feed, robots.txt or article).
export class HostGate {
  private next = new Map<string, number>();

  constructor(private readonly gapMs: number, private readonly sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))) {}

  /** Waits until the host may be asked again, then books the following slot. */
  async wait(url: string): Promise<void> {
    const host = new URL(url).host.toLowerCase();
    const now = Date.now();
    const slot = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, slot + this.gapMs);
    if (slot > now) await this.sleep(slot - now);
  }
}
