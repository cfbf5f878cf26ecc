// Telegram's limits as sliding windows, on a hand-driven clock.
import { describe, expect, it } from "vitest";
import { TelegramLimits, Window, isGroupChat } from "../../src/delivery/rate-windows.js";

function clock() {
  let t = 1000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("Window", () => {
  it("allows `limit` sends per window; an answered send frees its place one window after the answer", () => {
    const w = new Window(3, 1000, Infinity);
    const a = w.take(0);
    w.take(0);
    w.take(10);
    expect(w.readyAt(20)).toBe(Infinity); // unanswered: their place is held until they are answered
    a.end = 5;
    expect(w.readyAt(20)).toBe(1005);
    expect(w.readyAt(1005)).toBe(1005);
  });

  it("with a jitter cap, an unanswered send holds the place only `jitterMs` after it left", () => {
    const w = new Window(1, 1000, 25);
    w.take(0);
    expect(w.readyAt(10)).toBe(1025);
  });

  it("with a jitter cap, an answer slower than the fastest holds the place for the extra time too (the request may have waited on its way)", () => {
    // locally: round trips of 2 ms, then one of 200 ms (a stalled process); the cap is 50 ms
    const w = new Window(1, 1000, 50);
    w.answer(w.take(0), 2);
    expect(w.readyAt(2)).toBe(1002);
    const slow = w.take(1002);
    expect(w.readyAt(1010)).toBe(2052); // unanswered: the cap
    w.answer(slow, 1202);
    expect(w.readyAt(1210)).toBe(2202); // with the cap alone: 2052, while the request may have arrived at 1200
  });

  it("with a jitter cap over a network slower than the cap, a usual answer holds the place `jitterMs` after the send left, a slower one longer", () => {
    const w = new Window(1, 1000, 50);
    w.answer(w.take(0), 100); // the network's own round trip: 100 ms
    expect(w.readyAt(100)).toBe(1050);
    w.answer(w.take(1050), 1150);
    expect(w.readyAt(1150)).toBe(2100);
    w.answer(w.take(2100), 2400); // 200 ms slower than the fastest
    expect(w.readyAt(2400)).toBe(3350);
  });

  it("a send that never reached Telegram (nothing rendered, a connection refused) is no round trip: it does not become the fastest", () => {
    const w = new Window(1, 1000, 50);
    w.answer(w.take(0), 100); // the network's own round trip: 100 ms
    w.answer(w.take(1050), 1051, false); // cancelled before any request: 1 ms, not a round trip
    expect(w.readyAt(1051)).toBe(2001); // it sent nothing: its place may end as early as an answered one
    w.answer(w.take(2051), 2151); // a usual answer still ends its place `jitterMs` after it left
    expect(w.readyAt(2151)).toBe(3101); // had 1 ms become the fastest: 3151
  });

  it("a send answered late holds the window back until its place ends, even when a later one is answered early", () => {
    const w = new Window(2, 1000, 50);
    w.answer(w.take(0), 1);
    const slow = w.take(10);
    w.answer(w.take(20), 21);
    w.answer(slow, 300);
    // places end at 1001, 1300 and 1021: with the limit-th latest send's end alone (1021), the one
    // answered at 300 would be counted out 279 ms early. Conservative: a third send waits until 1300.
    expect(w.readyAt(30)).toBe(1300);
    expect(w.readyAt(1300)).toBe(1300);
  });
});

describe("TelegramLimits", () => {
  it("paces the bot as a whole: no more than perSecond sends in any second", () => {
    const c = clock();
    const l = new TelegramLimits({ perSecond: 30, jitterMs: 0 }, c.now);
    let sent = 0;
    const times: number[] = [];
    for (let i = 0; i < 3000 && sent < 100; i++) {
      const slot = l.tryTake(BigInt(1000 + sent));
      if (slot) {
        slot.done();
        times.push(c.now());
        sent++;
      } else {
        c.advance(Math.max(1, l.globalReadyAt() - c.now()));
      }
    }
    expect(sent).toBe(100);
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThanOrEqual(1000);
    expect(times.at(-1)! - times[0]!).toBeLessThan(3100); // and it does use the rate
  });

  it("one message per second to a private chat, twenty a minute to a group", () => {
    const c = clock();
    const l = new TelegramLimits({ perSecond: 1000 }, c.now);
    l.tryTake(5n)!.done();
    expect(l.tryTake(5n)).toBeNull();
    expect(l.chatReadyAt(5n)).toBe(c.now() + 1000);
    expect(l.tryTake(6n)).not.toBeNull(); // another chat is not held back
    const group = -100123n;
    for (let i = 0; i < 20; i++) {
      const s = l.tryTake(group);
      expect(s, `group message ${i + 1}`).not.toBeNull();
      s!.done();
      c.advance(100);
    }
    expect(l.tryTake(group)).toBeNull();
    expect(l.chatReadyAt(group)).toBeGreaterThan(c.now() + 57_000);
  });

  it("a 429 pauses every chat", () => {
    const c = clock();
    const l = new TelegramLimits({}, c.now);
    l.pause(3000);
    expect(l.tryTake(1n)).toBeNull();
    expect(l.globalReadyAt()).toBe(c.now() + 3000);
    c.advance(3000);
    expect(l.tryTake(1n)).not.toBeNull();
  });

  it("paid broadcasts: free first, paid only beyond the free rate, never beyond the paid rate", () => {
    const c = clock();
    const l = new TelegramLimits({ perSecond: 30, paid: true, paidPerSecond: 100, jitterMs: 0 }, c.now);
    const slots = [];
    for (let i = 0; i < 150; i++) {
      const s = l.tryTake(BigInt(i + 1));
      if (!s) break;
      s.done();
      slots.push(s);
    }
    expect(slots).toHaveLength(100);
    expect(slots.filter((s) => !s.paid)).toHaveLength(30);
    expect(slots.slice(0, 30).every((s) => !s.paid)).toBe(true);
  });

  it("tells groups from private chats by the sign of the id", () => {
    expect(isGroupChat(-1001234567890n)).toBe(true);
    expect(isGroupChat(-42)).toBe(true);
    expect(isGroupChat(5551234n)).toBe(false);
  });
});
