import type { push } from "@innolab/core";
import { Api, GrammyError, HttpError } from "grammy";
import { keyboardOf } from "../channels/telegram/render";
import { alertScreen } from "./message";
import { pooledFetch } from "./pooled-fetch";

/**
 * The Api alerts go out through: without auto-retry (a 429's retry_after is kept in the
 * database, so a restart still honours it), over pooled connections (see pooled-fetch.ts).
 */
export function alertApi(token: string, apiRoot?: string): { api: Api; close: () => Promise<void> } {
  const pool = pooledFetch();
  return { api: new Api(token, { apiRoot, fetch: pool.fetch }), close: pool.close };
}

/** Sends one alert to a Telegram chat (through `alertApi`'s Api) and says how it went. */
export async function sendToTelegram(api: Api, delivery: push.ClaimedDelivery): Promise<push.DeliveryOutcome> {
  const chatId = delivery.identity.chatId ?? delivery.identity.externalId;
  try {
    const screen = alertScreen(delivery);
    const keyboard = keyboardOf(screen);
    await api.sendMessage(chatId, screen.text, keyboard ? { reply_markup: keyboard } : {});
    return { kind: "sent" };
  } catch (error) {
    if (error instanceof GrammyError) {
      if (error.error_code === 429)
        return { kind: "rate-limited", retryAfterMs: (error.parameters.retry_after ?? 1) * 1000 };
      if (error.error_code === 403) return { kind: "blocked", error: error.description };
      if (error.error_code >= 500) return { kind: "transient", error: `${error.error_code} ${error.description}` };
      return { kind: "failed", error: `${error.error_code} ${error.description}` };
    }
    if (error instanceof HttpError) return { kind: "transient", error: String(error.message) };
    throw error;
  }
}
