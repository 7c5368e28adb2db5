import { DomainError } from "@innolab/core";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminNav } from "~/components/admin/admin-nav";
import { type Candidate, PairDecisions } from "~/components/admin/pair-decisions";
import { TechAreaChips } from "~/components/portal/tech-area-chips";
import { dictionary } from "~/i18n/dictionary";
import { pick } from "~/i18n/format";
import { idParam } from "~/server/query";
import { currentLanguage, requireRole, serverApi } from "~/server/session";
import { ApiProvider } from "~/trpc/client";

export const dynamic = "force-dynamic";

/** How deep the desk looks into a need's ranking. */
const RANKED = 30;
/** Weak candidates (below the floor, never recorded) shown only to make the list this long. */
const AT_LEAST = 10;

/** One need beside its suggested and proposed solutions, to confirm or dismiss several at once. */
export default async function NeedMatchingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireRole("staff", `/admin/matching/${id}`);
  const needId = idParam(id);
  if (!needId) notFound();
  const language = await currentLanguage();
  const t = dictionary(language);
  const api = await serverApi();
  const [need, ranked] = await Promise.all([
    api.need.get({ id: needId }),
    api.match.suggestionsForNeed({ id: needId, limit: RANKED }),
  ]).catch((error: unknown) => {
    if (error instanceof DomainError && error.key === "NOT_FOUND") notFound();
    throw error;
  });
  // Strong, recorded or proposed pairs all; weak ones only as the closest so far.
  const worthShowing = (item: (typeof ranked)[number], index: number) =>
    item.strong || item.matchStatus !== null || item.proposal !== null || index < AT_LEAST;
  const candidates: Candidate[] = ranked.filter(worthShowing).map((item) => ({
    id: item.record.id,
    refCode: item.record.refCode,
    title: item.record.title,
    company: pick(language, item.record.organisation.nameEn, item.record.organisation.nameZh),
    description: item.record.description,
    areas: item.record.techAreas.map(({ slug, nameEn, nameZh }) => ({ slug, nameEn, nameZh })),
    score: item.score,
    strong: item.strong,
    reason: item.reason.text,
    state: item.matchStatus ?? "NEW",
    pitch: item.proposal ? (item.proposal.pitch ?? "") : null,
  }));
  return (
    <ApiProvider>
      <h1 className="mb-2 text-2xl font-semibold">{t.admin.title}</h1>
      <AdminNav t={t} current="matching" />
      <Link href="/admin/matching" className="text-sm text-blue-800 underline">
        {t.admin.matching.back}
      </Link>
      <div className="mt-3 grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section
          aria-labelledby="the-need"
          className="self-start rounded-lg border border-gray-200 bg-white p-4 lg:sticky lg:top-4"
        >
          <p id="the-need" className="text-xs font-medium uppercase text-gray-700">
            {t.admin.matching.theNeed}
          </p>
          <h2 className="text-lg font-semibold">
            <Link href={`/needs/${need.id}`} className="underline">
              {need.title}
            </Link>
          </h2>
          <p className="text-sm text-gray-700">
            {need.refCode} · {pick(language, need.organisation.nameEn, need.organisation.nameZh)}
          </p>
          <p className="mt-2 whitespace-pre-line text-sm">{need.description}</p>
          {need.expectedOutcome ? (
            <p className="mt-2 whitespace-pre-line text-sm text-gray-800">{need.expectedOutcome}</p>
          ) : null}
          <TechAreaChips areas={need.techAreas} language={language} className="mt-2" />
        </section>
        <section aria-labelledby="candidates">
          <h2 id="candidates" className="mb-2 font-medium">
            {t.admin.matching.candidates}
          </h2>
          {candidates.length === 0 ? (
            <p>{t.admin.matching.none}</p>
          ) : (
            <PairDecisions language={language} needId={need.id} candidates={candidates} />
          )}
        </section>
      </div>
    </ApiProvider>
  );
}
