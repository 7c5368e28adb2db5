import { auth } from "@innolab/core";
import { cookies } from "next/headers";
import { sameOrigin } from "~/server/csrf";
import { db } from "~/server/db";
import { seeOther } from "~/server/redirect";
import { SESSION_COOKIE } from "~/server/session";

export async function POST(request: Request) {
  if (!sameOrigin(request)) return new Response("cross-site request refused", { status: 403 });
  await auth.signOut(db(), (await cookies()).get(SESSION_COOKIE)?.value);
  const response = seeOther("/");
  response.cookies.delete(SESSION_COOKIE);
  return response;
}
