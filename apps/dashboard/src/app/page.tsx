import Link from "next/link";
import { dictionary } from "~/i18n/dictionary";
import { currentLanguage } from "~/server/session";

export default async function HomePage() {
  const t = dictionary(await currentLanguage());
  const card = "block rounded-lg border border-gray-200 bg-white p-6 shadow-sm hover:border-blue-400";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t.home.title}</h1>
      <p className="max-w-3xl text-gray-700">{t.home.lead}</p>
      <div className="grid gap-4 sm:grid-cols-3">
        <Link className={card} href="/needs">
          <span className="text-lg font-medium text-blue-800">{t.nav.needs}</span>
        </Link>
        <Link className={card} href="/solutions">
          <span className="text-lg font-medium text-blue-800">{t.nav.solutions}</span>
        </Link>
        <Link className={card} href="/forums">
          <span className="text-lg font-medium text-blue-800">{t.nav.forums}</span>
        </Link>
      </div>
    </div>
  );
}
