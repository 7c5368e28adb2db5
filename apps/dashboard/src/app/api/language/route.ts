import { readForm } from "~/server/form";
import { safePath, seeOther } from "~/server/redirect";
import { LANGUAGE_COOKIE } from "~/server/session";

/** The language switch: remembers the choice and goes back to the page. */
export async function POST(request: Request) {
  const form = await readForm(request);
  const language = form?.get("language") === "zh-HK" ? "zh-HK" : "en";
  const response = seeOther(safePath(form?.get("back")));
  response.cookies.set(LANGUAGE_COOKIE, language, { sameSite: "lax", path: "/", maxAge: 365 * 86_400 });
  return response;
}
