import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { FetchError, type HttpLimits } from "../../src/sources/fetched.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "fixtures");

export function fixture(name: string): Buffer {
  return readFileSync(join(dir, name));
}

/** Short limits so that every failure case ends in well under a second. */
export const FAST: Partial<HttpLimits> = { connectTimeoutMs: 500, totalTimeoutMs: 700, maxBytes: 1024 * 1024, maxRedirects: 5 };

export const RSS = { "content-type": "application/rss+xml; charset=utf-8" };

export function rss(items: string, extra = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>https://example.iq/</link>${extra}${items}</channel></rss>`;
}

export function item(f: { title?: string; link?: string; guid?: string; description?: string; pubDate?: string }): string {
  return (
    "<item>" +
    (f.title !== undefined ? `<title>${f.title}</title>` : "") +
    (f.link !== undefined ? `<link>${f.link}</link>` : "") +
    (f.guid !== undefined ? `<guid>${f.guid}</guid>` : "") +
    (f.description !== undefined ? `<description>${f.description}</description>` : "") +
    (f.pubDate !== undefined ? `<pubDate>${f.pubDate}</pubDate>` : "") +
    "</item>"
  );
}

/** The FetchError a promise rejects with (the test fails if it resolves or throws anything else). */
export async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(FetchError);
    return e as FetchError;
  }
  throw new Error("expected a FetchError");
}
