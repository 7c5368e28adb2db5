import type { push } from "@innolab/core";
import { InputFile } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertApi, sendToTelegram } from "../src/push/telegram-sender";
import { FakeTelegram, tooManyRequests } from "./fake-telegram";

/** A claimed delivery of one alert to `chatId`, as the sender hands it over. */
function delivery(chatId: string, language = "en"): push.ClaimedDelivery {
  return {
    id: 1,
    ids: [1],
    attempts: 0,
    leaseOwner: "test",
    identity: { id: 1, externalId: chatId, chatId, conversationRef: null, language },
    alerts: [
      {
        id: 1,
        titleEn: "Lab closed on Friday",
        titleZh: "實驗室星期五休息",
        bodyEn: "The lab is closed for maintenance.",
        bodyZh: "實驗室維修，暫停開放。",
        critical: false,
      },
    ],
    actions: [],
  };
}

// The Api alerts go out through (pooled connections instead of node-fetch): every answer the Bot
// API gives still becomes the outcome the sender acts on.
describe("an alert sent through alertApi", () => {
  const telegram = new FakeTelegram();
  let sender: ReturnType<typeof alertApi>;
  beforeAll(async () => {
    await telegram.start();
    sender = alertApi(telegram.token, telegram.apiRoot);
  });
  afterAll(async () => {
    await sender.close();
    await telegram.stop();
  });

  it("arrives as the chat's message, in its language", async () => {
    expect(await sendToTelegram(sender.api, delivery("501", "zh-HK"))).toEqual({ kind: "sent" });
    expect(telegram.sent.at(-1)).toMatchObject({ chatId: "501", text: expect.stringContaining("實驗室星期五休息") });
  });

  it("a 429 says how long to wait; a 403 that the chat is blocked; a 500 that it may be retried", async () => {
    telegram.failNext(tooManyRequests("sendMessage", 7));
    expect(await sendToTelegram(sender.api, delivery("502"))).toEqual({ kind: "rate-limited", retryAfterMs: 7000 });
    telegram.blockedChats.add("503");
    expect(await sendToTelegram(sender.api, delivery("503"))).toMatchObject({ kind: "blocked" });
    telegram.failNext({ method: "sendMessage", status: 500, description: "Internal Server Error" });
    expect(await sendToTelegram(sender.api, delivery("504"))).toEqual({
      kind: "transient",
      error: "500 Internal Server Error",
    });
    telegram.failNext({ method: "sendMessage", status: 400, description: "Bad Request: chat not found" });
    expect(await sendToTelegram(sender.api, delivery("505"))).toEqual({
      kind: "failed",
      error: "400 Bad Request: chat not found",
    });
  });

  it("a Bot API that cannot be reached is a transient failure, not a crash", async () => {
    const down = alertApi(telegram.token, "http://127.0.0.1:9");
    try {
      expect(await sendToTelegram(down.api, delivery("506"))).toMatchObject({ kind: "transient" });
    } finally {
      await down.close();
    }
  });

  it("a file upload (multipart, not JSON) still goes, through the runtime's fetch", async () => {
    await sender.api.sendDocument("507", new InputFile(Buffer.from("BEGIN:VCALENDAR"), "forum.ics"));
    expect(telegram.sent.at(-1)).toMatchObject({
      chatId: "507",
      document: { filename: "forum.ics", content: "BEGIN:VCALENDAR" },
    });
  });
});
