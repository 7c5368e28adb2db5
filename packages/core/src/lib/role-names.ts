// Browser-safe (no imports): the dashboard's pages use it as well as the core and the bot.

/**
 * Roles as people call them: one vocabulary for the chat, the dashboard and the core's messages.
 * `en` is the noun ("only lab staff may…"), `enOne` one person of it ("you are now a B/D officer").
 */
export const ROLE_NAMES = {
  ADMIN: { en: "lab staff", enOne: "lab staff", zh: "實驗室職員" },
  MANAGER: { en: "management", enOne: "a manager", zh: "管理層" },
  OFFICER: { en: "B/D officer", enOne: "a B/D officer", zh: "政策局／部門人員" },
  VENDOR: { en: "company staff", enOne: "company staff", zh: "公司人員" },
  SUBSCRIBER: { en: "subscriber", enOne: "a subscriber", zh: "訂閱者" },
} as const;

/** Each role's name as a label or column heading: "Company staff", 「公司人員」. */
export function roleLabels(language: "en" | "zh-HK"): Record<string, string> {
  return Object.fromEntries(
    Object.entries(ROLE_NAMES).map(([role, names]) => [
      role,
      language === "zh-HK" ? names.zh : names.en.charAt(0).toUpperCase() + names.en.slice(1),
    ]),
  );
}
