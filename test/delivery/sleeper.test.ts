// The sender loop's sleeper: a wake that comes while the loop is busy (awaiting
// a claim or a write) must end its next sleep, or the loop sleeps on a request
// in flight while new rows, or a lapsed lease, wait for it.
import { describe, expect, it } from "vitest";
import { Sleeper } from "../../src/delivery/sleeper.js";

/** Resolves to what ended first: the sleep, or a 2-second guard. */
function race(p: Promise<void>): Promise<"woke" | "still asleep"> {
  return Promise.race([
    p.then(() => "woke" as const),
    new Promise<"still asleep">((r) => setTimeout(() => r("still asleep"), 2000).unref()),
  ]);
}

describe("Sleeper", () => {
  it("a wake while not asleep ends the next sleep at once, and only that one", async () => {
    const s = new Sleeper();
    const never = new Promise<void>(() => undefined);
    s.wake();
    expect(await race(s.until(Infinity, [never]))).toBe("woke");
    // the kept wake was used: the next sleep lasts until its own time
    const t0 = performance.now();
    await s.until(performance.now() + 50, [never]);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(45);
  });

  it("a wake while asleep ends that sleep; an answer in flight ends it too", async () => {
    const s = new Sleeper();
    const sleeping = s.until(Infinity, []);
    s.wake();
    expect(await race(sleeping)).toBe("woke");
    let answer!: () => void;
    const inflight = new Promise<void>((r) => (answer = r));
    const waiting = s.until(Infinity, [inflight]);
    answer();
    expect(await race(waiting)).toBe("woke");
  });
});
