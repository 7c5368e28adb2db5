import { autoRetry } from "@grammyjs/auto-retry";
import type { Db } from "@innolab/db";
import { Bot } from "grammy";
import type { FlowEngine } from "../../flows/engine";
import { claimUpdate } from "../../flows/session-store";
import { flowsComposer } from "./flows.composer";

export interface TelegramOptions {
  token: string;
  apiRoot: string;
}

/** The Telegram bot: retries on 429/5xx, handles each update once, then the flows. */
export function createTelegramBot(db: Db, engine: FlowEngine, options: TelegramOptions): Bot {
  const bot = new Bot(options.token, {
    client: {
      apiRoot: options.apiRoot,
      // In webhook mode, acknowledge a button press in the webhook's own HTTP response: one
      // round trip less per press. (Without a webhook grammY makes a normal call.)
      canUseWebhookReply: (method) => method === "answerCallbackQuery",
    },
  });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 300 }));
  // Telegram re-delivers an update whose webhook call failed or timed out: handle it once.
  bot.use(async (ctx, next) => {
    if (await claimUpdate(db, `telegram:${ctx.update.update_id}`)) await next();
  });
  bot.use(flowsComposer(engine));
  bot.catch((error) => {
    console.error(`[bot] telegram update ${error.ctx.update.update_id} failed:`, error.error);
  });
  return bot;
}
