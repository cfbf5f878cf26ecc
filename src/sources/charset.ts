// Bytes → string with the right character set. Arabic sites still serve
// windows-1256 and ISO-8859-6; rss-parser only sees what we give it, so decoding
// happens here, before parsing.
import iconv from "iconv-lite";

/** How far into the body we look for an XML declaration or a <meta charset>. */
const SNIFF_BYTES = 4096;

/** WHATWG maps these labels to windows-1252; servers send them by default, so they are weak evidence. */
const LATIN_DEFAULTS = new Set(["iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252"]);

/**
 * Canonical iconv-lite encoding name for a charset label, or null when unknown.
 * Follows WHATWG where it matters: latin1/ascii labels mean windows-1252.
 */
export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().replace(/^["']|["']$/g, "").toLowerCase();
  if (!l) return null;
  if (l === "utf8" || l === "utf-8" || l === "unicode-1-1-utf-8") return "utf-8";
  if (LATIN_DEFAULTS.has(l)) return "windows-1252";
  if (l === "arabic" || l === "asmo-708" || l === "ecma-114" || l === "iso_8859-6" || l === "iso-8859-6-i" || l === "iso-8859-6-e" || l === "csisolatinarabic") return "iso-8859-6";
  if (l === "x-cp1256" || l === "cp1256") return "windows-1256";
  return iconv.encodingExists(l) ? l : null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return m?.[2] ?? null;
}

/** The encoding named inside the document: XML declaration, else HTML meta charset / http-equiv. */
export function charsetFromDocument(bytes: Buffer): string | null {
  const head = bytes.subarray(0, SNIFF_BYTES).toString("latin1");
  const xml = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1] ?? null;
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  if (meta) return meta[1] ?? null;
  return null;
}

function bomEncoding(bytes: Buffer): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function isValidUtf8(bytes: Buffer): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false; // the answer to "is it valid UTF-8?": the caller then tries the declared or sniffed charset
  }
}

/**
 * Which encoding decodeBody will use, exposed for logging/tests.
 *
 * Order:
 * 1. a byte-order mark (unambiguous, so it beats labels, as in the WHATWG algorithm);
 * 2. the HTTP charset parameter, unless it is a server default (latin1/ascii/1252) and
 *    the document itself names a different encoding: misconfigured Arabic sites
 *    commonly send `charset=ISO-8859-1` for windows-1256 pages;
 * 3. the XML declaration / HTML meta charset;
 * 4. UTF-8.
 * Unknown labels are skipped (fall through to the next rule, ending at UTF-8).
 * Safety net: if we ended at UTF-8 without a BOM and the bytes are not valid UTF-8,
 * use the document's declared encoding if any, else windows-1256 (the most common
 * non-UTF-8 encoding on the Arabic web; pure ASCII is valid UTF-8 and never gets here).
 */
export function detectCharset(bytes: Buffer, contentType: string | null): string {
  const bom = bomEncoding(bytes);
  if (bom) return bom;
  const fromHttp = normaliseCharset(charsetFromContentType(contentType));
  const fromDoc = normaliseCharset(charsetFromDocument(bytes));
  let chosen: string;
  if (fromHttp && !(fromHttp === "windows-1252" && fromDoc && fromDoc !== fromHttp)) chosen = fromHttp;
  else chosen = fromDoc ?? "utf-8";
  if (chosen === "utf-8" && !isValidUtf8(bytes)) {
    chosen = fromDoc && fromDoc !== "utf-8" ? fromDoc : "windows-1256";
  }
  return chosen;
}

export function decodeBody(bytes: Buffer, contentType: string | null): string {
  const enc = detectCharset(bytes, contentType);
  if (enc === "utf-8") {
    const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return bytes.toString("utf8", start);
  }
  return iconv.decode(bytes, enc); // strips a BOM itself
}
