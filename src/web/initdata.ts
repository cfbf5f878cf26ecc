// Telegram Mini App initData: who is asking, proven by Telegram. The client
// sends the raw query string it was opened with; it is trusted only when its
// `hash` is the HMAC-SHA256 of the sorted data-check string keyed with
// HMAC-SHA256("WebAppData", bot token), compared in constant time, and when its
// auth_date is recent (a leaked string stops working after MAX_AGE_SEC).
import { createHmac, timingSafeEqual } from "node:crypto";

/** initData older than this is refused (a Mini App left open longer is reopened from the bot). */
export const MAX_AGE_SEC = 24 * 3600;
/** clocks differ a little; initData from further in the future is refused */
const FUTURE_SKEW_SEC = 300;

export interface WebAppUser {
  id: number;
  language_code?: string;
  first_name?: string;
  username?: string;
}

export interface VerifiedInitData {
  user: WebAppUser;
  authDate: Date;
  /** where the Mini App was opened from ("sender", "private", "group", …), when Telegram says */
  chatType: string | null;
}

const dataCheckString = (params: URLSearchParams): string =>
  [...params.entries()]
    .filter(([k]) => k !== "hash")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("\n");

/** The `hash` Telegram would put in initData with these fields (also used by tests to sign). */
export function signInitData(fields: Record<string, string>, botToken: string): string {
  const params = new URLSearchParams(fields);
  const secret = createHmac("sha256", "WebAppData").update(botToken).digest();
  const hash = createHmac("sha256", secret).update(dataCheckString(params)).digest("hex");
  params.set("hash", hash);
  return params.toString();
}

/** The verified user, or null: a missing, malformed, forged or stale initData proves nothing. */
export function verifyInitData(raw: string, botToken: string, now = new Date(), maxAgeSec = MAX_AGE_SEC): VerifiedInitData | null {
  if (!raw || raw.length > 8192) return null;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return null; // unreadable initData is unverified initData: 401
  }
  const hash = params.get("hash");
  if (!hash || !/^[0-9a-f]{64}$/i.test(hash)) return null;
  const secret = createHmac("sha256", "WebAppData").update(botToken).digest();
  const expected = createHmac("sha256", secret).update(dataCheckString(params)).digest();
  if (!timingSafeEqual(expected, Buffer.from(hash, "hex"))) return null;

  const authDate = Number(params.get("auth_date"));
  if (!Number.isInteger(authDate) || authDate <= 0) return null;
  const age = now.getTime() / 1000 - authDate;
  if (age > maxAgeSec || age < -FUTURE_SKEW_SEC) return null;

  let user: unknown;
  try {
    user = JSON.parse(params.get("user") ?? "null");
  } catch {
    return null; // signed but unreadable: refused like a forgery (401)
  }
  if (!user || typeof user !== "object" || !Number.isSafeInteger((user as WebAppUser).id) || (user as WebAppUser).id <= 0) return null;
  return { user: user as WebAppUser, authDate: new Date(authDate * 1000), chatType: params.get("chat_type") };
}
