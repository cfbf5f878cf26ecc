// Deliveries failing in bulk (the bot blocked by most chats at once, Telegram
// down): the admins should hear about it once, not at every failure.

export interface BulkFailure {
  /** failed sends among the last `total` attempts */
  failed: number;
  total: number;
  lastError: string;
}

/** Watches the last 100 sends; tells once when more than half failed, again only after they recovered. */
export class BulkWatch {
  private outcomes: boolean[] = [];
  private failures = 0;
  private alerted = false;
  private lastError = "";

  constructor(private readonly hook?: (info: BulkFailure) => void, private readonly size = 100, private readonly minSamples = 20) {}

  record(ok: boolean, error?: string): void {
    if (!this.hook) return;
    this.outcomes.push(ok);
    if (!ok) {
      this.failures++;
      this.lastError = error ?? this.lastError;
    }
    if (this.outcomes.length > this.size && !this.outcomes.shift()) this.failures--;
    const total = this.outcomes.length;
    if (!this.alerted && total >= this.minSamples && this.failures > total / 2) {
      this.alerted = true;
      this.hook({ failed: this.failures, total, lastError: this.lastError });
    } else if (this.alerted && this.failures <= total / 4) {
      this.alerted = false;
    }
  }
}
