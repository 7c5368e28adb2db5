import { InlineKeyboard, InputFile } from "grammy";
import type { Screen } from "../../flows/types";

/** Telegram's limit for one message. */
const MAX_TEXT = 4096;

export function keyboardOf(screen: Screen): InlineKeyboard | undefined {
  if (screen.actions.length === 0) return undefined;
  return InlineKeyboard.from(
    screen.actions.map((row) => row.map((action) => InlineKeyboard.text(action.label, action.data))),
  );
}

export function textOf(screen: Screen): string {
  return screen.text.length <= MAX_TEXT ? screen.text : `${screen.text.slice(0, MAX_TEXT - 1)}…`;
}

export function fileOf(screen: Screen): InputFile | undefined {
  const attachment = screen.attachment;
  return attachment ? new InputFile(Buffer.from(attachment.content, "utf8"), attachment.filename) : undefined;
}
