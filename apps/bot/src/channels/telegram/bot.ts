import { autoRetry } from "@grammyjs/auto-retry";
import { logError, withLogContext } from "@innolab/core";
import type { Db } from "@innolab/db";
import { type Api, Bot } from "grammy";
import { telegramCommands } from "../../flows/commands";
import type { FlowEngine } from "../../flows/engine";
import { alreadyHandled, markHandled } from "../../flows/session-store";
import { flowsComposer } from "./flows.composer";

export interface TelegramOptions {
  token: string;
  apiRoot: string;
}

/** The Telegram bot: retries on 429/5xx, handles each update at least once and at most once done, then the flows. */
export function createTelegramBot(db: Db, engine: FlowEngine, options: TelegramOptions): Bot {
  const bot = new Bot(options.token, {
    client: {
      apiRoot: options.apiRoot,
      // In webhook mode, the button's acknowledgement (sent after the work) travels in the
      // webhook's own HTTP response: one round trip less per press.
      canUseWebhookReply: (method) => method === "answerCallbackQuery",
    },
  });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 300 }));
  // Every log line written while an update is handled names it.
  bot.use((ctx, next) => withLogContext({ updateId: ctx.update.update_id, channel: "telegram" }, next));
  // Telegram re-delivers an update whose webhook call failed or timed out: the work is done
  // first, and the update marked handled after it, so a crash in between repeats it rather than
  // losing it, and a re-delivery of finished work is skipped.
  bot.use(async (ctx, next) => {
    const key = `telegram:${ctx.update.update_id}`;
    if (await alreadyHandled(db, key)) return;
    await next();
    await markHandled(db, key);
  });
  bot.use(flowsComposer(engine));
  // Polling mode's boundary. Only the error is logged: the context holds the token and the user.
  bot.catch((error) => logError("bot", `telegram update ${error.ctx.update.update_id} failed`, error.error));
  return bot;
}

/** Telegram's command menu ("/" button), in English and, for Chinese clients, in Chinese. */
export async function setCommandMenu(api: Api): Promise<void> {
  try {
    await api.setMyCommands(telegramCommands("en"));
    await api.setMyCommands(telegramCommands("zh-HK"), { language_code: "zh" });
  } catch (error) {
    // The menu is a convenience: a Bot API that refuses it (or a stand-in without it) stops nothing.
    logError("bot", "setMyCommands failed", error);
  }
}
