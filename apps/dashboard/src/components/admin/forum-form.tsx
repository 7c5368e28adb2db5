"use client";
import type { Language } from "@innolab/core";
import { useState } from "react";
import { dictionary } from "~/i18n/dictionary";
import { fromHkWallTime, toHkWallTime } from "~/lib/hong-kong-time";
import { useTRPC } from "~/trpc/client";
import { DateTimeField } from "../date-field";
import { SubmitRow, useAction } from "./use-action";

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

export interface EditedForum {
  id: number;
  title: string;
  titleZh: string;
  theme: string;
  themeZh: string;
  venue: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
}

/**
 * Announce a forum (registration opens now and closes when it starts), or, given `forum`, edit
 * it: registrants are told of a new time or place by the core.
 */
export function ForumForm({ language, forum }: { language: Language; forum?: EditedForum }) {
  const t = dictionary(language);
  const trpc = useTRPC();
  const initial = forum
    ? { ...forum, startsAt: toHkWallTime(forum.startsAt), endsAt: toHkWallTime(forum.endsAt) }
    : EMPTY_FORUM;
  const [form, setForm] = useState(initial);
  // Emptied once created: pressing Save again must not announce the same forum twice.
  const create = useAction(trpc.forum.create.mutationOptions(), () => {
    setForm(EMPTY_FORUM);
    return t.admin.forums.created;
  });
  const update = useAction(trpc.forum.update.mutationOptions(), () => t.admin.forums.updated);
  const action = forum ? update : create;
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
    <details
      className="mb-4 rounded-lg border border-gray-200 bg-white p-4"
      data-testid={forum ? "forum-edit" : "forum-new"}
    >
      <summary className="cursor-pointer font-medium">{forum ? t.admin.forums.edit : t.admin.forums.create}</summary>
      <form
        className="mt-3 grid gap-3 sm:grid-cols-2"
        onSubmit={(event) => {
          event.preventDefault();
          const startsAt = fromHkWallTime(form.startsAt);
          const fields = {
            title: form.title,
            titleZh: form.titleZh,
            theme: form.theme,
            themeZh: form.themeZh,
            venue: form.venue,
            capacity: form.capacity,
            startsAt,
            endsAt: fromHkWallTime(form.endsAt),
          };
          if (forum) update.run({ id: forum.id, ...fields, registrationClosesAt: startsAt });
          else create.run({ ...fields, registrationOpensAt: new Date(), registrationClosesAt: startsAt });
        }}
      >
        {input("title", t.admin.forums.title)}
        {input("titleZh", t.admin.forums.titleZh)}
        {input("theme", t.admin.forums.theme)}
        {input("themeZh", t.admin.forums.themeZh)}
        <DateTimeField
          t={t}
          label={t.admin.forums.startsAt}
          value={form.startsAt}
          onChange={(startsAt) => setForm({ ...form, startsAt })}
        />
        <DateTimeField
          t={t}
          label={t.admin.forums.endsAt}
          value={form.endsAt}
          onChange={(endsAt) => setForm({ ...form, endsAt })}
        />
        {input("venue", t.admin.forums.venue)}
        {input("capacity", t.admin.forums.capacity, "number")}
        <SubmitRow className="sm:col-span-2" label={t.common.save} pending={action.pending} status={action.status} />
      </form>
    </details>
  );
}
