import { timingSafeEqual } from "node:crypto";

/**
 * Whether `given` (a header's value, or anything a request carried) is exactly `secret`, in time
 * that does not tell how much of it matched. Compared as bytes: a value of the same length in
 * characters but not in bytes is simply not the secret.
 */
export function sameSecret(given: unknown, secret: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
