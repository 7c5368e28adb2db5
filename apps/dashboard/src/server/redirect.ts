import { NextResponse } from "next/server";

/**
 * A 303 to a path of this site, with a relative Location: behind a proxy, or reached as
 * 127.0.0.1 rather than localhost, the browser stays on the host it used (and its cookies).
 */
export function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { location: path } });
}

/** Only paths of this site, so a crafted link cannot send a signed-in user elsewhere. */
export function safePath(value: unknown, fallback = "/"): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : fallback;
}
