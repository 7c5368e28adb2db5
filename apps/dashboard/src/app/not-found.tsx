import Link from "next/link";
import { dictionary } from "~/i18n/dictionary";
import { currentLanguage } from "~/server/session";

/** Every 404 of the site, in the reader's language. */
export default async function NotFound() {
  const t = dictionary(await currentLanguage());
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">{t.home.notFound}</h1>
      <p className="text-gray-700">{t.home.notFoundLead}</p>
      <Link href="/" className="text-blue-800 underline">
        {t.home.backHome}
      </Link>
    </div>
  );
}
