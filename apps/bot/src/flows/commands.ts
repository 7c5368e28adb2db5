import type { Language } from "@innolab/core";
import { actionData } from "./actions";

/**
 * Every command the bot takes, once: the flow engine maps each to its screen, Teams matches
 * them in typed text, /help lists them, and Telegram's command menu is set from them.
 */
export interface Command {
  name: string;
  /** The button data it stands for; absent for the commands the engine handles itself. */
  data?: string;
  describe: Record<Language, string>;
}

export const COMMANDS: readonly Command[] = [
  {
    name: "start",
    describe: { en: "menu (with an invitation code: /start CODE)", "zh-HK": "主選單（附邀請碼：/start 邀請碼）" },
  },
  { name: "menu", data: actionData("menu"), describe: { en: "the menu", "zh-HK": "主選單" } },
  {
    name: "needs",
    data: actionData("list", "n", 1, "*", 0),
    describe: { en: "service needs (/needs WORDS searches them)", "zh-HK": "服務需求（/needs 字詞 可搜尋）" },
  },
  {
    name: "solutions",
    data: actionData("list", "s", 1, "*", 0),
    describe: { en: "I&T solutions (/solutions WORDS)", "zh-HK": "創科方案（/solutions 字詞）" },
  },
  { name: "forums", data: actionData("forums"), describe: { en: "technology forums", "zh-HK": "科技論壇" } },
  {
    name: "book",
    data: actionData("resources"),
    describe: { en: "book the lab's rooms and equipment", "zh-HK": "預約實驗室設施" },
  },
  { name: "bookings", data: actionData("myBookings"), describe: { en: "my bookings", "zh-HK": "我的預約" } },
  {
    name: "showroom",
    data: actionData("showroom"),
    describe: { en: "the showroom of tested solutions", "zh-HK": "已測試方案展示廳" },
  },
  { name: "subscriptions", data: actionData("subscriptions"), describe: { en: "what you receive", "zh-HK": "訂閱" } },
  {
    name: "link",
    data: actionData("link"),
    describe: { en: "link your organisation with a code", "zh-HK": "以邀請碼連結機構" },
  },
  { name: "language", data: actionData("language"), describe: { en: "中文 / English", "zh-HK": "English / 中文" } },
  { name: "cancel", describe: { en: "leave the form you are filling in", "zh-HK": "離開正在填寫的表格" } },
  { name: "help", data: actionData("help"), describe: { en: "this list", "zh-HK": "本說明" } },
];

/** The command with this name, if the bot has one. */
export const commandNamed = (name: string) => COMMANDS.find((command) => command.name === name);

/** The command list as /help shows it. */
export function commandList(language: Language): string {
  return COMMANDS.map((command) => `/${command.name} — ${command.describe[language]}`).join("\n");
}

/** Telegram's command menu in one language (descriptions of 3–256 characters). */
export function telegramCommands(language: Language) {
  return COMMANDS.map((command) => ({ command: command.name, description: command.describe[language] }));
}
