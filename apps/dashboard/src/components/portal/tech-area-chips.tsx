import type { Language } from "@innolab/core";
import { dictionary } from "~/i18n/dictionary";
import { pick } from "~/i18n/format";

/** A record's technology areas as small labelled chips. */
export function TechAreaChips({
  areas,
  language,
  className = "",
}: {
  areas: Array<{ slug: string; nameEn: string; nameZh: string }>;
  language: Language;
  className?: string;
}) {
  return (
    <ul className={`flex flex-wrap gap-1 ${className}`} aria-label={dictionary(language).portal.techArea}>
      {areas.map((a) => (
        <li key={a.slug} className="rounded bg-blue-50 px-2 py-0.5 text-xs text-blue-900">
          {pick(language, a.nameEn, a.nameZh)}
        </li>
      ))}
    </ul>
  );
}
