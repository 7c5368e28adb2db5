import type { AddressInfo } from "node:net";
import { type Db, Prisma } from "@innolab/db";
import { describeEachDatabase } from "@innolab/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApiServer } from "../src/server";
import { createFixture, type Fixture } from "./fixture";
import { ACTORS, input, random, SECRETS, STACK, value, wire } from "./fuzz-input";
import { allProcedures, callPath } from "./procedures";

// Every table (every model): a refused call must leave each row count as it was.
const TABLES = Object.values(Prisma.ModelName);

/** The row count of every table, in one round trip (5,000 calls on PostgreSQL cannot afford 29). */
async function rowCounts(db: Db): Promise<string> {
  const counts = TABLES.map((table) => `(SELECT COUNT(*) FROM "${table}") AS "${table}"`).join(", ");
  const [row] = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(`SELECT ${counts}`);
  return TABLES.map((table) => `${table}=${String(row?.[table])}`).join(" ");
}

describeEachDatabase("fuzz: generated input on every procedure, as every role and over HTTP", (database) => {
  let f: Fixture;
  let base: string;
  let server: ReturnType<typeof createApiServer>;
  const seed = Number(process.env.FUZZ_SEED ?? 20261130);

  beforeAll(async () => {
    f = await createFixture(database().db);
    server = createApiServer(f.db);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it(`5,000 calls through the core as each role: no internal error, no secret, nothing written on refusal (seed ${seed})`, async () => {
    const r = random(seed);
    const procedures = allProcedures();
    const outcomes = { answered: 0, refused: 0 };
    const failures: string[] = [];
    for (let i = 0; i < 5_000; i++) {
      const procedure = procedures[i % procedures.length]!;
      const who = r.pick(ACTORS);
      const caller = who === "public" ? f.asPublic() : f.as(who);
      const args = input(r);
      // Refusals must write nothing; a failed sign-in is audited by design.
      const watch = procedure.type === "mutation" && procedure.path !== "auth.signIn";
      const before = watch ? await rowCounts(f.db) : undefined;
      try {
        const answer = await callPath(caller, procedure.path, args);
        outcomes.answered++;
        if (SECRETS.test(wire(answer))) failures.push(`${procedure.path} as ${who}: secret in answer`);
      } catch (error) {
        outcomes.refused++;
        const where = `${procedure.path} as ${who} #${i}`;
        if (!(error instanceof TRPCError)) failures.push(`${where}: not a TRPCError: ${String(error)}`);
        else if (error.code === "INTERNAL_SERVER_ERROR") failures.push(`${where}: internal: ${String(error.cause)}`);
        else if (STACK.test(error.message)) failures.push(`${where}: stack in message`);
        if (before) {
          const after = await rowCounts(f.db);
          if (after !== before) failures.push(`${where}: refused but wrote: ${before} → ${after}`);
        }
      }
    }
    console.log(`[fuzz] ${database().kind}: ${outcomes.answered} answered, ${outcomes.refused} refused`);
    expect(failures).toEqual([]);
    expect(outcomes.answered).toBeGreaterThan(50);
  }, 300_000);

  it(`1,000 anonymous HTTP requests: no 500, no stack, no secret (seed ${seed})`, async () => {
    const r = random(seed + 1);
    const procedures = allProcedures();
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const heapBefore = process.memoryUsage().heapUsed;
    for (let i = 0; i < 1_000; i++) {
      const procedure = r.pick(procedures);
      const roll = r.next();
      let response: Response;
      if (procedure.type === "query" && roll < 0.5) {
        const query = encodeURIComponent(wire(input(r)));
        response = await fetch(`${base}/trpc/${procedure.path}?input=${query}`, {
          headers: { "accept-language": r.pick(["en", "zh-HK", "x"]) },
        });
      } else {
        const body =
          roll < 0.6
            ? r.pick(["", "{", "null", "[]", '{"json":', "\u0000", '{"json":{},"meta":{"values":{"a":["Date"]}}}'])
            : roll < 0.7
              ? JSON.stringify({ json: input(r), meta: { values: value(r, 0) } })
              : wire(input(r));
        response = await fetch(`${base}/trpc/${procedure.path}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        });
      }
      const text = await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const where = `${procedure.path} #${i} (${response.status})`;
      if (response.status >= 500) failures.push(`${where}: ${text.slice(0, 200)}`);
      if (STACK.test(text)) failures.push(`${where}: stack`);
      if (SECRETS.test(text)) failures.push(`${where}: secret`);
    }
    const heapAfter = process.memoryUsage().heapUsed;
    console.log(
      `[fuzz] ${database().kind} HTTP statuses: ${JSON.stringify(Object.fromEntries(statuses))}; heap ${(heapBefore / 2 ** 20).toFixed(0)} → ${(heapAfter / 2 ** 20).toFixed(0)} MiB`,
    );
    expect(failures).toEqual([]);
    expect((await fetch(`${base}/health`)).status).toBe(200);
  }, 300_000);
});
