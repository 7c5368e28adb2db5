"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { SubmitRow, useAction } from "~/components/admin/use-action";
import type { Dictionary } from "~/i18n/dictionary";
import { useTRPC } from "~/trpc/client";

/**
 * Lab staff set each headline number's yearly target (empty = none); the cards then compare the
 * range's figure with the target for a range that long.
 */
export function TargetsForm({
  t,
  cardKeys,
  targets,
}: {
  t: Dictionary;
  cardKeys: readonly string[];
  targets: Partial<Record<string, number>>;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [key, setKey] = useState(cardKeys[0] ?? "");
  const [value, setValue] = useState(String(targets[key] ?? ""));
  const action = useAction(
    {
      ...trpc.kpi.setTarget.mutationOptions(),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.kpi.targets.queryKey() }),
    },
    () => t.kpi.targets.saved,
  );
  const choose = (next: string) => {
    setKey(next);
    setValue(String(targets[next] ?? ""));
  };
  return (
    <details className="rounded-lg border border-gray-200 bg-white p-3 text-sm print:hidden" data-testid="targets">
      <summary className="cursor-pointer font-medium">{t.kpi.targets.title}</summary>
      <p className="mt-1 text-gray-700">{t.kpi.targets.hint}</p>
      <form
        className="mt-2 flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          // Sent as typed: the core says what is wrong with "-1" or "2.5", in the user's language.
          action.run({ key: key as never, perYear: value.trim() === "" ? null : Number(value) });
        }}
      >
        <div>
          <label className="block font-medium" htmlFor="kpi-target-key">
            {t.kpi.targets.number}
          </label>
          <select
            id="kpi-target-key"
            className="mt-1 block rounded border-gray-300 text-sm"
            value={key}
            onChange={(event) => choose(event.target.value)}
          >
            {cardKeys.map((card) => (
              <option key={card} value={card}>
                {t.kpi.cards[card] ?? card}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label className="block font-medium" htmlFor="kpi-target-value">
            {t.kpi.targets.perYear}
          </label>
          <input
            id="kpi-target-value"
            type="number"
            inputMode="numeric"
            className="mt-1 block w-32 rounded border-gray-300 text-sm"
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        </div>
        <SubmitRow label={t.kpi.targets.save} pending={action.pending} status={action.status} />
      </form>
    </details>
  );
}
