import type { AddressInfo } from "node:net";
import { describeEachDatabase } from "@innolab/db/testing";
import superjson from "superjson";
import { afterAll, beforeAll, expect, it } from "vitest";
import { appRouter, auth } from "../src";
import { Health } from "../src/lib/health";
import { apiHealth, createApiServer } from "../src/server";
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

  it("answers liveness and readiness; not ready while stopping or when the database does not answer, without saying why", async () => {
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ok: true, ready: true, checks: { database: "ok" } });
    expect((await fetch(`${base}/health`)).status).toBe(200);
    // A process told to stop says so, and stays live while it finishes.
    const stopping = apiHealth(database().db);
    const other = createApiServer(database().db, stopping);
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    const otherBase = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    stopping.markStopping();
    const leaving = await fetch(`${otherBase}/health/ready`);
    expect(leaving.status).toBe(503);
    expect(await leaving.json()).toMatchObject({ ready: false, stopping: true });
    expect((await fetch(`${otherBase}/health/live`)).status).toBe(200);
    await new Promise((resolve) => other.close(resolve));
    // A database that does not answer: 503, and the answer names the check, not the error or URL.
    const broken = new Health("api", {
      database: () => Promise.reject(new Error("connect ECONNREFUSED postgresql://lab:s3cret@db:5432/innolab")),
    });
    const down = createApiServer(database().db, broken);
    await new Promise<void>((resolve) => down.listen(0, "127.0.0.1", resolve));
    const response = await fetch(`http://127.0.0.1:${(down.address() as AddressInfo).port}/health/ready`);
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ ok: false, ready: false, checks: { database: "failing" } });
    expect(text).not.toContain("s3cret");
    await new Promise((resolve) => down.close(resolve));
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

  it("GET /metrics counts calls by procedure and outcome for Prometheus, and names no one", async () => {
    const count = async (labels: string) => {
      const text = await (await fetch(`${base}/metrics`)).text();
      const line = text.split("\n").find((l) => l.startsWith(`innolab_procedure_calls_total{${labels}}`));
      return line ? Number(line.split(" ").at(-1)) : 0;
    };
    const ok = 'procedure="need.search",source="web",outcome="ok"';
    const refused = 'procedure="person.me",source="web",outcome="UNAUTHORIZED"';
    const [okBefore, refusedBefore] = [await count(ok), await count(refused)];
    const input = encodeURIComponent(JSON.stringify(superjson.serialize({ text: "push" })));
    await fetch(`${base}/trpc/need.search?input=${input}`);
    await fetch(`${base}/trpc/person.me`);
    expect(await count(ok)).toBe(okBefore + 1);
    expect(await count(refused)).toBe(refusedBefore + 1);
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/innolab_procedure_seconds_bucket\{le="0.05",procedure="need.search"\} \d+/);
    expect(text).toMatch(/innolab_process_resident_memory_bytes \d+/);
    // Labels hold procedure names and codes only: no search words, names or emails.
    expect(text).not.toContain("push");
    for (const person of await f.db.person.findMany({ select: { displayName: true } }))
      expect(text).not.toContain(person.displayName);
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

  it("GET /openapi.json describes every procedure outsiders may call; a client reading only it can call them", async () => {
    const doc = (await (await fetch(`${base}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { security: unknown[]; "x-roles"?: string[]; parameters?: unknown[] }>>;
    };
    expect(doc.openapi).toBe("3.1.0");
    // Every procedure but the chat channels' own (which refuse any request from outside).
    const procedures = Object.keys(appRouter._def.procedures);
    const channelOnly = ["person.upsertChatIdentity", "person.setChatReachable"];
    expect(Object.keys(doc.paths).sort()).toEqual(
      procedures
        .filter((name) => !channelOnly.includes(name))
        .map((name) => `/trpc/${name}`)
        .sort(),
    );
    // Who may call what, as the guard enforces it.
    expect(doc.paths["/trpc/need.search"]?.get?.security).toEqual([]);
    expect(doc.paths["/trpc/need.review"]?.post?.["x-roles"]).toEqual(["ADMIN"]);
    expect(doc.paths["/trpc/kpi.overview"]?.get?.["x-roles"]).toEqual(["ADMIN", "MANAGER"]);
    // A client that knows only the document: the method and the wrapping it describes work.
    const [path, operations] = Object.entries(doc.paths).find(([p]) => p === "/trpc/need.search")!;
    const method = Object.keys(operations)[0]!;
    expect(method).toBe("get");
    const call = await fetch(`${base}${path}?input=${encodeURIComponent(JSON.stringify({ json: { text: "push" } }))}`);
    expect(call.status).toBe(200);
    const body = (await call.json()) as { result: { data: { json: { items: Array<{ title: string }> } } } };
    expect(body.result.data.json.items.map((item) => item.title)).toContain("Information push service");
  });

  it("each API token has its limit per minute: over it, 429 told plainly; another token goes on", async () => {
    const db = database().db;
    const { email } = await db.person.update({ where: { id: f.people.admin.id }, data: { email: "tools@lab.gov.hk" } });
    const busy = await auth.createApiToken(db, { email: email!, name: "Busy tool", days: 1 });
    const calm = await auth.createApiToken(db, { email: email!, name: "Calm tool", days: 1 });
    const call = (token: string) =>
      fetch(`${base}/trpc/techArea.list`, {
        headers: { authorization: `Bearer ${token}`, "accept-language": "zh-HK" },
      });
    // 600 a minute (API_TOKEN_REQUESTS_PER_MINUTE), sent ten at a time.
    for (let i = 0; i < 600; i += 10) {
      const statuses = await Promise.all(Array.from({ length: 10 }, () => call(busy.token).then((r) => r.status)));
      expect(statuses.every((status) => status === 200)).toBe(true);
    }
    const refused = await call(busy.token);
    expect(refused.status).toBe(429);
    expect(await refused.text()).toMatch(/此 API 權杖在這一分鐘內的請求過多，請於 \d+ 秒後再試。/);
    expect((await call(calm.token)).status).toBe(200);
  });

  it("lab staff issue a token within a role: management's reading, not staff's writing; never above its person; void after a demotion", async () => {
    const db = database().db;
    const staff = await db.person.update({ where: { id: f.people.admin.id }, data: { email: "issuer@lab.gov.hk" } });
    // The HTTP server checks expiry against the real clock: issue it on the real clock too.
    const fixtureNow = f.clock.now;
    f.clock.now = new Date();
    const reader = await f
      .as("admin")
      .apiToken.create({ email: staff.email!, name: "KPI wall", days: 7, role: "MANAGER" });
    f.clock.now = fixtureNow;
    expect(reader.role).toBe("MANAGER");
    const headers = { "content-type": "application/json", authorization: `Bearer ${reader.token}` };
    const input = encodeURIComponent(
      JSON.stringify(superjson.serialize({ from: new Date("2026-01-01"), to: new Date("2027-01-01") })),
    );
    expect((await fetch(`${base}/trpc/kpi.overview?input=${input}`, { headers })).status).toBe(200);
    const publish = await fetch(`${base}/trpc/need.review`, {
      method: "POST",
      headers,
      body: JSON.stringify(superjson.serialize({ id: 1, decision: "PUBLISH" })),
    });
    expect(publish.status).toBe(403);
    // The list shows it, never the token; a vendor's token cannot act as lab staff.
    const listed = await f.as("admin").apiToken.list();
    expect(listed.find((t) => t.id === reader.id)).toMatchObject({ name: "KPI wall", role: "MANAGER" });
    expect(JSON.stringify(listed)).not.toContain(reader.token);
    const vendor = await db.person.update({ where: { id: f.people.vendor.id }, data: { email: "seller@co.hk" } });
    await expect(
      f.as("admin", { language: "zh-HK" }).apiToken.create({ email: vendor.email!, name: "x", days: 1, role: "ADMIN" }),
    ).rejects.toMatchObject({ message: "角色為 公司人員 的人的權杖不可以 實驗室職員 身分行事。" });
    // Its person leaves the lab's staff: the token no longer works.
    await db.person.update({ where: { id: staff.id }, data: { role: "SUBSCRIBER" } });
    expect((await fetch(`${base}/trpc/kpi.overview?input=${input}`, { headers })).status).toBe(401);
    await db.person.update({ where: { id: staff.id }, data: { role: "ADMIN" } });
    await f.as("admin").apiToken.revoke({ id: reader.id });
    expect((await fetch(`${base}/trpc/kpi.overview?input=${input}`, { headers })).status).toBe(401);
    // Issued and revoked by lab staff: both in the audit log, with who did it (never the token).
    const trail = await db.auditLog.findMany({
      where: { entity: "ApiToken", entityId: String(reader.id) },
      orderBy: { id: "asc" },
    });
    expect(trail.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["create", f.people.admin.id],
      ["revoke", f.people.admin.id],
    ]);
    expect(JSON.stringify(trail)).not.toContain(reader.token);
  });

  it("another team's tool uses an API token: it acts as its person; revoked, expired or made-up tokens get 401", async () => {
    const db = database().db;
    const manager = await db.person.update({
      where: { id: f.people.manager.id },
      data: { email: "kpi-reader@lab.gov.hk" },
    });
    const input = encodeURIComponent(
      JSON.stringify(
        superjson.serialize({ from: new Date("2026-01-01T00:00:00Z"), to: new Date("2027-01-01T00:00:00Z") }),
      ),
    );
    const overview = (token?: string) =>
      fetch(`${base}/trpc/kpi.overview?input=${input}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
    expect((await overview()).status).toBe(401);
    const created = await auth.createApiToken(db, { email: manager.email!, name: "BI dashboard", days: 30 });
    expect(created.token).toMatch(/^ilab_/);
    const answered = await overview(created.token);
    expect(answered.status).toBe(200);
    expect(JSON.stringify(await answered.json())).toContain("needsSubmitted");
    // Its person's role still decides: a manager's token cannot publish a need.
    const publish = await fetch(`${base}/trpc/need.review`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${created.token}` },
      body: JSON.stringify(superjson.serialize({ id: 1, decision: "PUBLISH" })),
    });
    expect(publish.status).toBe(403);
    // Only the hash is stored; the token's last use is recorded.
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).not.toContain(created.token);
    expect(row.lastUsedAt).not.toBeNull();
    // Made up, malformed, revoked, expired: 401 with a plain message and no stack.
    for (const header of ["Bearer ilab_made-up", "Basic abc", "Bearer"]) {
      const refused = await fetch(`${base}/trpc/kpi.overview?input=${input}`, { headers: { authorization: header } });
      expect(refused.status).toBe(401);
      const body = await refused.text();
      expect(body).toContain("This API token is unknown, revoked or expired.");
      expect(body).not.toContain("stack");
    }
    await auth.revokeApiToken(db, created.id);
    expect((await overview(created.token)).status).toBe(401);
    const expired = await auth.createApiToken(
      db,
      { email: manager.email!, name: "old", days: 1 },
      new Date("2020-01-01"),
    );
    expect((await overview(expired.token)).status).toBe(401);
  });
});
