// A progress line on standard error while a run lasts longer than a moment, in a terminal only: piped or
// redirected output (CI logs, another program) gets no control characters.

/** Runs shorter than this show nothing. */
const QUIET_MS = 1500;
const REDRAW_MS = 250;
const BAR_WIDTH = 24;

export interface ProgressOptions {
  /** Standard error unless told; drawn on only when it is a terminal. */
  stream?: Pick<NodeJS.WriteStream, 'isTTY' | 'write'>;
  quietMs?: number;
  redrawMs?: number;
}

export class Progress {
  private done = 0;
  private chars = 0;
  private readonly started = Date.now();
  private readonly timer: NodeJS.Timeout | undefined;
  private drawn = false;

  private readonly stream: Pick<NodeJS.WriteStream, 'isTTY' | 'write'>;
  private readonly quietMs: number;

  /** `total` is undefined for a stream of unknown length (JSONL on standard input). */
  constructor(
    private readonly total: number | undefined,
    private readonly unit: string,
    { stream = process.stderr, quietMs = QUIET_MS, redrawMs = REDRAW_MS }: ProgressOptions = {},
  ) {
    this.stream = stream;
    this.quietMs = quietMs;
    if (stream.isTTY) {
      this.timer = setInterval(() => this.draw(), redrawMs);
      this.timer.unref();
    }
  }

  /** One item finished, of `chars` characters. */
  tick(chars: number): void {
    this.done++;
    this.chars += chars;
  }

  /** A message on its own line, the progress line redrawn under it. */
  log(message: string): void {
    this.clear();
    this.stream.write(message + '\n');
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.clear();
  }

  private draw(): void {
    const elapsed = Date.now() - this.started;
    if (elapsed < this.quietMs) return;
    const seconds = elapsed / 1000;
    const rate = this.done / seconds;
    const mb = this.chars / 1e6 / seconds;
    const parts = [`${this.done}${this.total === undefined ? '' : `/${this.total}`} ${this.unit}`, `${rate.toFixed(1)}/s`, `${mb.toFixed(2)} MB/s`];
    let bar = '';
    if (this.total) {
      const filled = Math.round((BAR_WIDTH * this.done) / this.total);
      bar = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] `;
      parts.push(this.done && this.done < this.total ? `ETA ${duration((this.total - this.done) / rate)}` : `${duration(seconds)}`);
    } else {
      parts.push(duration(seconds));
    }
    this.stream.write(`\r\x1b[K${bar}${parts.join(' · ')}`);
    this.drawn = true;
  }

  private clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}
