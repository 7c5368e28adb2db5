import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  TurnContext,
} from "botbuilder";
import type { FlowEngine } from "../../flows/engine";
import type { UserInput } from "../../flows/types";
import { cardOf, fileOf } from "./render";

export interface TeamsOptions {
  appId?: string;
  appPassword?: string;
  appTenantId?: string;
  appType: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
}

const COMMAND = /^\/?(start|menu|needs|solutions|forums|subscriptions|help|language|link|cancel)(?:\s+(.*))?$/i;

/** Teams messages and card buttons, turned into channel-neutral inputs for the flows. */
class TeamsFlowsBot extends ActivityHandler {
  constructor(engine: FlowEngine) {
    super();
    this.onMessage(async (context, next) => {
      const activity = context.activity;
      const submitted = (activity.value as { a?: unknown } | undefined)?.a;
      // In channels the bot is @mentioned: drop the mention from the text.
      const text = TurnContext.removeRecipientMention(activity)?.trim() ?? activity.text?.trim() ?? "";
      const command = COMMAND.exec(text);
      let input: UserInput;
      if (typeof submitted === "string") input = { kind: "action", data: submitted };
      else if (command)
        input = { kind: "command", command: command[1]!.toLowerCase(), payload: command[2]?.trim() ?? "" };
      else if (typeof activity.text === "string") input = { kind: "text", text };
      // Attachments or images with no text.
      else input = { kind: "unsupported" };
      const screens = await engine.handle(
        {
          channel: "TEAMS",
          externalId: activity.from.aadObjectId ?? activity.from.id,
          chatId: activity.conversation.id,
          displayName: activity.from.name ?? "Teams user",
          languageTag: activity.locale,
          // Kept so that alerts can be sent to this conversation later.
          conversationRef: TurnContext.getConversationReference(activity) as Record<string, unknown>,
        },
        input,
      );
      for (const screen of screens) {
        const file = fileOf(screen);
        await context.sendActivity({ attachments: file ? [cardOf(screen), file] : [cardOf(screen)] });
      }
      await next();
    });
  }
}

/**
 * Teams through the Bot Framework. With an app id, every request must carry a valid Bot
 * Framework token (else 401); without one, requests are accepted unauthenticated (local use).
 */
export function createTeamsBot(engine: FlowEngine, options: TeamsOptions) {
  const auth: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: options.appId ?? "",
    MicrosoftAppPassword: options.appPassword ?? "",
    MicrosoftAppTenantId: options.appTenantId ?? "",
    MicrosoftAppType: options.appType,
  };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(auth));
  adapter.onTurnError = async (context, error) => {
    // A proactive send (an alert) failing is the push sender's to handle: no apology to the user.
    if (context.activity.type !== "message") throw error;
    console.error("[bot] teams turn failed:", error);
    await context.sendActivity("Sorry, something went wrong. 抱歉，系統出錯。");
  };
  return { adapter, bot: new TeamsFlowsBot(engine) };
}
