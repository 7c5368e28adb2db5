import "server-only";
import {
  type Actor,
  auth,
  createCaller,
  createContext,
  type Language,
  languageFromTag,
  type RoleGroup,
  roleInGroup,
} from "@innolab/core";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "./db";

export const SESSION_COOKIE = "innolab_session";
export const LANGUAGE_COOKIE = "innolab_lang";

/** The signed-in actor of this request, or null (looked up once per request). */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return auth.actorForSession(db(), token);
});

/** The language chosen with the switch, else the browser's. */
export const currentLanguage = cache(async (): Promise<Language> => {
  const chosen = (await cookies()).get(LANGUAGE_COOKIE)?.value;
  if (chosen === "en" || chosen === "zh-HK") return chosen;
  return languageFromTag((await headers()).get("accept-language") ?? undefined);
});

/** The core's context for this request: its signed-in user (if any) and language. */
export async function requestContext() {
  // Next sets X-Forwarded-For to the socket's address when no proxy did (sign-in throttling).
  const forwarded = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim();
  return createContext({
    db: db(),
    source: "web",
    actor: await currentActor(),
    language: await currentLanguage(),
    clientAddress: forwarded || undefined,
  });
}

/** The core API as this request's user, for server components and route handlers. */
export const serverApi = cache(async () => createCaller(await requestContext()));

/**
 * Guards a page on the server: visitors are sent to sign in; a signed-in user of another
 * role sees the "not allowed" page.
 */
export async function requireRole(group: RoleGroup, path: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (!roleInGroup(actor.role, group)) redirect("/forbidden");
  return actor;
}
