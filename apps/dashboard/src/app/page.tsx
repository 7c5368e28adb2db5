import Link from "next/link";
import { BotLinkList } from "~/components/portal/bot-link-list";
import { BotQrCode } from "~/components/portal/bot-qr";
import { TechAreaChips } from "~/components/portal/tech-area-chips";
import { dictionary } from "~/i18n/dictionary";
import { formatDate, pick } from "~/i18n/format";
import { botLinks } from "~/lib/bot-links";
import { currentLanguage, serverApi } from "~/server/session";

export const dynamic = "force-dynamic";

/** The portal's front page: what the lab has done, what comes next, what is new. */
export default async function HomePage() {
  const language = await currentLanguage();
  const t = dictionary(language);
  const api = await serverApi();
  const [figures, forums, needs, solutions] = await Promise.all([
    api.kpi.headlines(),
    api.forum.list({ when: "upcoming", pageSize: 1 }),
    api.need.search({ pageSize: 3 }),
    api.solution.search({ pageSize: 3 }),
  ]);
  const next = forums[0];
  const links = next ? botLinks(`forum-${next.id}`) : undefined;
  const panel = "rounded-lg border border-gray-200 bg-white p-5 shadow-sm";
  const newest = (kind: "needs" | "solutions", items: typeof needs.items) => (
    <section className={panel} aria-labelledby={`newest-${kind}`} data-testid={`newest-${kind}`}>
      <h2 id={`newest-${kind}`} className="text-lg font-medium">
        {kind === "needs" ? t.home.newestNeeds : t.home.newestSolutions}
      </h2>
      <ul className="mt-2 space-y-3">
        {items.map((item) => (
          <li key={item.id}>
            <Link href={`/${kind}/${item.id}`} className="font-medium text-blue-800 underline">
              {item.title}
            </Link>
            <p className="text-xs text-gray-700">
              {item.refCode} · {pick(language, item.organisation.nameEn, item.organisation.nameZh)}
            </p>
            <TechAreaChips areas={item.techAreas} language={language} className="mt-1" />
          </li>
        ))}
      </ul>
      <Link href={`/${kind}`} className="mt-3 inline-block text-sm text-blue-800 underline">
        {t.home.all}
      </Link>
    </section>
  );
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t.home.title}</h1>
        <p className="mt-2 max-w-3xl text-gray-700">{t.home.lead}</p>
      </div>
      <section aria-labelledby="figures">
        <h2 id="figures" className="mb-2 text-sm font-medium text-gray-700">
          {t.home.figures}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {figures.map((figure) => (
            <div key={figure.key} className={panel} data-testid={`figure-${figure.key}`}>
              <dt className="text-sm text-gray-700">{t.home.figure[figure.key]}</dt>
              <dd className="text-3xl font-semibold">{figure.value.toLocaleString("en-HK")}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className={panel} aria-labelledby="next-forum" data-testid="next-forum">
        <h2 id="next-forum" className="text-lg font-medium">
          {t.home.nextForum}
        </h2>
        {next ? (
          <div className="mt-2 space-y-1">
            <Link href={`/forums/${next.id}`} className="font-medium text-blue-800 underline">
              {pick(language, next.title, next.titleZh)}
            </Link>
            <p className="text-sm text-gray-700">
              {formatDate(next.startsAt, language, true)} · {next.venue}
            </p>
            <p className="text-sm">{t.home.registerHow}</p>
            {links ? (
              <BotLinkList
                className="text-sm"
                links={links}
                labels={{ telegram: t.home.register, teams: t.home.registerTeams }}
              />
            ) : null}
            {links?.telegram ? <BotQrCode url={links.telegram} label={t.home.registerQr} /> : null}
          </div>
        ) : (
          <p className="mt-2 text-sm">{t.home.noForum}</p>
        )}
      </section>
      <div className="grid gap-4 md:grid-cols-2">
        {newest("needs", needs.items)}
        {newest("solutions", solutions.items)}
      </div>
      <Link href="/showroom" className="inline-block text-blue-800 underline">
        {t.home.showroom}
      </Link>
    </div>
  );
}
