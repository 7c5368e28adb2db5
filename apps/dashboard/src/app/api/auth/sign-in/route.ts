import { DomainError } from "@innolab/core";
import { dashboardEnv } from "~/env";
import { sameOrigin } from "~/server/csrf";
import { readForm } from "~/server/form";
import { safePath, seeOther } from "~/server/redirect";
import { SESSION_COOKIE, serverApi } from "~/server/session";

/** The sign-in form posts here (works without JavaScript); the session goes in an http-only cookie. */
export async function POST(request: Request) {
  const form = await readForm(request);
  const next = safePath(form?.get("next"), "/kpi");
  const back = (error: string) => seeOther(`/sign-in?error=${error}&next=${encodeURIComponent(next)}`);
  if (!sameOrigin(request)) return back("CROSS_SITE");
  if (!form) return back("INVALID_INPUT");
  const api = await serverApi();
  try {
    const { token, expiresAt } = await api.auth.signIn({
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    const response = seeOther(next);
    response.cookies.set(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: "lax",
      secure: dashboardEnv.DASHBOARD_SECURE_COOKIES === "1",
      path: "/",
      expires: expiresAt,
    });
    return response;
  } catch (error) {
    return back(error instanceof DomainError ? error.key : "INVALID_INPUT");
  }
}
