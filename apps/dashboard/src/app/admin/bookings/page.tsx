import { hongKongDay, hongKongTime, isoWeekday } from "@innolab/core";
import Link from "next/link";
import { AdminNav } from "~/components/admin/admin-nav";
import { BlockOutForm, DecideBooking } from "~/components/admin/booking-actions";
import { dictionary } from "~/i18n/dictionary";
import { formatDate, pick } from "~/i18n/format";
import { dayParam } from "~/server/query";
import { currentLanguage, requireRole, serverApi } from "~/server/session";
import { ApiProvider } from "~/trpc/client";

export const dynamic = "force-dynamic";

const DAY = 86_400_000;
const time = (date: Date) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Hong_Kong", hour: "2-digit", minute: "2-digit" }).format(date);

/** The booking calendar: a week (Hong Kong time) of every resource, pending approvals, block-outs. */
export default async function BookingsPage({ searchParams }: { searchParams: Promise<{ week?: string | string[] }> }) {
  await requireRole("staff", "/admin/bookings");
  const language = await currentLanguage();
  const t = dictionary(language);
  const api = await serverApi();
  const { week } = await searchParams;
  const anchor = dayParam(week) ?? hongKongDay(new Date());
  // The Monday of the anchor's week.
  const monday = hongKongDay(new Date(hongKongTime(anchor).getTime() - (isoWeekday(anchor) - 1) * DAY));
  const days = Array.from({ length: 7 }, (_, i) => hongKongDay(new Date(hongKongTime(monday).getTime() + i * DAY)));
  const from = hongKongTime(monday);
  const to = new Date(from.getTime() + 7 * DAY);
  const [resources, bookings] = await Promise.all([api.resource.list(), api.booking.calendar({ from, to })]);
  const shift = (weeks: number) => hongKongDay(new Date(from.getTime() + weeks * 7 * DAY));
  const pending = bookings.filter((b) => b.status === "PENDING");
  const dayLabel = (day: string) =>
    new Intl.DateTimeFormat(language === "zh-HK" ? "zh-HK" : "en-GB", {
      weekday: "short",
      day: "numeric",
      month: "short",
    }).format(new Date(`${day}T12:00:00+08:00`));
  return (
    <ApiProvider>
      <h1 className="mb-2 text-2xl font-semibold">{t.admin.title}</h1>
      <AdminNav t={t} current="bookings" />
      <BlockOutForm
        language={language}
        resources={resources.map((r) => ({ id: r.id, name: pick(language, r.nameEn, r.nameZh) }))}
      />
      {pending.length ? (
        <section className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-4" aria-labelledby="pending-title">
          <h2 id="pending-title" className="font-medium">
            {t.admin.bookings.pending}
          </h2>
          <ul className="mt-2 space-y-2 text-sm">
            {pending.map((b) => (
              <li key={b.id} data-testid={`pending-${b.id}`}>
                B-{b.id} · {pick(language, b.resource.nameEn, b.resource.nameZh)} ·{" "}
                {formatDate(b.startsAt, language, true)} · {b.person.displayName} · {b.purpose}
                <DecideBooking id={b.id} language={language} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="mb-2 flex items-center justify-between text-sm">
        <Link className="text-blue-800 underline" href={`/admin/bookings?week=${shift(-1)}`}>
          {t.admin.bookings.previous}
        </Link>
        <h2 className="text-lg font-medium">{t.admin.bookings.week(formatDate(from, language))}</h2>
        <Link className="text-blue-800 underline" href={`/admin/bookings?week=${shift(1)}`}>
          {t.admin.bookings.next}
        </Link>
      </div>
      <div className="overflow-x-auto">
        <table
          className="w-full min-w-[48rem] table-fixed border-collapse bg-white text-xs"
          data-testid="booking-calendar"
        >
          <thead>
            <tr>
              <th className="w-32 border border-gray-200 p-1 text-left">{t.admin.bookings.resource}</th>
              {days.map((day) => (
                <th key={day} className="border border-gray-200 p-1 text-left">
                  {dayLabel(day)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {resources.map((resource) => (
              <tr key={resource.id}>
                <th className="border border-gray-200 p-1 text-left align-top font-medium">
                  {pick(language, resource.nameEn, resource.nameZh)}
                </th>
                {days.map((day) => {
                  const dayStart = hongKongTime(day);
                  const dayEnd = new Date(dayStart.getTime() + DAY);
                  const cell = bookings.filter(
                    (b) => b.resource.id === resource.id && b.startsAt < dayEnd && b.endsAt > dayStart,
                  );
                  return (
                    <td
                      key={day}
                      className="border border-gray-200 p-1 align-top"
                      data-day={day}
                      data-resource={resource.id}
                    >
                      {cell.map((b) => (
                        <p
                          key={b.id}
                          className={`mb-1 rounded px-1 ${b.maintenance ? "bg-gray-200 text-gray-900" : b.status === "PENDING" ? "bg-amber-100 text-amber-950" : "bg-blue-50 text-blue-950"}`}
                        >
                          {time(b.startsAt)}–{time(b.endsAt)}{" "}
                          {b.maintenance
                            ? `${t.admin.bookings.maintenance}: ${b.purpose}`
                            : `${b.person.displayName}: ${b.purpose}`}
                        </p>
                      ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ApiProvider>
  );
}
