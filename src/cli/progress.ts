// A progress bar (cli-progress) with counts, rate and errors on a terminal; silent otherwise.
import cliProgress from 'cli-progress';
import type { IngestProgress } from '../ingest/run.js';

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): IngestProgress | undefined {
  if (!stream.isTTY) return undefined;
  const bar = new cliProgress.SingleBar({
    format: 'ingest [{bar}] {value}/{total} · {rate}/s · {errors} errors · eta {eta_formatted}',
    stream, hideCursor: true, clearOnComplete: false,
  }, cliProgress.Presets.shades_classic);
  let errors = 0;
  let t0 = 0;
  let done = 0;
  return {
    start(total) { t0 = performance.now(); bar.start(total, 0, { rate: '0.0', errors }); },
    tick(ok) {
      done++;
      if (!ok) errors++;
      const rate = done / Math.max((performance.now() - t0) / 1000, 1e-3);
      bar.update(done, { rate: rate.toFixed(1), errors });
    },
    stop() { bar.stop(); },
  };
}
