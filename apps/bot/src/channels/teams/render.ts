import type { Attachment } from "@microsoft/agents-activity";
import { CardFactory } from "@microsoft/agents-hosting";
import type { FileLinks } from "../../file-links";
import { t } from "../../flows/messages";
import type { Action, Screen } from "../../flows/types";

/** Teams shows this many of a card's actions; the rest would hide behind "…". */
const TEAMS_VISIBLE_ACTIONS = 6;

/** How a card's buttons behave when pressed. */
export interface CardOptions {
  /**
   * Keep this card as it is when one of its buttons is pressed, and answer with a new card (an
   * alert stays readable). By default the answer replaces the pressed card, as screens of one
   * conversation do: the chat does not fill with menus, and no stale buttons remain.
   */
  keep?: boolean;
}

const submitOf =
  ({ keep }: CardOptions) =>
  (action: Action) => ({
    type: "Action.Submit",
    title: action.label,
    data: { a: action.data, ...(keep ? { k: 1 } : {}) },
  });

/**
 * Teams renders a TextBlock's Markdown (and some HTML), and screens carry what users wrote. Its
 * renderer honours no backslash escapes and pairs asterisks across anything (both checked in
 * Agents Playground), so: each character that could open a link, code or a tag is followed by
 * a zero-width space, and an asterisk is shown as its look-alike ∗ (U+2217). The text reads as
 * typed; `[portal](http://…)`, `**urgent**` or `<b>` never become markup.
 */
const ZERO_WIDTH_SPACE = "\u200B";
export function neutraliseMarkdown(text: string): string {
  return text.replace(/\*/g, "\u2217").replace(/[`_[\]<>~]/g, (char) => char + ZERO_WIDTH_SPACE);
}

/**
 * A screen's text as TextBlocks, one per paragraph and line: Teams ignores single line breaks
 * inside one TextBlock, which ran fields together.
 */
function bodyOf(text: string) {
  return text.split("\n").flatMap((line, index, lines) => {
    if (line.trim() === "") return [];
    const afterBlank = index > 0 && lines[index - 1]!.trim() === "";
    return [
      {
        type: "TextBlock",
        text: neutraliseMarkdown(line),
        wrap: true,
        ...(afterBlank ? { spacing: "Medium" } : { spacing: "None" }),
      },
    ];
  });
}

/**
 * The buttons, as many as Teams shows: when there are more, the first five stay and the rest
 * go into a "More" card that opens in place (an Action.ShowCard), so none is hidden.
 */
function actionsOf(actions: Action[], moreLabel: string, submit: (action: Action) => object): object[] {
  if (actions.length <= TEAMS_VISIBLE_ACTIONS) return actions.map(submit);
  const shown = actions.slice(0, TEAMS_VISIBLE_ACTIONS - 1);
  const rest = actions.slice(TEAMS_VISIBLE_ACTIONS - 1);
  return [
    ...shown.map(submit),
    {
      type: "Action.ShowCard",
      title: moreLabel,
      card: { type: "AdaptiveCard", body: [], actions: actionsOf(rest, moreLabel, submit) },
    },
  ];
}

/** A screen as an Adaptive Card: the text line by line, and its buttons as Action.Submit carrying the data. */
export function cardOf(screen: Screen, files?: FileLinks, options: CardOptions = {}): Attachment {
  const language = screen.language ?? "en";
  // A file (a forum's .ics) is a button opening a signed link the bot serves: Teams shows no
  // `data:` attachment of type text/calendar.
  const file =
    screen.attachment && files
      ? [{ type: "Action.OpenUrl", title: t(language, "teams.file"), url: files.link(screen.attachment) }]
      : [];
  return CardFactory.adaptiveCard({
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.4",
    body: bodyOf(screen.text),
    actions: [...file, ...actionsOf(screen.actions.flat(), t(language, "teams.more"), submitOf(options))],
  });
}
