import { logError } from "@innolab/core";
import { Composer, type Context, GrammyError } from "grammy";
import type { FlowEngine } from "../../flows/engine";
import type { ChatUser, UserInput } from "../../flows/types";
import { fileOf, keyboardOf, textOf } from "./render";

function userOf(ctx: Context): ChatUser | undefined {
  const from = ctx.from;
  const chat = ctx.chat;
  if (!from || !chat) return undefined;
  return {
    channel: "TELEGRAM",
    externalId: String(from.id),
    chatId: String(chat.id),
    displayName: [from.first_name, from.last_name].filter(Boolean).join(" ") || from.username || "Telegram user",
    languageTag: from.language_code,
    personal: chat.type === "private",
  };
}

const COMMAND = /^\/(\w{1,32})(?:@\w+)?(?:\s+([\s\S]*))?$/;

/** Telegram refuses to deliver to a user who blocked the bot (or deleted their account). */
const isBlocked = (error: unknown) => error instanceof GrammyError && error.error_code === 403;

async function answer(ctx: Context, engine: FlowEngine, input: UserInput) {
  const user = userOf(ctx);
  if (!user) return;
  try {
    for (const screen of await engine.handle(user, input)) {
      const file = fileOf(screen);
      if (file) await ctx.replyWithDocument(file);
      await ctx.reply(textOf(screen), { reply_markup: keyboardOf(screen) });
    }
  } catch (error) {
    if (!isBlocked(error)) throw error;
    // Blocked since they wrote: no more alerts until they write again; the update is done.
    await engine.setReachable({ channel: "TELEGRAM", externalId: user.externalId, reachable: false });
  }
}

/** Telegram messages and button presses, turned into channel-neutral inputs for the flows. */
export function flowsComposer(engine: FlowEngine): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on("callback_query:data", async (ctx) => {
    await answer(ctx, engine, { kind: "action", data: ctx.callbackQuery.data });
    // After the work, and only when it succeeded: in webhook mode this answer is the update's
    // acknowledgement, and a failed update must be delivered again. A press too old for
    // Telegram to take an answer needs none.
    await ctx.answerCallbackQuery().catch((error: unknown) => logError("bot", "answerCallbackQuery failed", error));
  });
  composer.on("message:text", async (ctx) => {
    const command = COMMAND.exec(ctx.message.text);
    const input: UserInput = command
      ? { kind: "command", command: command[1]!.toLowerCase(), payload: command[2]?.trim() ?? "" }
      : { kind: "text", text: ctx.message.text };
    await answer(ctx, engine, input);
  });
  // A user who blocks the bot ("kicked") gets no alerts until they unblock it.
  composer.on("my_chat_member", async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    await engine.setReachable({
      channel: "TELEGRAM",
      externalId: String(ctx.myChatMember.from.id),
      reachable: status !== "kicked",
    });
  });
  // Stickers, photos, files, voice…: the bot reads text only.
  composer.on("message", (ctx) => answer(ctx, engine, { kind: "unsupported" }));
  return composer;
}
