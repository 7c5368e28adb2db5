"use client";
import type { Language } from "@innolab/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { Dictionary } from "~/i18n/dictionary";
import { formatDate, pick } from "~/i18n/format";
import { useTRPC } from "~/trpc/client";

export interface DrillRequest {
  metric: string;
  label: string;
  periodLabel: string;
  from: Date;
  to: Date;
  techArea?: string;
  organisationId?: number;
}

/** The records behind a number, in a modal dialog. */
export function DrillDown({
  request,
  onClose,
  t,
  language,
}: {
  request: DrillRequest;
  onClose: () => void;
  t: Dictionary;
  language: Language;
}) {
  const trpc = useTRPC();
  const dialog = useRef<HTMLDialogElement>(null);
  const { label, periodLabel, ...input } = request;
  const records = useQuery(trpc.kpi.records.queryOptions(input));
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const cell = "border-b border-gray-200 px-2 py-1 text-left text-sm";
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="drill-title"
      className="w-full max-w-3xl rounded-lg p-0 shadow-xl backdrop:bg-black/40"
    >
      <div className="flex items-center justify-between border-b border-gray-200 p-4">
        <h2 id="drill-title" className="text-lg font-semibold">
          {t.kpi.drill.title(label, periodLabel)}
        </h2>
        <button
          type="button"
          onClick={() => dialog.current?.close()}
          className="rounded px-3 py-1 text-sm hover:bg-gray-100"
        >
          {t.kpi.drill.close}
        </button>
      </div>
      <div className="max-h-[70vh] overflow-auto p-4">
        {records.isPending ? <p>{t.kpi.loading}</p> : null}
        {records.error ? <p role="alert">{records.error.message}</p> : null}
        {records.data ? (
          <>
            <p className="mb-2 text-sm text-gray-700" data-testid="drill-total">
              {t.kpi.drill.total(records.data.total)}
            </p>
            <table className="w-full">
              <thead>
                {records.data.kind === "organisations" ? (
                  <tr>
                    <th className={cell}>{t.kpi.drill.name}</th>
                  </tr>
                ) : (
                  <tr>
                    <th className={cell}>{t.kpi.drill.reference}</th>
                    <th className={cell}>{t.kpi.drill.name}</th>
                    <th className={cell}>{t.kpi.drill.date}</th>
                    <th className={cell}>{t.kpi.drill.count}</th>
                  </tr>
                )}
              </thead>
              <tbody>
                {records.data.kind === "organisations"
                  ? records.data.organisations.map((o) => (
                      <tr key={o.id}>
                        <td className={cell}>{pick(language, o.nameEn, o.nameZh)}</td>
                      </tr>
                    ))
                  : records.data.records.map((r) => (
                      <tr key={`${r.id}-${r.ref}`}>
                        <td className={cell}>{r.ref}</td>
                        <td className={cell}>{r.title}</td>
                        <td className={cell}>{formatDate(r.at, language)}</td>
                        <td className={cell}>{r.count}</td>
                      </tr>
                    ))}
              </tbody>
            </table>
          </>
        ) : null}
      </div>
    </dialog>
  );
}
