import type { Language } from "@innolab/core";

/** A date (and time) as read in Hong Kong, in the reader's language. */
export function formatDate(date: Date | string, language: Language, withTime = false): string {
  return new Intl.DateTimeFormat(language === "zh-HK" ? "zh-HK" : "en-GB", {
    timeZone: "Asia/Hong_Kong",
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
  }).format(new Date(date));
}

export function pick(language: Language, en: string, zh: string | null | undefined): string {
  return language === "zh-HK" && zh ? zh : en;
}
