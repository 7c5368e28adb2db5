import type { Language } from "@innolab/core";
import Link from "next/link";
import { dictionary } from "~/i18n/dictionary";
import { formatDate, pick } from "~/i18n/format";
import { serverApi } from "~/server/session";

/** A need's way from publication to adoption, and the published solutions matched to it. */
export async function NeedJourney({ id, language }: { id: number; language: Language }) {
  const t = dictionary(language).portal.journey;
  const journey = await (await serverApi()).need.journey({ id });
  return (
    <section aria-labelledby="journey" data-testid="journey">
      <h2 id="journey" className="font-medium">
        {t.title}
      </h2>
      <ol className="mt-2 flex flex-wrap gap-2 text-sm">
        {journey.stages.map((stage) => {
          const planned = "planned" in stage ? stage.planned : null;
          return (
            <li
              key={stage.key}
              data-reached={stage.at ? "yes" : "no"}
              className={`rounded border px-3 py-2 ${stage.at ? "border-emerald-300 bg-emerald-50" : "border-gray-200 bg-gray-50 text-gray-700"}`}
            >
              <span className="block font-medium">{t.stage[stage.key]}</span>
              <span className="block text-xs">
                {stage.at
                  ? formatDate(stage.at, language)
                  : planned
                    ? t.planned(formatDate(planned, language))
                    : t.notYet}
              </span>
            </li>
          );
        })}
      </ol>
      {journey.matches.length ? (
        <>
          <h3 className="mt-3 text-sm font-medium">{t.matches}</h3>
          <ul className="mt-1 text-sm">
            {journey.matches.map((solution) => (
              <li key={solution.id}>
                <Link href={`/solutions/${solution.id}`} className="text-blue-800 underline">
                  {solution.title}
                </Link>{" "}
                <span className="text-gray-700">
                  ({pick(language, solution.organisation.nameEn, solution.organisation.nameZh)})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
