import { dashboardEnv } from "~/env";

/**
 * Links that open the InnoLab bot at a record (`forum-3`, `need-12`): the bot reads the same
 * words as `/start forum-3` on either channel. Undefined when that channel is not configured.
 */
export function botLinks(payload: string) {
  const telegramBot = dashboardEnv.TELEGRAM_BOT_USERNAME;
  const teamsAppId = dashboardEnv.MICROSOFT_APP_ID;
  return {
    telegram: telegramBot ? `https://t.me/${telegramBot}?start=${payload}` : undefined,
    // Teams' documented deep link to a chat with a bot ("28:" + its app id), with the first message typed in.
    teams: teamsAppId
      ? `https://teams.microsoft.com/l/chat/0/0?users=28:${teamsAppId}&message=${encodeURIComponent(`/start ${payload}`)}`
      : undefined,
  };
}
