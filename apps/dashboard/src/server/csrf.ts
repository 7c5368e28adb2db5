/**
 * A state-changing request is accepted only from our own pages: its Origin (or, failing that,
 * Referer) must be this host. Cookies are also SameSite=Lax, so a cross-site form post arrives
 * without the session anyway; this is the second lock.
 */
export function sameOrigin(request: Request): boolean {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const source = request.headers.get("origin") ?? request.headers.get("referer");
  if (!host || !source) return false;
  try {
    return new URL(source).host === host;
  } catch {
    return false;
  }
}
