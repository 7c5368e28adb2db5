import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface SentMessage {
  method: string;
  /** When it arrived (ms since the epoch). */
  at: number;
  chatId: string;
  text?: string;
  buttons: Array<{ text: string; data: string }>;
  document?: { filename: string; content: string };
}

interface Fault {
  method: string;
  status: number;
  description: string;
  parameters?: Record<string, unknown>;
}

/** Telegram's answer when a limit is hit: 429, and how many seconds to wait. */
export const tooManyRequests = (method: string, seconds: number): Fault => ({
  method,
  status: 429,
  description: `Too Many Requests: retry after ${seconds}`,
  parameters: { retry_after: seconds },
});

/** A failed call's answer, as the Bot API words it. */
const failure = ({ status, description, parameters }: Fault) => ({
  status,
  body: { ok: false, error_code: status, description, parameters },
});

/**
 * A local stand-in for Telegram's Bot API, behaving like the real one for what the bot uses:
 * getMe, getUpdates (long polling), deleteWebhook, sendMessage, sendDocument (multipart),
 * answerCallbackQuery — and failing like it when told to (429 with retry_after, 403 blocked).
 */
export class FakeTelegram {
  // Shaped like a real token, so that a test can tell it was masked in the logs.
  readonly token = "123456789:AAFakeTokenForTestsOnly_0123456789abcd";
  readonly sent: SentMessage[] = [];
  /** Emits "sent" with each message as it arrives (for a benchmark timing replies). */
  readonly events = new EventEmitter();
  /** Each setMyCommands call: its language and commands. */
  readonly commandMenus: Array<{ language?: string; commands: Array<{ command: string; description: string }> }> = [];
  /** Every call received, failed ones included. */
  readonly calls: string[] = [];
  private server: Server | undefined;
  private updates: Array<Record<string, unknown>> = [];
  private nextUpdateId = 1000;
  private nextMessageId = 1;
  private faults: Fault[] = [];
  /** Enforced like Telegram: messages per second overall and per chat; beyond, 429 retry_after 1. */
  limits: { perSecond: number; perChatPerSecond: number } | undefined;
  /** Chats whose user blocked the bot: 403. */
  readonly blockedChats = new Set<string>();
  /** Messages accepted in the last second, oldest first, from `recentStart` on; and how many per chat. */
  private recent: Array<{ at: number; chatId: string }> = [];
  private recentStart = 0;
  private recentPerChat = new Map<string, number>();
  tooManyRequests = 0;
  /** When each 429 was answered. */
  readonly tooManyRequestsAt: number[] = [];

  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /**
   * The answer's delay, drawn between these bounds (ms): Telegram seen from far away answers in
   * 100–250 ms. The request counts (against the limits too) when it arrives.
   */
  latencyMs: { min: number; max: number } | undefined;
  /** Requests received and not yet answered: now, and the most at once. */
  inFlight = 0;
  maxInFlight = 0;

