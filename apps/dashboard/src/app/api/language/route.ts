import { NextResponse } from "next/server";
import { LANGUAGE_COOKIE } from "~/server/session";

/** The language switch: remembers the choice and goes back to the page. */
export async function POST(request: Request) {
  const form = await request.formData();
  const language = form.get("language") === "zh-HK" ? "zh-HK" : "en";
  const back = String(form.get("back") ?? "/");
  const response = NextResponse.redirect(new URL(back.startsWith("/") && !back.startsWith("//") ? back : "/", request.url), 303);
  response.cookies.set(LANGUAGE_COOKIE, language, { sameSite: "lax", path: "/", maxAge: 365 * 86_400 });
  return response;
}
