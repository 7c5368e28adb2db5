import { DomainError } from "@innolab/core";
import Link from "next/link";
import { notFound } from "next/navigation";
import { dictionary } from "~/i18n/dictionary";
import { formatDate, pick } from "~/i18n/format";
import { botLinks } from "~/lib/bot-links";
import { idParam } from "~/server/query";
import { currentActor, currentLanguage, serverApi } from "~/server/session";
import { BotLinkList } from "./bot-link-list";
import { NeedJourney } from "./need-journey";
import { RecordMatches } from "./record-matches";
import type { SubmissionKind } from "./submission-search";
import { TechAreaChips } from "./tech-area-chips";

export async function SubmissionDetail({ kind, id }: { kind: SubmissionKind; id: string }) {
  const language = await currentLanguage();
  const t = dictionary(language);
  const api = await serverApi();
  const numeric = idParam(id);
  if (!numeric) notFound();
  const item = await (kind === "need" ? api.need.get({ id: numeric }) : api.solution.get({ id: numeric })).catch(
    (error: unknown) => {
      if (error instanceof DomainError && error.key === "NOT_FOUND") notFound();
      throw error;
    },
  );
  const extra = "expectedOutcome" in item ? item.expectedOutcome : "useCases" in item ? item.useCases : null;
  return (
    <article className="space-y-4 rounded-lg border border-gray-200 bg-white p-6">
      <Link href={kind === "need" ? "/needs" : "/solutions"} className="text-sm text-blue-800 underline">
        {t.portal.back}
      </Link>
      <h1 className="text-2xl font-semibold">{item.title}</h1>
      <dl className="grid gap-2 text-sm sm:grid-cols-3">
        <div>
          <dt className="font-medium text-gray-700">{t.portal.reference}</dt>
          <dd>{item.refCode}</dd>
        </div>
        <div>
          <dt className="font-medium text-gray-700">{t.portal.submittedBy}</dt>
          <dd>{pick(language, item.organisation.nameEn, item.organisation.nameZh)}</dd>
        </div>
        <div>
          <dt className="font-medium text-gray-700">{t.portal.published}</dt>
          <dd>{item.publishedAt ? formatDate(item.publishedAt, language) : "—"}</dd>
        </div>
      </dl>
      <section>
        <h2 className="font-medium">{t.portal.description}</h2>
        <p className="whitespace-pre-line text-gray-800">{item.description}</p>
      </section>
      {extra ? (
        <section>
          <h2 className="font-medium">{t.portal.expectedOutcome}</h2>
          <p className="whitespace-pre-line text-gray-800">{extra}</p>
        </section>
      ) : null}
      <TechAreaChips areas={item.techAreas} language={language} />
      {kind === "need" ? <NeedJourney id={item.id} language={language} /> : null}
      {kind === "need" && item.status === "PUBLISHED" ? <ProposeHere needId={item.id} t={t} /> : null}
      {(await currentActor()) ? <RecordMatches kind={kind} id={item.id} language={language} /> : null}
    </article>
  );
}

/** Companies answer a published need from the bot; the page links there (or says how). */
function ProposeHere({ needId, t }: { needId: number; t: ReturnType<typeof dictionary> }) {
  return (
    <section className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="propose">
      <h2 className="font-medium">{t.portal.propose.title}</h2>
      <p className="mt-1">{t.portal.propose.howTo(needId)}</p>
      <BotLinkList
        className="mt-1"
        links={botLinks(`need-${needId}`)}
        labels={{ telegram: t.portal.propose.telegram, teams: t.portal.propose.teams }}
      />
    </section>
  );
}
