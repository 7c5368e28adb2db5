import { type NextRequest, NextResponse } from "next/server";

/** Tells server components the path being rendered (for the language switch's way back). */
export function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = { matcher: ["/((?!api|_next|favicon.ico).*)"] };
