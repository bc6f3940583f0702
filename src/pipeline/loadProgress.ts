// Shows the loader's progress: a live bar on a terminal, a plain line now and then otherwise
// (logs and CI keep every line of a bar redraw, so they get periodic lines instead).
import cliProgress from 'cli-progress';
import type { LoadProgress } from './loadTypes.ts';

export interface ProgressReporter {
  update(progress: LoadProgress): void;
  /**
   * A change of phase worth a line (e.g. a bulk load starting its write). A terminal always gets
   * it; a log only when the run already printed progress, so short runs stay quiet.
   */
  note(line: string): void;
  /** Ends the display for good (later updates are ignored), so other output can follow cleanly. */
  stop(): void;
}

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  /** Seconds between plain lines when the stream is not a terminal. */
  interval?: number;
}

const MB = 1024 * 1024;

function rate(progress: LoadProgress): number {
  return progress.seconds > 0 ? progress.bytes / MB / progress.seconds : 0;
}

/** From the articles done so far, as the terminal bar reckons it (sizes are known only once read). */
function eta(progress: LoadProgress): string {
  if (progress.done === 0 || progress.seconds === 0) return '?';
  return `${Math.ceil(((progress.total - progress.done) * progress.seconds) / progress.done)} s`;
}

export function progressLine(progress: LoadProgress): string {
  const percent = progress.total > 0 ? Math.floor((100 * progress.done) / progress.total) : 100;
  return (
    `load: ${progress.done}/${progress.total} articles (${percent}%), ${progress.loaded} loaded, ${progress.skipped} skipped, ` +
    `${(progress.bytes / MB).toFixed(1)} MB at ${rate(progress).toFixed(2)} MB/s, ETA ${eta(progress)}`
  );
}

class BarReporter implements ProgressReporter {
  private readonly bar: cliProgress.SingleBar;
  private started = false;
  private stopped = false;

  constructor(private readonly stream: NodeJS.WriteStream) {
    this.bar = new cliProgress.SingleBar(
      {
        stream,
        format: 'load {bar} {value}/{total} articles | {mbs} MB/s | {loaded} loaded, {skipped} skipped | ETA {eta_formatted}',
        hideCursor: true,
        etaBuffer: 200,
      },
      cliProgress.Presets.shades_classic,
    );
  }

  update(progress: LoadProgress): void {
    if (this.stopped) return;
    const payload = { mbs: rate(progress).toFixed(2), loaded: progress.loaded, skipped: progress.skipped };
    if (!this.started) {
      this.bar.start(progress.total, progress.done, payload);
      this.started = true;
    } else {
      this.bar.update(progress.done, payload);
    }
  }

  note(line: string): void {
    if (this.stopped) return;
    this.stop();
    this.stream.write(`${line}\n`);
  }

  stop(): void {
    // The bar redraws from a saved cursor position: anything written while it runs gets overdrawn.
    if (this.started && !this.stopped) this.bar.stop();
    this.stopped = true;
  }
}

class LineReporter implements ProgressReporter {
  private lastLine = 0;
  private printed = false;
  private stopped = false;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly intervalMs: number,
  ) {}

  update(progress: LoadProgress): void {
    if (this.stopped) return;
    const now = performance.now();
    if (this.lastLine === 0) this.lastLine = now;
    if (now - this.lastLine < this.intervalMs) return;
    this.lastLine = now;
    this.printed = true;
    this.stream.write(`${progressLine(progress)}\n`);
  }

  note(line: string): void {
    if (!this.stopped && this.printed) this.stream.write(`${line}\n`);
  }

  stop(): void {
    this.stopped = true;
  }
}

export function createProgressReporter(options: ProgressOptions = {}): ProgressReporter {
  const stream = options.stream ?? process.stderr;
  if (stream.isTTY) return new BarReporter(stream);
  return new LineReporter(stream, (options.interval ?? 5) * 1000);
}
