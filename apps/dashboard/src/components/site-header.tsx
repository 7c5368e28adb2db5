import { roleInGroup } from "@innolab/core";
import { headers } from "next/headers";
import Link from "next/link";
import { dictionary } from "~/i18n/dictionary";
import { currentActor, currentLanguage } from "~/server/session";

export async function SiteHeader() {
  const [actor, language] = [await currentActor(), await currentLanguage()];
  const t = dictionary(language);
  const path = (await headers()).get("x-pathname") ?? "/";
  const link = "rounded px-2 py-1 text-sm font-medium text-gray-700 hover:bg-gray-100 hover:text-gray-900";
  return (
    <header className="border-b border-gray-200 bg-white print:hidden">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-2 px-4 py-3">
        <Link href="/" className="mr-4 text-lg font-semibold text-blue-800">
          {t.appName}
        </Link>
        <Link className={link} href="/needs">
          {t.nav.needs}
        </Link>
        <Link className={link} href="/solutions">
          {t.nav.solutions}
        </Link>
        <Link className={link} href="/forums">
          {t.nav.forums}
        </Link>
        <Link className={link} href="/showroom">
          {t.nav.showroom}
        </Link>
        {actor && roleInGroup(actor.role, "oversight") ? (
          <Link className={link} href="/kpi">
            {t.nav.kpi}
          </Link>
        ) : null}
        {actor && roleInGroup(actor.role, "staff") ? (
          <Link className={link} href="/admin">
            {t.nav.admin}
          </Link>
        ) : null}
        <div className="ml-auto flex items-center gap-2">
          <form action="/api/language" method="post">
            <input type="hidden" name="language" value={language === "zh-HK" ? "en" : "zh-HK"} />
            <input type="hidden" name="back" value={path} />
            <button type="submit" className={link} lang={language === "zh-HK" ? "en" : "zh-HK"}>
              {t.nav.switchTo}
            </button>
          </form>
          {actor ? (
            <form action="/api/auth/sign-out" method="post">
              <button type="submit" className={link}>
                {t.nav.signOut}
              </button>
            </form>
          ) : (
            <Link className={link} href="/sign-in">
              {t.nav.signIn}
            </Link>
          )}
        </div>
      </nav>
    </header>
  );
}
