import { dictionary } from "~/i18n/dictionary";
import { one } from "~/server/query";
import { safePath } from "~/server/redirect";
import { currentLanguage } from "~/server/session";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string | string[]; next?: string | string[] }>;
}) {
  const t = dictionary(await currentLanguage());
  const params = await searchParams;
  const error = one(params.error);
  // Own keys only: `?error=constructor` must not reach Object.prototype.
  const message = error
    ? (Object.hasOwn(t.signIn.errors, error) && t.signIn.errors[error]) || t.signIn.errors.INVALID_INPUT
    : null;
  const next = safePath(one(params.next), "/kpi");
  const field = "mt-1 block w-full rounded border-gray-300";
  return (
    <div className="mx-auto max-w-sm space-y-4 rounded-lg border border-gray-200 bg-white p-6">
      <h1 className="text-2xl font-semibold">{t.signIn.title}</h1>
      <p className="text-sm text-gray-700">{t.signIn.lead}</p>
      {message ? (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">
          {message}
        </p>
      ) : null}
      <form action="/api/auth/sign-in" method="post" className="space-y-3">
        <input type="hidden" name="next" value={next} />
        <label className="block text-sm font-medium">
          {t.signIn.email}
          <input className={field} type="email" name="email" autoComplete="username" required />
        </label>
        <label className="block text-sm font-medium">
          {t.signIn.password}
          <input className={field} type="password" name="password" autoComplete="current-password" required />
        </label>
        <button type="submit" className="w-full rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
          {t.signIn.submit}
        </button>
      </form>
    </div>
  );
}
