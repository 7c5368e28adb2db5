import Link from "next/link";
import type { Dictionary } from "~/i18n/dictionary";

const TABS = [
  ["review", "/admin"],
  ["matching", "/admin/matching"],
  ["forums", "/admin/forums"],
  ["bookings", "/admin/bookings"],
  ["workshops", "/admin/workshops"],
  ["invitations", "/admin/invitations"],
  ["alerts", "/admin/alerts"],
  ["pipeline", "/admin/pipeline"],
  ["tokens", "/admin/tokens"],
] as const;

export function AdminNav({ t, current }: { t: Dictionary; current: (typeof TABS)[number][0] }) {
  return (
    <nav aria-label={t.admin.title} className="mb-4 flex flex-wrap gap-1 border-b border-gray-200">
      {TABS.map(([key, href]) => (
        <Link
          key={key}
          href={href}
          aria-current={key === current ? "page" : undefined}
          className={`rounded-t px-3 py-2 text-sm font-medium ${key === current ? "border-b-2 border-blue-700 text-blue-800" : "text-gray-700 hover:text-gray-900"}`}
        >
          {t.admin.tabs[key]}
        </Link>
      ))}
    </nav>
  );
}
