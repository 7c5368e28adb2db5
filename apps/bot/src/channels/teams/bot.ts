import { logError } from "@innolab/core";
import type { Activity, ChannelAccount } from "@microsoft/agents-activity";
import {
  ActivityHandler,
  type AuthConfiguration,
  AuthType,
  authorizeJWT,
  CloudAdapter,
  MessageFactory,
  type TurnContext,
} from "@microsoft/agents-hosting";
import type { FileLinks } from "../../file-links";
import { COMMANDS } from "../../flows/commands";
import type { FlowEngine } from "../../flows/engine";
import type { ChatUser, Screen, UserInput } from "../../flows/types";
import { cardOf } from "./render";

export interface TeamsOptions {
  appId?: string;
  appPassword?: string;
  appTenantId?: string;
  appType: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
  /** Links for the files screens carry (served by the bot's HTTP server). */
  files?: FileLinks;
}

// Teams has no command entities: a message that starts with a command's name (slash or not) is one.
const COMMAND = new RegExp(`^\\/?(${COMMANDS.map((command) => command.name).join("|")})(?:\\s+([\\s\\S]*))?$`, "i");

/** The text a user typed, without the bot's @mention; "" when the activity carries none. */
function typedText(activity: Activity): string {
  if (typeof activity.text !== "string") return "";
  try {
    return activity.removeRecipientMention()?.trim() ?? activity.text.trim();
  } catch {
    // Malformed mention entities: the text as sent.
    return activity.text.trim();
  }
}

/** A string field of a channel account, or undefined (the activity is sender-supplied JSON). */
const field = (value: unknown) => (typeof value === "string" && value.length > 0 ? value : undefined);

/** The person behind an account in this conversation, as the flows know chat users. */
function chatUserOf(activity: Activity, account: ChannelAccount | undefined): ChatUser | undefined {
  const externalId = field(account?.aadObjectId) ?? field(account?.id);
  const chatId = field(activity.conversation?.id);
  if (!externalId || !chatId) return undefined;
  // Teams marks a one-to-one chat "personal"; group chats and channels are not an address for alerts.
  const kind = activity.conversation?.conversationType;
  return {
    channel: "TEAMS",
    externalId,
    chatId,
    displayName: field(account?.name) ?? "Teams user",
    languageTag: field(activity.locale),
    personal: kind === undefined || kind === "personal",
    conversationRef: activity.getConversationReference() as unknown as Record<string, unknown>,
  };
}

function inputOf(activity: Activity): UserInput {
  const submitted = (activity.value as { a?: unknown } | undefined)?.a;
  if (typeof submitted === "string") return { kind: "action", data: submitted };
  const text = typedText(activity);
  const command = COMMAND.exec(text);
  if (command) return { kind: "command", command: command[1]!.toLowerCase(), payload: command[2]?.trim() ?? "" };
  if (typeof activity.text === "string") return { kind: "text", text };
  // Attachments or images with no text.
  return { kind: "unsupported" };
}

/** The card whose button was pressed, when the answer should replace it (not an alert's: see `CardOptions`). */
function pressedCard(activity: Activity): string | undefined {
  const value = activity.value as { a?: unknown; k?: unknown } | undefined;
  return typeof value?.a === "string" && value.k === undefined ? field(activity.replyToId) : undefined;
}

/** Shows the screens: the first in place of the pressed card, if any, the others as new cards. */
async function show(context: TurnContext, screens: Screen[], files?: FileLinks, replacing?: string) {
  for (const [index, screen] of screens.entries()) {
    const message = MessageFactory.attachment(cardOf(screen, files));
    if (index === 0 && replacing) {
      message.id = replacing;
      const updated = await context.updateActivity(message).then(
        () => true,
        // A client or card that cannot be updated (too old, deleted): the answer comes as a new card.
        () => false,
      );
      if (updated) continue;
      message.id = undefined;
    }
    await context.sendActivity(message);
  }
}

/** Teams messages, card buttons and installs, turned into channel-neutral inputs for the flows. */
class TeamsFlowsBot extends ActivityHandler {
  constructor(engine: FlowEngine, files?: FileLinks) {
    super();
    this.onMessage(async (context, next) => {
      const user = chatUserOf(context.activity, context.activity.from);
      if (user)
        await show(context, await engine.handle(user, inputOf(context.activity)), files, pressedCard(context.activity));
      await next();
    });
    // Installed, or added to a chat: each new member (not the bot) is welcomed with the menu.
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id === botId) continue;
        const user = chatUserOf(context.activity, member);
        if (user)
          await show(context, await engine.handle(user, { kind: "command", command: "start", payload: "" }), files);
      }
      await next();
    });
  }
}

/**
 * Teams on the Microsoft 365 Agents SDK. With an app id, every request must carry a valid Bot
 * Framework token (else 401); without one, requests are accepted unauthenticated, which the bot
 * process allows only in local mode (TEAMS_LOCAL_MODE=1).
 */
export function createTeamsBot(engine: FlowEngine, options: TeamsOptions) {
  const auth: AuthConfiguration = {
    clientId: options.appId || undefined,
    clientSecret: options.appPassword || undefined,
    tenantId: options.appTenantId || undefined,
    authType: options.appType === "UserAssignedMSI" ? AuthType.UserManagedIdentity : AuthType.ClientSecret,
  };
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    // A proactive send (an alert) failing is the push sender's to handle: no apology to the user.
    if (context.activity.type !== "message") throw error;
    logError("bot", "teams turn failed", error);
    await context.sendActivity("Sorry, something went wrong. 抱歉，系統出錯。").catch(() => undefined);
  };
  return {
    adapter,
    bot: new TeamsFlowsBot(engine, options.files),
    /** Checks the request's Bot Framework token (401 if invalid), or lets it through in local mode. */
    authorize: options.appId ? authorizeJWT(auth) : null,
    /** Who the bot is when it writes first (alerts): its app id, or anonymous in local mode. */
    identity: options.appId ? options.appId : {},
  };
}
