import { logError } from "@innolab/core";
import {
  type Activity,
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  TurnContext,
} from "botbuilder";
import { COMMANDS } from "../../flows/commands";
import type { FlowEngine } from "../../flows/engine";
import type { UserInput } from "../../flows/types";
import { cardOf, fileOf } from "./render";

export interface TeamsOptions {
  appId?: string;
  appPassword?: string;
  appTenantId?: string;
  appType: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
}

// Teams has no command entities: a message that starts with a command's name (slash or not) is one.
const COMMAND = new RegExp(`^\\/?(${COMMANDS.map((command) => command.name).join("|")})(?:\\s+([\\s\\S]*))?$`, "i");

/** The text a user typed, without the bot's @mention; "" when the activity carries none. */
function typedText(activity: Activity): string {
  if (typeof activity.text !== "string") return "";
  try {
    return TurnContext.removeRecipientMention(activity)?.trim() ?? activity.text.trim();
  } catch {
    // Malformed mention entities: the text as sent.
    return activity.text.trim();
  }
}

/** A string field of a channel account, or undefined (the activity is sender-supplied JSON). */
const field = (value: unknown) => (typeof value === "string" && value.length > 0 ? value : undefined);

/** Teams messages and card buttons, turned into channel-neutral inputs for the flows. */
class TeamsFlowsBot extends ActivityHandler {
  constructor(engine: FlowEngine) {
    super();
    this.onMessage(async (context, next) => {
      const activity = context.activity;
      const externalId = field(activity.from?.aadObjectId) ?? field(activity.from?.id);
      const chatId = field(activity.conversation?.id);
      if (!externalId || !chatId) return next();
      const submitted = (activity.value as { a?: unknown } | undefined)?.a;
      const text = typedText(activity);
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
          externalId,
          chatId,
          displayName: field(activity.from?.name) ?? "Teams user",
          languageTag: field(activity.locale),
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
 * Framework token (else 401); without one, requests are accepted unauthenticated, which the
 * bot process allows only in local mode (TEAMS_LOCAL_MODE=1).
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
    logError("bot", "teams turn failed", error);
    await context.sendActivity("Sorry, something went wrong. 抱歉，系統出錯。").catch(() => undefined);
  };
  return { adapter, bot: new TeamsFlowsBot(engine) };
}
