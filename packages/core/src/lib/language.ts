import { z } from "zod";

export const LANGUAGES = ["en", "zh-HK"] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);

/** Picks our language from a client's language tag ("zh-hant-hk", "zh-TW", "en-GB", …). */
export function languageFromTag(tag: string | undefined | null): Language {
  return tag?.toLowerCase().startsWith("zh") ? "zh-HK" : "en";
}
