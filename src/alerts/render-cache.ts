// A small LRU with a time limit, for the renderer (messages.ts): what one
// incident version renders to is the same for every chat of a broadcast.

export interface RenderCacheOptions {
  /** entries kept at most (least recently used dropped first; default 256) */
  maxEntries?: number;
  /** an entry is used for at most this long after it was made (ms; default 5000; negative: never reused) */
  ttlMs?: number;
  /** clock in ms (tests) */
  now?: () => number;
}

export class RenderCache<V> {
  private readonly entries = new Map<string, { at: number; value: V }>();
  private readonly max: number;
  private readonly ttl: number;
  private readonly now: () => number;

  constructor(o: RenderCacheOptions = {}) {
    this.max = Math.max(1, o.maxEntries ?? 256);
    this.ttl = o.ttlMs ?? 5000;
    this.now = o.now ?? (() => performance.now());
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value under `key`, made within the time limit, or undefined. */
  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key);
    if (this.now() - e.at > this.ttl) return undefined;
    this.entries.set(key, e); // most recently used last
    return e.value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { at: this.now(), value });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Forgets `key`, only if it still holds `value` (a newer value is kept). */
  delete(key: string, value?: V): void {
    const e = this.entries.get(key);
    if (e && (value === undefined || e.value === value)) this.entries.delete(key);
  }
}