  // A sliding window kept in constant time per message: at 1,000 messages a second, filtering the
  // whole window on each one took the stand-in's CPU from the senders it measures on a small host.
  private forgetBefore(cutoff: number) {
    while (this.recentStart < this.recent.length && this.recent[this.recentStart]!.at <= cutoff) {
      const { chatId } = this.recent[this.recentStart++]!;
      const left = (this.recentPerChat.get(chatId) ?? 1) - 1;
      if (left) this.recentPerChat.set(chatId, left);
      else this.recentPerChat.delete(chatId);
    }
    if (this.recentStart > 4096) {
      this.recent = this.recent.slice(this.recentStart);
      this.recentStart = 0;
    }
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
      res.on("close", () => this.inFlight--);
      void this.handle(req).then(async ({ status, body }) => {
        if (this.latencyMs) {
          const { min, max } = this.latencyMs;
          await new Promise((resolve) => setTimeout(resolve, min + Math.random() * (max - min)));
        }
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
  }

  /** Forgets what it received and the limits' windows (after a benchmark's warm-up). */
  forget() {
    this.sent.length = 0;
    this.calls.length = 0;
    this.tooManyRequestsAt.length = 0;
    this.tooManyRequests = 0;
    this.recent = [];
    this.recentStart = 0;
    this.recentPerChat.clear();
  }

  async stop(): Promise<void> {
    for (const release of this.stalled.splice(0)) release();
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private stalls: string[] = [];
  private stalled: Array<() => void> = [];

  /** The next call of `method` gets no answer until `stop()` (a Bot API that hangs). */
  stallNext(method: string) {
    this.stalls.push(method);
  }

  /** The next call of `method` fails like Telegram would. */
  failNext(fault: Fault) {
    this.faults.push(fault);
  }

  private user(chatId: number, languageCode: string) {
    return { id: chatId, is_bot: false, first_name: `User${chatId}`, language_code: languageCode };
  }

  /** Queues an update as if the user sent it; returns it (for webhook posts). */
  /** A message from a user: its content fields (text, sticker, …) on top of the usual ones. */
  private pushMessage(chatId: number, languageCode: string, content: Record<string, unknown>) {
    const message = { message_id: this.nextMessageId++, date: 0, chat: { id: chatId, type: "private" } };
    return this.push({ message: { ...message, from: this.user(chatId, languageCode), ...content } });
  }

  pushText(chatId: number, text: string, languageCode = "en") {
    return this.pushMessage(chatId, languageCode, { text });
  }

  pushButton(chatId: number, data: string, languageCode = "en") {
    return this.push({
      callback_query: {
        id: `cb${this.nextUpdateId}`,
        from: this.user(chatId, languageCode),
        chat_instance: "1",
        data,
        message: { message_id: 1, date: 0, chat: { id: chatId, type: "private" }, text: "…" },
      },
    });
  }

  pushSticker(chatId: number, languageCode = "en") {
    const sticker = {
      file_id: "s",
      file_unique_id: "s",
      type: "regular",
      width: 1,
      height: 1,
      is_animated: false,
      is_video: false,
    };
    return this.pushMessage(chatId, languageCode, { sticker });
  }

  /** The user blocks the bot ("kicked") or unblocks it ("member"). */
  pushMembership(chatId: number, status: "kicked" | "member") {
    const chat = { id: chatId, type: "private" };
    const bot = { id: 1, is_bot: true, first_name: "InnoLab" };
    return this.push({
      my_chat_member: {
        chat,
        from: this.user(chatId, "en"),
        date: 0,
        old_chat_member: { user: bot, status: status === "kicked" ? "member" : "kicked" },
        new_chat_member: status === "kicked" ? { user: bot, status, until_date: 0 } : { user: bot, status },
      },
    });
  }

  private push(content: Record<string, unknown>) {
    const update = { update_id: this.nextUpdateId++, ...content };
    this.updates.push(update);
    return update;
  }

  /** Messages to a chat, in order. */
  to(chatId: number): SentMessage[] {
    return this.sent.filter((m) => m.chatId === String(chatId));
  }

  /** Waits until a chat has received `count` messages in all; returns the last one. */
  async waitFor(chatId: number, count: number, timeoutMs = 10_000): Promise<SentMessage> {
    const deadline = Date.now() + timeoutMs;
    while (this.to(chatId).length < count) {
      if (Date.now() > deadline)
        throw new Error(`chat ${chatId}: ${this.to(chatId).length} of ${count} messages after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.to(chatId)[count - 1]!;
  }

  private async params(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const type = req.headers["content-type"] ?? "";
    if (type.startsWith("multipart/form-data")) return parseMultipart(body, type);
    return body.length ? (JSON.parse(body.toString("utf8")) as Record<string, unknown>) : {};
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const method = req.url?.split("/").at(-1)?.split("?")[0] ?? "";
    const params = await this.params(req);
    this.calls.push(method);
    const stallAt = this.stalls.indexOf(method);
    if (stallAt >= 0) {
      this.stalls.splice(stallAt, 1);
      await new Promise<void>((resolve) => this.stalled.push(resolve));
    }
    const faultAt = this.faults.findIndex((f) => f.method === method);
    if (faultAt >= 0) {
      const [fault] = this.faults.splice(faultAt, 1);
      return failure(fault!);
    }
    const ok = (result: unknown) => ({ status: 200, body: { ok: true, result } });
    switch (method) {
      case "getMe":
        return ok({ id: 1, is_bot: true, first_name: "InnoLab", username: "innolab_test_bot" });
      case "setMyCommands":
        this.commandMenus.push({
          language: params.language_code as string | undefined,
          commands: (typeof params.commands === "string" ? JSON.parse(params.commands) : params.commands) as never,
        });
        return ok(true);
      case "deleteWebhook":
      case "setWebhook":
      case "answerCallbackQuery":
        return ok(true);
      case "getUpdates": {
        const offset = Number(params.offset ?? 0);
        this.updates = this.updates.filter((u) => Number(u.update_id) >= offset);
        const deadline = Date.now() + Math.min(Number(params.timeout ?? 0), 0.3) * 1000;
        while (this.updates.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        return ok(this.updates.slice(0, Number(params.limit ?? 100)));
      }
      case "sendMessage":
      case "sendDocument": {
        const chatId = String(params.chat_id);
        if (this.blockedChats.has(chatId))
          return failure({ method, status: 403, description: "Forbidden: bot was blocked by the user" });
        if (this.limits) {
          const now = Date.now();
          this.forgetBefore(now - 1000);
          const toChat = this.recentPerChat.get(chatId) ?? 0;
          if (
            this.recent.length - this.recentStart >= this.limits.perSecond ||
            toChat >= this.limits.perChatPerSecond
          ) {
            this.tooManyRequests++;
            this.tooManyRequestsAt.push(now);
            return failure(tooManyRequests(method, 1));
          }
          this.recent.push({ at: now, chatId });
          this.recentPerChat.set(chatId, toChat + 1);
        }
        const markup = (
          typeof params.reply_markup === "string" ? JSON.parse(params.reply_markup) : params.reply_markup
        ) as { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>> } | undefined;
        const message: SentMessage = {
          method,
          at: Date.now(),
          chatId: String(params.chat_id),
          text: params.text as string | undefined,
          buttons: (markup?.inline_keyboard ?? []).flat().map((b) => ({ text: b.text, data: b.callback_data })),
          document: params.document as SentMessage["document"],
        };
        this.sent.push(message);
        this.events.emit("sent", message);
        return ok({
          message_id: this.nextMessageId++,
          date: 0,
          chat: { id: Number(params.chat_id), type: "private" },
          text: message.text,
        });
      }
      default:
        return { status: 404, body: { ok: false, error_code: 404, description: "Not Found: method not found" } };
    }
  }
}

/** Fields of a multipart/form-data body; a file field becomes { filename, content }. */
function parseMultipart(body: Buffer, contentType: string): Record<string, unknown> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const marker = `--${boundary?.[1] ?? boundary?.[2]}`;
  const params: Record<string, unknown> = {};
  for (const part of body.toString("utf8").split(marker)) {
    const split = part.indexOf("\r\n\r\n");
    if (split < 0) continue;
    const headers = part.slice(0, split);
    const content = part.slice(split + 4).replace(/\r\n$/, "");
    const name = /;\s*name="([^"]+)"/i.exec(headers)?.[1];
    if (!name) continue;
    const filename = /filename="?([^";\r\n]*)"?/i.exec(headers)?.[1];
    params[name] = filename === undefined ? content : { filename, content };
  }
  // A file attached by reference ("attach://<field>").
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === "string" && value.startsWith("attach://"))
      params[key] = params[value.slice("attach://".length)];
  }
  return params;
}
