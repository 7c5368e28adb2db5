"use client";
import type { Language } from "@innolab/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { dictionary } from "~/i18n/dictionary";
import { useTRPC } from "~/trpc/client";
import { StatusMessage, useAction } from "./use-action";

/** Compose an alert for topics, preview it in both languages with its audience, then send. */
export function AlertComposer({
  language,
  topics,
}: {
  language: Language;
  topics: Array<{ key: string; label: string }>;
}) {
  const t = dictionary(language);
  const trpc = useTRPC();
  const [draft, setDraft] = useState({ titleEn: "", titleZh: "", bodyEn: "", bodyZh: "", critical: false });
  const [chosen, setChosen] = useState<string[]>([]);
  const [previewing, setPreviewing] = useState(false);
  const audience = useQuery({
    ...trpc.alert.audience.queryOptions({ topics: chosen }),
    enabled: previewing && chosen.length > 0,
  });
  const action = useAction(trpc.alert.create.mutationOptions(), () => t.admin.alerts.sent);
  const field = "mt-1 block w-full rounded border-gray-300 text-sm";
  const set = (key: keyof typeof draft) => (e: { target: { value: string } }) => {
    setPreviewing(false);
    setDraft({ ...draft, [key]: e.target.value });
  };
  return (
    <form
      className="space-y-3 rounded-lg border border-gray-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!previewing) return setPreviewing(true);
        action.run({ ...draft, topics: chosen });
      }}
    >
      <h2 className="text-lg font-medium">{t.admin.alerts.compose}</h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="text-sm font-medium">
          {t.admin.alerts.titleEn}
          <input className={field} value={draft.titleEn} onChange={set("titleEn")} maxLength={200} />
        </label>
        <label className="text-sm font-medium">
          {t.admin.alerts.titleZh}
          <input className={field} lang="zh-HK" value={draft.titleZh} onChange={set("titleZh")} maxLength={200} />
        </label>
        <label className="text-sm font-medium">
          {t.admin.alerts.bodyEn}
          <textarea className={field} rows={3} value={draft.bodyEn} onChange={set("bodyEn")} maxLength={3000} />
        </label>
        <label className="text-sm font-medium">
          {t.admin.alerts.bodyZh}
          <textarea
            className={field}
            lang="zh-HK"
            rows={3}
            value={draft.bodyZh}
            onChange={set("bodyZh")}
            maxLength={3000}
          />
        </label>
      </div>
      <fieldset>
        <legend className="text-sm font-medium">{t.admin.alerts.topics}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {topics.map((topic) => (
            <label key={topic.key} className="flex items-center gap-1 text-sm">
              <input
                type="checkbox"
                checked={chosen.includes(topic.key)}
                onChange={(e) => {
                  setPreviewing(false);
                  setChosen(e.target.checked ? [...chosen, topic.key] : chosen.filter((k) => k !== topic.key));
                }}
              />
              {topic.label}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={draft.critical}
          onChange={(e) => setDraft({ ...draft, critical: e.target.checked })}
        />
        {t.admin.alerts.critical}
      </label>
      {previewing ? (
        <section
          aria-label={t.admin.alerts.preview}
          className="grid gap-3 rounded bg-gray-50 p-3 sm:grid-cols-2"
          data-testid="alert-preview"
        >
          <div>
            <p className="font-medium">{draft.titleEn}</p>
            <p className="whitespace-pre-line text-sm">{draft.bodyEn}</p>
          </div>
          <div lang="zh-HK">
            <p className="font-medium">{draft.titleZh}</p>
            <p className="whitespace-pre-line text-sm">{draft.bodyZh}</p>
          </div>
          <p className="text-sm font-medium sm:col-span-2" data-testid="alert-audience">
            {audience.data !== undefined
              ? t.admin.alerts.audience(audience.data)
              : audience.error
                ? audience.error.message
                : chosen.length
                  ? t.kpi.loading
                  : ""}
          </p>
        </section>
      ) : null}
      <button
        type="submit"
        disabled={action.pending}
        className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
      >
        {previewing ? t.admin.alerts.send : t.admin.alerts.preview}
      </button>
      <StatusMessage status={action.status} />
    </form>
  );
}
