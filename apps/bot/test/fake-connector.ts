import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface SentActivity {
  conversationId: string;
  activity: {
    type: string;
    text?: string;
    attachments?: Array<{
      contentType: string;
      name?: string;
      contentUrl?: string;
      content?: { body?: Array<{ text?: string }>; actions?: Array<{ title: string; data: { a: string } }> };
    }>;
  };
}

/** A local Bot Framework connector: records what the bot sends to conversations. */
export class FakeConnector {
  readonly sent: SentActivity[] = [];
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
          this.sent.push({
            conversationId: decodeURIComponent(match[1]!),
            activity: JSON.parse(Buffer.concat(chunks).toString("utf8")),
          });
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: `sent-${this.next++}` }));
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
          text: card?.body?.[0]?.text ?? s.activity.text ?? "",
          actions: card?.actions?.map((a) => a.data.a) ?? [],
          labels: card?.actions?.map((a) => a.title) ?? [],
          files:
            s.activity.attachments?.filter((a) => a.contentType !== "application/vnd.microsoft.card.adaptive") ?? [],
        };
      });
  }
}
