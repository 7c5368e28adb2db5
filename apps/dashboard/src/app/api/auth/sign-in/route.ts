import { createCaller, createContext, DomainError } from "@innolab/core";
import { NextResponse } from "next/server";
import { dashboardEnv } from "~/env";
import { sameOrigin } from "~/server/csrf";
import { db } from "~/server/db";
import { currentLanguage, SESSION_COOKIE } from "~/server/session";

/** Only paths of this site, so a crafted link cannot send a signed-in user elsewhere. */
function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === "string" ? value : "";
  return next.startsWith("/") && !next.startsWith("//") ? next : "/kpi";
}

/** The sign-in form posts here (works without JavaScript); the session goes in an http-only cookie. */
export async function POST(request: Request) {
  const form = await request.formData();
  const next = safeNext(form.get("next"));
  const back = (error: string) =>
    NextResponse.redirect(new URL(`/sign-in?error=${error}&next=${encodeURIComponent(next)}`, request.url), 303);
  if (!sameOrigin(request)) return back("CROSS_SITE");
  const api = createCaller(createContext({ db: db(), source: "web", language: await currentLanguage() }));
  try {
    const { token, expiresAt } = await api.auth.signIn({
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    const response = NextResponse.redirect(new URL(next, request.url), 303);
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
