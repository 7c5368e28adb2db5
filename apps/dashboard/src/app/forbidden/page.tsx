import { dictionary } from "~/i18n/dictionary";
import { currentLanguage } from "~/server/session";

export default async function ForbiddenPage() {
  const t = dictionary(await currentLanguage());
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">{t.forbidden.title}</h1>
      <p>{t.forbidden.body}</p>
    </div>
  );
}
