import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { RateLimiter } from "../src/push/rate-limiter";
import type { SendBudget } from "../src/push/send-budget";
import { SharedRateLimiter } from "../src/push/shared-rate-limiter";
import { REDIS_URL, redisAnswers } from "./redis-answers";

const redisAvailable = await redisAnswers();

/** How long acquiring a slot for `chat` takes, in ms. */
async function waitFor(budget: SendBudget, chat: string) {
  const started = Date.now();
  await budget.acquire(chat);
  return Date.now() - started;
}

type Budget = SendBudget & { close?: () => Promise<void> };
const budgets: Array<[string, () => Budget]> = [["in one process", () => new RateLimiter(100, 1000)]];
if (redisAvailable) {
  budgets.push(["shared in Redis", () => new SharedRateLimiter(REDIS_URL, `test:${randomUUID()}`, 100, 1000)]);
}

describe.each(budgets)("a 429 pauses its chat, not the channel — %s", (_, make) => {
  it("one chat's 429 holds that chat for retry_after; the others go on at once", async () => {
    const budget = make();
    await budget.pause(1500, "busy-chat");
    expect(await waitFor(budget, "other-chat")).toBeLessThan(300);
    expect(await waitFor(budget, "busy-chat")).toBeGreaterThan(1000);
    await budget.close?.();
  });

  it("429s from three chats within a second are the channel's limit: every chat waits", async () => {
    const budget = make();
    for (const chat of ["a", "b", "c"]) await budget.pause(1500, chat);
    expect(await waitFor(budget, "d")).toBeGreaterThan(1000);
    await budget.close?.();
  });
});

describe.skipIf(!redisAvailable)("the shared budget at a stop", () => {
  it("closing it refuses the sends still waiting for a slot, so a stopping sender is not left hanging", async () => {
    const budget = new SharedRateLimiter(REDIS_URL, `test:${randomUUID()}`, 100, 1000);
    await budget.pause(10_000);
    const waiting = expect(budget.acquire("a")).rejects.toThrow("the send budget was closed");
    await new Promise((resolve) => setTimeout(resolve, 50));
    await budget.close();
    await waiting;
    await expect(budget.acquire("b")).rejects.toThrow("the send budget was closed");
  });
});
