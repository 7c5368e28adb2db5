"use client";
import type { Language } from "@innolab/core";
import Link from "next/link";
import { useState } from "react";
import { TechAreaChips } from "~/components/portal/tech-area-chips";
import { dictionary } from "~/i18n/dictionary";
import { useTRPC } from "~/trpc/client";
import { StatusMessage, useAction } from "./use-action";

export interface Candidate {
  id: number;
  refCode: string;
  title: string;
  company: string;
  description: string;
  areas: Array<{ slug: string; nameEn: string; nameZh: string }>;
  score: number;
  strong: boolean;
  /** Why it was suggested, in the reader's language. */
  reason: string;
  /** SUGGESTED (recorded, waiting), CONFIRMED, or NEW (ranked but never recorded). */
  state: string;
  /** The company's pitch when it proposed this pair ("" without one); null for the engine's suggestion. */
  pitch: string | null;
}

/** A need's candidates with a checkbox each; the selected are confirmed or dismissed together. */
export function PairDecisions({
  language,
  needId,
  candidates,
}: {
  language: Language;
  needId: number;
  candidates: Candidate[];
}) {
  const t = dictionary(language).admin.matching;
  const trpc = useTRPC();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [reason, setReason] = useState("");
  const [unselected, setUnselected] = useState(false);
  const action = useAction(trpc.match.decidePairs.mutationOptions(), (decided) => {
    setSelected(new Set());
    const count = decided.length;
    return decided[0]?.status === "CONFIRMED" ? t.confirmed(count) : t.dismissed(count);
  });
  const decide = (decision: "CONFIRM" | "DISMISS") => {
    setUnselected(selected.size === 0);
    if (selected.size === 0) return;
    action.run({ needId, solutionIds: [...selected], decision, reason: reason.trim() || null });
  };
  const toggle = (id: number) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    setSelected(next);
  };
  const hasConfirmed = candidates.some((c) => c.state === "CONFIRMED");
  const button = "rounded px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60";
  return (
    <div>
      <ul className="space-y-2">
        {candidates.map((candidate) => {
          const open = candidate.state !== "CONFIRMED";
          return (
            <li
              key={candidate.id}
              data-testid={`candidate-${candidate.refCode}`}
              className={`flex gap-3 rounded-lg border bg-white p-3 ${candidate.pitch !== null ? "border-amber-400" : "border-gray-200"}`}
            >
              <div className="pt-1">
                {open ? (
                  <input
                    type="checkbox"
                    aria-label={t.select(candidate.title)}
                    checked={selected.has(candidate.id)}
                    onChange={() => toggle(candidate.id)}
                    className="h-5 w-5"
                  />
                ) : (
                  <span aria-hidden className="text-emerald-700">
                    ✓
                  </span>
                )}
              </div>
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link href={`/solutions/${candidate.id}`} className="font-medium text-blue-800 underline">
                    {candidate.title}
                  </Link>
                  <span className="text-sm tabular-nums">
                    {t.score} {candidate.score.toFixed(2)}
                  </span>
                </div>
                <p className="text-xs text-gray-700">
                  {candidate.refCode} · {candidate.company}
                </p>
                <p className="mt-1 flex flex-wrap gap-1 text-xs">
                  <span
                    className={`rounded px-1.5 py-0.5 ${candidate.state === "CONFIRMED" ? "bg-emerald-100 text-emerald-900" : "bg-gray-100 text-gray-800"}`}
                  >
                    {t.state[candidate.state]}
                  </span>
                  <span
                    className={`rounded px-1.5 py-0.5 ${candidate.strong ? "bg-blue-100 text-blue-900" : "bg-gray-100 text-gray-700"}`}
                  >
                    {candidate.strong ? t.strong : t.weak}
                  </span>
                  {candidate.pitch !== null ? (
                    <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">{t.proposal}</span>
                  ) : null}
                </p>
                <p className="mt-1 text-sm text-gray-800">{candidate.reason}</p>
                {candidate.pitch ? (
                  <p className="mt-1 text-sm">
                    <span className="font-medium">{t.pitch}:</span> {candidate.pitch}
                  </p>
                ) : null}
                <p className="mt-1 line-clamp-3 text-sm text-gray-700">{candidate.description}</p>
                <TechAreaChips areas={candidate.areas} language={language} className="mt-1" />
              </div>
            </li>
          );
        })}
      </ul>
      <div
        data-testid="pair-actions"
        className="sticky bottom-0 mt-3 space-y-2 rounded-lg border border-gray-200 bg-white p-3 shadow"
      >
        <p className="text-sm" aria-live="polite">
          {t.selected(selected.size)}
        </p>
        <label className="block text-sm">
          {t.reason}
          <input
            className="mt-1 block w-full rounded border-gray-300 text-sm"
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            disabled={action.pending}
            onClick={() => decide("CONFIRM")}
            className={`${button} bg-emerald-700 hover:bg-emerald-800`}
          >
            {t.confirm}
          </button>
          <button
            type="button"
            disabled={action.pending}
            onClick={() => decide("DISMISS")}
            className={`${button} bg-rose-700 hover:bg-rose-800`}
          >
            {t.dismiss}
          </button>
          {hasConfirmed ? (
            <Link
              href={`/admin/workshops?need=${needId}`}
              className="rounded border border-gray-300 px-3 py-1.5 text-sm"
            >
              {t.workshop}
            </Link>
          ) : null}
        </div>
        <StatusMessage status={unselected ? { ok: false, message: t.nothingSelected } : action.status} />
      </div>
    </div>
  );
}
