import { NextResponse } from "next/server";

/**
 * A 303 to a path of this site, with a relative Location: behind a proxy, or reached as
 * 127.0.0.1 rather than localhost, the browser stays on the host it used (and its cookies).
 */
export function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { location: path } });
}

// Browsers drop tabs and newlines from URLs and read "\" as "/", so "/\t/evil.example" and
// "/\evil.example" both become "//evil.example": another site.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
const UNSAFE = /[\u0000-\u001f\u007f\\\s]/;

/** Only paths of this site, so a crafted link cannot send a signed-in user elsewhere. */
export function safePath(value: unknown, fallback = "/"): string {
  const path = typeof value === "string" ? value : "";
  if (!path.startsWith("/") || path.startsWith("//") || UNSAFE.test(path) || path.length > 2000) return fallback;
  // What a browser would resolve it to must still be this site.
  const base = "http://this.site";
  try {
    return new URL(path, base).origin === base ? path : fallback;
  } catch {
    return fallback;
  }
}
