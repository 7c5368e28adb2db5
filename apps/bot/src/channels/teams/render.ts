import { type Attachment, CardFactory } from "botbuilder";
import type { Screen } from "../../flows/types";

/** A screen as an Adaptive Card: the text, and its buttons as Action.Submit carrying the data. */
export function cardOf(screen: Screen): Attachment {
  return CardFactory.adaptiveCard({
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.4",
    body: [{ type: "TextBlock", text: screen.text, wrap: true }],
    actions: screen.actions
      .flat()
      .map((action) => ({ type: "Action.Submit", title: action.label, data: { a: action.data } })),
  });
}

/** A file sent inline (Teams shows it as a downloadable attachment). */
export function fileOf(screen: Screen): Attachment | undefined {
  const file = screen.attachment;
  if (!file) return undefined;
  return {
    contentType: file.mimeType,
    name: file.filename,
    contentUrl: `data:${file.mimeType};base64,${Buffer.from(file.content, "utf8").toString("base64")}`,
  };
}
