import type { push } from "@innolab/core";
import type { CloudAdapter, ConversationReference } from "botbuilder";
import { cardOf } from "../channels/teams/render";
import { alertScreen } from "./message";

/** Sends one alert proactively to the Teams conversation it was stored from. */
export async function sendToTeams(
  adapter: CloudAdapter,
  appId: string,
  delivery: push.ClaimedDelivery,
): Promise<push.DeliveryOutcome> {
  const reference = delivery.identity.conversationRef as Partial<ConversationReference> | null;
  if (!reference?.conversation) return { kind: "failed", error: "no conversation reference stored" };
  try {
    await adapter.continueConversationAsync(appId, reference, async (context) => {
      const screen = alertScreen(delivery);
      await context.sendActivity(screen.actions.length > 0 ? { attachments: [cardOf(screen)] } : screen.text);
    });
    return { kind: "sent" };
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    const message = String((error as Error).message ?? error);
    if (status === 429) return { kind: "rate-limited", retryAfterMs: 1000 };
    // The bot was removed from the conversation, or the user blocked it.
    if (status === 403 || status === 404) return { kind: "blocked", error: message };
    if (status === undefined || status >= 500) return { kind: "transient", error: message };
    return { kind: "failed", error: message };
  }
}
