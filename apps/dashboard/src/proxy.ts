import { type NextRequest, NextResponse } from "next/server";

/**
 * The page's content security policy, with a fresh nonce per request: Next.js puts the nonce on its
 * own scripts (it reads it from this request header), so only the scripts this server sent run.
 * Styles keep 'unsafe-inline' because the charts size bars with style attributes.
 * Development needs 'unsafe-eval' for React's debugging aids.
 */
function contentSecurityPolicy(nonce: string, development: boolean) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Sets the policy and tells server components the path being rendered (for the language switch's way back). */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  // NODE_ENV is fixed by Next.js when it builds; it is not a setting of ours.
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = { matcher: ["/((?!api|_next|favicon.ico).*)"] };
