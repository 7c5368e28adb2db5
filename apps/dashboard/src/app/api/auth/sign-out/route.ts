import { auth } from "@innolab/core";
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { sameOrigin } from "~/server/csrf";
import { db } from "~/server/db";
import { SESSION_COOKIE } from "~/server/session";

export async function POST(request: Request) {
  if (!sameOrigin(request)) return new Response("cross-site request refused", { status: 403 });
  await auth.signOut(db(), (await cookies()).get(SESSION_COOKIE)?.value);
  const response = NextResponse.redirect(new URL("/", request.url), 303);
  response.cookies.delete(SESSION_COOKIE);
  return response;
}
