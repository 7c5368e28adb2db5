import type { Language } from "@innolab/core";
import Link from "next/link";
import { dictionary } from "~/i18n/dictionary";
import { currentActor, serverApi } from "~/server/session";
import type { SubmissionKind } from "./submission-search";

/**
 * A record's matches and where each stands, for the signed-in people who may see them (lab staff
 * and management all; officers and vendors their organisation's — the core decides).
 */
export async function RecordMatches({ kind, id, language }: { kind: SubmissionKind; id: number; language: Language }) {
  const t = dictionary(language).portal.matches;
  const actor = await currentActor();
  const matches = await (await serverApi()).match.list(
    kind === "need" ? { needId: id, pageSize: 100 } : { solutionId: id, pageSize: 100 },
  );
  return (
    <section aria-labelledby="matches" data-testid="record-matches">
      <h2 id="matches" className="font-medium">
        {t.title}
      </h2>
      <p className="text-xs text-gray-700">{t.intro}</p>
      {matches.length === 0 ? <p className="mt-1 text-sm">{t.none}</p> : null}
      <ul className="mt-1 divide-y divide-gray-100 text-sm">
        {matches.map((match) => {
          const other = kind === "need" ? match.solution : match.need;
          return (
            <li key={match.id} className="flex flex-wrap items-baseline justify-between gap-2 py-1.5">
              <Link
                href={`/${kind === "need" ? "solutions" : "needs"}/${other.id}`}
                className="text-blue-800 underline"
              >
                {other.refCode} · {other.title}
              </Link>
              <span className="text-gray-700">
                {t.state[match.status]} · {t.source[match.source]}
              </span>
            </li>
          );
        })}
      </ul>
      {kind === "need" && actor?.role === "ADMIN" ? (
        <Link href={`/admin/matching/${id}`} className="mt-1 inline-block text-sm text-blue-800 underline">
          {t.desk}
        </Link>
      ) : null}
    </section>
  );
}
