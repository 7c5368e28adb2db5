import type { push } from "@innolab/core";
import type { ConversationReference } from "@microsoft/agents-activity";
import { type CloudAdapter, MessageFactory } from "@microsoft/agents-hosting";
import { cardOf } from "../channels/teams/render";
import { alertScreen } from "./message";

/** Sends one alert proactively to the Teams conversation it was stored from. */
export async function sendToTeams(
  adapter: CloudAdapter,
  /** The bot's app id, or an anonymous identity (`{}`) in local mode. */
  identity: string | object,
  delivery: push.ClaimedDelivery,
): Promise<push.DeliveryOutcome> {
  const stored = delivery.identity.conversationRef as (Partial<ConversationReference> & { bot?: unknown }) | null;
  if (!stored?.conversation) return { kind: "failed", error: "no conversation reference stored" };
  // References stored by botbuilder name the bot `bot`; the Agents SDK calls it `agent`.
  const reference = { ...stored, agent: stored.agent ?? (stored.bot as ConversationReference["agent"]) };
  try {
    await adapter.continueConversation(identity as string, reference as ConversationReference, async (context) => {
      const screen = alertScreen(delivery);
      await context.sendActivity(
        screen.actions.length > 0
          ? MessageFactory.attachment(cardOf(screen, undefined, { keep: true }))
          : MessageFactory.text(screen.text),
      );
    });
    return { kind: "sent" };
  } catch (error) {
    // The Agents SDK's HttpError carries `status`; botbuilder's carried `statusCode`.
    const failure = error as { status?: number; statusCode?: number; response?: { headers?: Record<string, unknown> } };
    const status = failure.status ?? failure.statusCode;
    const message = String((error as Error).message ?? error);
    if (status === 429) {
      const seconds = Number(failure.response?.headers?.["retry-after"]);
      return { kind: "rate-limited", retryAfterMs: seconds > 0 ? seconds * 1000 : 1000 };
    }
    // The bot was removed from the conversation, or the user blocked it.
    if (status === 403 || status === 404) return { kind: "blocked", error: message };
    if (status === undefined || status >= 500) return { kind: "transient", error: message };
    return { kind: "failed", error: message };
  }
}
