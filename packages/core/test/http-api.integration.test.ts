import type { AddressInfo } from "node:net";
import { describeEachDatabase } from "@innolab/db/testing";
import superjson from "superjson";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApiServer } from "../src/server";
import { createFixture, draft, type Fixture } from "./fixture";

describeEachDatabase("the HTTP API", (database) => {
  let f: Fixture;
  let base: string;
  let server: ReturnType<typeof createApiServer>;

  beforeAll(async () => {
    f = await createFixture(database().db);
    const need = await f.as("officer").need.create({ ...draft({ title: "Information push service" }), submit: true });
    await f.as("admin").need.review({ id: need.id, decision: "PUBLISH" });
    server = createApiServer(database().db);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it("answers the health check", async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("serves public procedures over HTTP", async () => {
    const input = encodeURIComponent(JSON.stringify(superjson.serialize({ text: "push" })));
    const response = await fetch(`${base}/trpc/need.search?input=${input}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: unknown } };
    const data = superjson.deserialize(body.result.data as Parameters<typeof superjson.deserialize>[0]) as {
      items: Array<{ title: string }>;
    };
    expect(data.items.map((n) => n.title)).toEqual(["Information push service"]);
  });

  it("refuses what needs a signed-in user, in the language the client asks for", async () => {
    const response = await fetch(`${base}/trpc/person.me`, { headers: { "accept-language": "zh-HK,zh;q=0.9" } });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { json: { message: string; data: { reason: string } } } };
    expect(body.error.json.message).toBe("請先登入。");
    expect(body.error.json.data.reason).toBe("SIGN_IN_REQUIRED");
  });

  it("a web request cannot link a chat identity", async () => {
    const response = await fetch(`${base}/trpc/person.upsertChatIdentity`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(superjson.serialize({ channel: "TELEGRAM", externalId: "1", displayName: "Mallory" })),
    });
    expect(response.status).toBe(403);
    expect(await f.db.chatIdentity.count()).toBe(0);
  });
});
