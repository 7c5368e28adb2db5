"use client";
import type { Language } from "@innolab/core";
import { useState } from "react";
import { dictionary } from "~/i18n/dictionary";
import { useTRPC } from "~/trpc/client";
import { SubmitRow, useAction } from "./use-action";

/** A datetime-local value is Hong Kong wall time: the lab runs on one time zone. */
const hongKong = (local: string) => new Date(`${local}:00+08:00`);

const EMPTY_FORUM = {
  title: "",
  titleZh: "",
  theme: "",
  themeZh: "",
  venue: "",
  startsAt: "",
  endsAt: "",
  capacity: 100,
};

/** Announce a forum: registration opens now and closes when it starts. */
export function ForumForm({ language }: { language: Language }) {
  const t = dictionary(language);
  const trpc = useTRPC();
  const [form, setForm] = useState(EMPTY_FORUM);
  // Emptied once created: pressing Save again must not announce the same forum twice.
  const action = useAction(trpc.forum.create.mutationOptions(), () => {
    setForm(EMPTY_FORUM);
    return t.admin.forums.created;
  });
  const field = "mt-1 block w-full rounded border-gray-300 text-sm";
  const input = (key: keyof typeof form, label: string, type = "text") => (
    <label className="text-sm font-medium">
      {label}
      <input
        className={field}
        type={type}
        required
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: type === "number" ? Number(e.target.value) : e.target.value })}
      />
    </label>
  );
  return (
    <details className="mb-4 rounded-lg border border-gray-200 bg-white p-4">
      <summary className="cursor-pointer font-medium">{t.admin.forums.create}</summary>
      <form
        className="mt-3 grid gap-3 sm:grid-cols-2"
        onSubmit={(event) => {
          event.preventDefault();
          const startsAt = hongKong(form.startsAt);
          action.run({
            ...form,
            startsAt,
            endsAt: hongKong(form.endsAt),
            registrationOpensAt: new Date(),
            registrationClosesAt: startsAt,
          });
        }}
      >
        {input("title", t.admin.forums.title)}
        {input("titleZh", t.admin.forums.titleZh)}
        {input("theme", t.admin.forums.theme)}
        {input("themeZh", t.admin.forums.themeZh)}
        {input("startsAt", t.admin.forums.startsAt, "datetime-local")}
        {input("endsAt", t.admin.forums.endsAt, "datetime-local")}
        {input("venue", t.admin.forums.venue)}
        {input("capacity", t.admin.forums.capacity, "number")}
        <SubmitRow className="sm:col-span-2" label={t.common.save} pending={action.pending} status={action.status} />
      </form>
    </details>
  );
}
