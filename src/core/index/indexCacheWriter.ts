/** Where to save, and how (only called when saving; resolves to the bytes written). */
export interface CacheTarget {
  file: string;
  save: (file: string) => Promise<number>;
}

/** Where the writer reports what it did. */
export interface CacheWriterLog {
  info(message: string): void;
  warn(message: string): void;
}

/** Debounce of saves after a change: a burst of watcher events gives one write. */
export const CACHE_WRITE_DELAY_MS = 2000;

/**
 * Saves the persistent index a little after changes, one write at a time. `target` returns
 * undefined when there is nothing to save to (no storage) or it is not the time (indexing).
 */
export class IndexCacheWriter {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private dirty = false;

  constructor(
    private readonly target: () => CacheTarget | undefined,
    private readonly log: CacheWriterLog,
  ) {}

  /** True when changes wait to be saved. */
  get pending(): boolean {
    return this.dirty;
  }

  /** Saves after `delayMs` without further calls. */
  schedule(delayMs = CACHE_WRITE_DELAY_MS): void {
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delayMs);
  }

  /** Saves now if anything changed since the last save; resolves when written. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.writing = this.writing.then(() => this.write());
    return this.writing;
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private async write(): Promise<void> {
    if (!this.dirty) return;
    const target = this.target();
    if (!target) return;
    this.dirty = false;
    const started = Date.now();
    try {
      const bytes = await target.save(target.file);
      this.log.info(`saved the persistent index (${(bytes / 1048576).toFixed(1)} MB) to ${target.file} in ${Date.now() - started} ms`);
    } catch (error) {
      this.log.warn(`persistent index not saved: ${error instanceof Error ? error.message : String(error)}`);
      this.dirty = true; // e.g. the corpus changed while it was written: the change schedules the next save
    }
  }
}
