// Small accessible pieces the Tremor versions fall short on (axe: legend <ol> holds non-<li>
// children; BadgeDelta's text fails AA contrast; BarList sets an aria attribute its role forbids).

/** Tailwind classes for the chart colours, in the order given to the charts. */
const SWATCH: Record<string, string> = {
  blue: "bg-blue-500",
  emerald: "bg-emerald-500",
  amber: "bg-amber-500",
  violet: "bg-violet-500",
  rose: "bg-rose-500",
  cyan: "bg-cyan-500",
  slate: "bg-slate-500",
  fuchsia: "bg-fuchsia-500",
  teal: "bg-teal-500",
  orange: "bg-orange-500",
};

export function Legend({ labels, colors }: { labels: string[]; colors: string[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-gray-800">
      {labels.map((label, i) => (
        <li key={label} className="flex items-center gap-1">
          <span
            aria-hidden="true"
            className={`inline-block h-2 w-2 rounded-full ${SWATCH[colors[i % colors.length] ?? "blue"]}`}
          />
          {label}
        </li>
      ))}
    </ul>
  );
}

export function Delta({ value, text }: { value: number; text: string }) {
  const tone =
    value > 0 ? "bg-emerald-50 text-emerald-900" : value < 0 ? "bg-rose-50 text-rose-900" : "bg-gray-100 text-gray-800";
  return (
    <span className={`mt-1 inline-block rounded px-2 py-0.5 text-xs font-medium ${tone}`}>
      <span aria-hidden="true">{value > 0 ? "▲ " : value < 0 ? "▼ " : "■ "}</span>
      {text}
    </span>
  );
}

/** Stages as horizontal bars, widths relative to the first. */
export function Funnel({ stages }: { stages: Array<{ name: string; value: number }> }) {
  const top = Math.max(1, stages[0]?.value ?? 1);
  return (
    <ol className="mt-3 space-y-2" data-testid="funnel">
      {stages.map((stage) => (
        <li key={stage.name}>
          <div className="flex justify-between text-sm">
            <span>{stage.name}</span>
            <span className="font-medium">{stage.value.toLocaleString()}</span>
          </div>
          <div className="h-2 rounded bg-gray-100" aria-hidden="true">
            <div className="h-2 rounded bg-blue-600" style={{ width: `${(stage.value / top) * 100}%` }} />
          </div>
        </li>
      ))}
    </ol>
  );
}
