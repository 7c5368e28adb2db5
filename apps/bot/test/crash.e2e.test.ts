import { type ChildProcess, spawn } from "node:child_process";
import { describeEachDatabase } from "@innolab/db/testing";
import { freePort } from "@innolab/db/testing/free-port";
import { afterAll, beforeAll, expect, it } from "vitest";
import { builtBot } from "./built-bot";
import { FakeTelegram } from "./fake-telegram";
import { setupLab } from "./setup-lab";

const SECRET = "crash-test-webhook-secret-1";

describeEachDatabase("the bot process killed (-9) in the middle of a button press", (database) => {
  const telegram = new FakeTelegram();
  let lab: Awaited<ReturnType<typeof setupLab>>;
  let port: number;
  let bot: ChildProcess | undefined;

  /** The real bot process, as deployed: webhook mode, its own connection to the database. */
  async function startBot() {
    bot = spawn(process.execPath, builtBot, {
      env: {
        ...process.env,
        DATABASE_URL: database().url,
        BOT_PORT: String(port),
        TELEGRAM_BOT_TOKEN: telegram.token,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        TELEGRAM_MODE: "webhook",
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        PUSH_ENABLED: "0",
      },
      stdio: "ignore",
    });
    for (let tries = 0; tries < 300; tries++) {
      if (
        await fetch(`http://127.0.0.1:${port}/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("the bot did not start");
  }

  const deliver = (update: unknown) =>
    fetch(`http://127.0.0.1:${port}/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update),
    });

  beforeAll(async () => {
    lab = await setupLab(database().db);
    await telegram.start();
    port = await freePort();
  });
  afterAll(async () => {
    bot?.kill("SIGKILL");
    await telegram.stop();
  });

  it("the registration is written, the reply never sent, the process killed: Telegram's re-delivery is answered once", async () => {
    await startBot();
    const chat = 9_100;
    expect((await deliver(telegram.pushText(chat, "/start"))).status).toBe(200);
    const press = telegram.pushButton(chat, `fr:${lab.smallForum.id}`);
    telegram.stallNext("sendMessage");
    const sentBefore = telegram.calls.filter((call) => call === "sendMessage").length;
    const answer = deliver(press).then(
      (r) => r.status,
      () => "connection lost",
    );
    // The work is done and its reply is on its way to Telegram, which does not answer: kill.
    while (telegram.calls.filter((call) => call === "sendMessage").length === sentBefore) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    bot!.kill("SIGKILL");
    expect(await answer).toBe("connection lost");
    const person = await database().db.chatIdentity.findFirstOrThrow({
      where: { channel: "TELEGRAM", externalId: String(chat) },
    });
    const registrations = () =>
      database().db.forumRegistration.count({ where: { forumId: lab.smallForum.id, personId: person.personId } });
    expect(await registrations()).toBe(1);
    const key = `telegram:${(press as { update_id: number }).update_id}`;
    expect(await database().db.processedUpdate.count({ where: { key } })).toBe(0);

    // Telegram had no 200, so it delivers the press again to the restarted bot.
    await startBot();
    const replies = telegram.to(chat).length;
    expect(await deliver(press)).toMatchObject({ status: 200 });
    const reply = await telegram.waitFor(chat, replies + 1);
    expect(reply.text).toMatch(/already registered/i);
    expect(await registrations()).toBe(1);
    await expect.poll(() => database().db.processedUpdate.count({ where: { key } })).toBe(1);
    // Once handled, a further delivery is skipped.
    expect((await deliver(press)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(telegram.to(chat)).toHaveLength(replies + 1);
  });
});
