import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface SentActivity {
  conversationId: string;
  /** The id the connector gave the message (a card's buttons come back with it as replyToId). */
  id: string;
  activity: {
    type: string;
    text?: string;
    attachments?: Array<{
      contentType: string;
      name?: string;
      contentUrl?: string;
      content?: CardContent;
    }>;
  };
}

interface CardAction {
  type: string;
  title: string;
  data?: { a: string };
  url?: string;
  card?: CardContent;
}
interface CardContent {
  body?: Array<{ type: string; text?: string; spacing?: string }>;
  actions?: CardAction[];
}

/** Every Action.Submit of a card, those inside "More" (Action.ShowCard) cards included. */
function submits(actions: CardAction[] = []): CardAction[] {
  return actions.flatMap((a) =>
    a.type === "Action.ShowCard" ? submits(a.card?.actions) : a.type === "Action.Submit" ? [a] : [],
  );
}

/** A card's text as Teams shows it: one TextBlock per line, a paragraph's space as a blank line. */
function cardText(card: CardContent): string {
  return (card.body ?? [])
    .filter((block) => block.type === "TextBlock")
    .map((block, index) => (index > 0 && block.spacing === "Medium" ? `\n${block.text}` : (block.text ?? "")))
    .join("\n");
}

/** A local Bot Framework connector: records what the bot sends to conversations. */
export class FakeConnector {
  /** What each conversation shows, in order: a message updated in place is replaced where it is. */
  readonly sent: SentActivity[] = [];
  /** Every update in place: the message's id and its new content. */
  readonly updates: SentActivity[] = [];
  /** Conversations the bot was removed from: 403, as the Bot Framework answers. */
  readonly forbidden = new Set<string>();
  private server: Server | undefined;
  private next = 1;

  get serviceUrl(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? "");
        if (req.method === "POST" && match && this.forbidden.has(decodeURIComponent(match[1]!))) {
          res.writeHead(403, { "content-type": "application/json" }).end(
            JSON.stringify({
              error: {
                code: "BotNotInConversationRoster",
                message: "The bot is not part of the conversation roster.",
              },
            }),
          );
          return;
        }
        if (req.method === "POST" && match) {
          const id = `sent-${this.next++}`;
          this.sent.push({
            conversationId: decodeURIComponent(match[1]!),
            id,
            activity: JSON.parse(Buffer.concat(chunks).toString("utf8")),
          });
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id }));
          return;
        }
        // An update in place (PUT …/activities/{id}): only of a message this conversation holds.
        const update = /^\/v3\/conversations\/([^/]+)\/activities\/([^/?]+)$/.exec(req.url ?? "");
        if (req.method === "PUT" && update) {
          const conversationId = decodeURIComponent(update[1]!);
          const id = decodeURIComponent(update[2]!);
          const index = this.sent.findIndex((s) => s.conversationId === conversationId && s.id === id);
          if (index < 0) {
            res
              .writeHead(404, { "content-type": "application/json" })
              .end(JSON.stringify({ error: { code: "NotFound", message: "The activity does not exist." } }));
            return;
          }
          const replaced = { conversationId, id, activity: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
          this.sent[index] = replaced;
          this.updates.push(replaced);
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id }));
          return;
        }
        res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** The card text and button data of what a conversation received, in order. */
  cards(conversationId: string) {
    return this.sent
      .filter((s) => s.conversationId === conversationId)
      .map((s) => {
        const card = s.activity.attachments?.find(
          (a) => a.contentType === "application/vnd.microsoft.card.adaptive",
        )?.content;
        return {
          id: s.id,
          text: card ? cardText(card) : (s.activity.text ?? ""),
          actions: submits(card?.actions).map((a) => a.data?.a ?? ""),
          labels: submits(card?.actions).map((a) => a.title),
          /** The buttons Teams shows on the card itself (it hides any beyond 6 behind "…"). */
          visible: card?.actions?.length ?? 0,
          /** Buttons that open a web address (a file the bot serves). */
          links: (card?.actions ?? [])
            .filter((a) => a.type === "Action.OpenUrl")
            .map((a) => ({ title: a.title, url: a.url! })),
          files:
            s.activity.attachments?.filter((a) => a.contentType !== "application/vnd.microsoft.card.adaptive") ?? [],
        };
      });
  }
}
