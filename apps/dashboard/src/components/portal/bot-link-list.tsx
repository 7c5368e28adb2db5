import type { botLinks } from "~/lib/bot-links";

/** The bot's links for one record, each channel that is configured with its own label. */
export function BotLinkList({
  links,
  labels,
  className = "",
}: {
  links: ReturnType<typeof botLinks>;
  labels: { telegram: string; teams: string };
  className?: string;
}) {
  const entries = (["telegram", "teams"] as const).filter((channel) => links[channel]);
  return (
    <ul className={`flex flex-wrap gap-x-4 ${className}`}>
      {entries.map((channel) => (
        <li key={channel}>
          <a className="text-blue-800 underline" href={links[channel]}>
            {labels[channel]}
          </a>
        </li>
      ))}
    </ul>
  );
}
