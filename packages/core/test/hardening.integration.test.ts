import type { AddressInfo } from "node:net";
import { describeEachDatabase } from "@innolab/db/testing";
import superjson from "superjson";
import { afterAll, beforeAll, expect, it } from "vitest";
import { auth, createCaller, createContext } from "../src";
import { createApiServer } from "../src/server";
import { createFixture, draft, type Fixture, tableCounts } from "./fixture";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as { code: string; message: string; key?: string },
  );

describeEachDatabase("hostile and clumsy input", (database) => {
  let f: Fixture;
  let base: string;
  let server: ReturnType<typeof createApiServer>;

  beforeAll(async () => {
    f = await createFixture(database().db);
    await f.db.person.update({ where: { id: f.people.officer.id }, data: { email: "olivia@bd.gov.hk" } });
    await auth.setPassword(f.db, "olivia@bd.gov.hk", "a long officer password");
    server = createApiServer(f.db);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it("no answer carries a password hash: the person's own record, preferences, a redeemed invitation", async () => {
    const officer = f.as("officer");
    const invitation = await f.as("admin").invitation.create({ role: "OFFICER", organisationId: f.orgs.bd.id });
    const answers = [
      await officer.person.me(),
      await officer.person.updatePreferences({ digestMode: "DAILY" }),
      await officer.invitation.redeem({ code: invitation.code }),
      await f.as("admin").person.list({ organisationId: f.orgs.bd.id }),
    ];
    for (const answer of answers) {
      const text = JSON.stringify(answer);
      expect(text).not.toContain("passwordHash");
      expect(text).not.toContain("scrypt$");
    }
    expect((await officer.person.me()).email).toBe("olivia@bd.gov.hk");
  });

  it("a name already taken is a 409 that says which, in both languages; nothing is written", async () => {
    const input = { kind: "COMPANY" as const, nameEn: "Harbour AI Labs Limited", nameZh: "新名稱" };
    const before = await tableCounts(f.db);
    const en = await refusal(f.as("admin").organisation.create(input));
    expect(en?.code).toBe("CONFLICT");
    expect(en?.message).toBe("A record with the same kind and English name already exists.");
    const zh = await refusal(f.as("admin", { language: "zh-HK" }).organisation.create(input));
    expect(zh?.message).toBe("已有相同類別及英文名稱的紀錄。");
    expect(await tableCounts(f.db)).toEqual(before);
  });

  it("dates no database stores, text no database stores, and ids no key holds are refused as bad input", async () => {
    const officer = f.as("officer");
    const before = await tableCounts(f.db);
    const cases: Array<[string, Promise<unknown>, RegExp]> = [
      [
        "year -271821",
        f.as("admin").kpi.series({ from: new Date(-8.64e15), to: new Date(), granularity: "year" }),
        /From: must be in 1900 or later/,
      ],
      [
        "year 275760",
        f.as("admin").kpi.series({ from: new Date(), to: new Date(8.64e15), granularity: "year" }),
        /To: must be before 2200/,
      ],
      ["lone surrogate", officer.need.create(draft({ title: "Broken \ud800 text" })), /cannot be stored/],
      ["NUL", officer.need.create(draft({ description: "nul\u0000here" })), /cannot be stored/],
      ["id past 2^31", f.asPublic().need.get({ id: 2 ** 40 }), /id: must be 2147483647 or less/],
      [
        "a calendar day that does not exist",
        officer.resource.availability({ resourceId: 1, day: "9999-99-99" }),
        /Day:/,
      ],
    ];
    for (const [name, call, message] of cases) {
      const error = await refusal(call);
      expect(error?.code, name).toBe("BAD_REQUEST");
      expect(error?.message, name).toMatch(message);
    }
    expect(await tableCounts(f.db)).toEqual(before);
  });

  it("search reads % and _ as the characters they are", async () => {
    const officer = f.as("officer");
    const titles = ["Cut queue time by 50% at counters", "Plain signboard survey", "snake_case API gateway"];
    for (const title of titles) {
      const need = await officer.need.create({ ...draft({ title }), submit: true });
      await f.as("admin").need.review({ id: need.id, decision: "PUBLISH" });
    }
    const found = async (text: string) => (await f.asPublic().need.search({ text })).items.map((n) => n.title);
    expect(await found("%")).toEqual(["Cut queue time by 50% at counters"]);
    expect(await found("_")).toEqual(["snake_case API gateway"]);
    expect(await found("50% counters")).toEqual(["Cut queue time by 50% at counters"]);
    expect(await found("\\")).toEqual([]);
    expect((await f.asPublic().organisation.list({ text: "%" })).length).toBe(0);
  });

  it("sign-in: 10 wrong passwords lock the account for a while, even against the right one; each failure audited", async () => {
    const web = (address: string, language: "en" | "zh-HK" = "en") =>
      createCaller(createContext({ db: f.db, source: "web", language, clientAddress: address }));
    const email = `olivia+${database().kind}@bd.gov.hk`;
    await f.db.person.update({ where: { id: f.people.officer.id }, data: { email } });
    await auth.setPassword(f.db, email, "a long officer password");
    for (let i = 0; i < 10; i++) {
      const error = await refusal(web(`10.0.0.${i}`).auth.signIn({ email, password: `guess ${i}` }));
      expect(error?.code).toBe("UNAUTHORIZED");
    }
    const locked = await refusal(web("10.0.1.1", "zh-HK").auth.signIn({ email, password: "a long officer password" }));
    expect(locked?.code).toBe("TOO_MANY_REQUESTS");
    expect(locked?.message).toMatch(/^登入失敗次數過多，請等候 1\d 分鐘後再試。$/);
    expect(
      await f.db.auditLog.count({ where: { action: "sign-in-failed", entityId: String(f.people.officer.id) } }),
    ).toBeGreaterThanOrEqual(10);
  });

  it("over HTTP: no stack in any error, a crafted superjson meta is a 400, a body over 1 MB a 413, a huge list a 400", async () => {
    const post = (path: string, body: string, headers: Record<string, string> = {}) =>
      fetch(`${base}/trpc/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
      });
    // superjson follows `meta` paths; one nested 100,000 deep used to overflow the stack.
    const meta = `${"[".repeat(100_000)}"Date"${"]".repeat(100_000)}`;
    const recursive = await post("auth.signIn", `{"json":{"email":"a@b.c","password":"x"},"meta":{"values":${meta}}}`);
    expect(recursive.status).toBe(400);
    const big = await post(
      "auth.signIn",
      JSON.stringify({ json: { email: "a@b.c", password: "x".repeat(2_000_000) } }),
    );
    expect(big.status).toBe(413);
    const list = await post(
      "auth.signIn",
      JSON.stringify({ json: { email: "a@b.c", password: Array(100_000).fill(1) } }),
    );
    expect(list.status).toBe(400);
    const query = await fetch(
      `${base}/trpc/need.get?input=${encodeURIComponent(JSON.stringify({ json: { id: "x" } }))}`,
    );
    expect(query.status).toBe(400);
    const notJson = await post("auth.signIn", "{not json");
    expect(notJson.status).toBe(400);
    for (const response of [recursive, list, query, notJson]) {
      const text = await response.text();
      expect(text).not.toMatch(/"stack"|\/work\/|node_modules|at [A-Za-z.]+ \(/);
    }
    // The server still answers.
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    const input = encodeURIComponent(JSON.stringify(superjson.serialize({ text: "signboard" })));
    expect((await fetch(`${base}/trpc/need.search?input=${input}`)).status).toBe(200);
  });
});
