import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqliteTestDatabase, type TestDatabase } from "../src/testing";

const run = promisify(execFile);
const tsxLoader = createRequire(import.meta.url).resolve("tsx");
const worker = fileURLToPath(new URL("./sqlite-writer.worker.ts", import.meta.url));

describe("several processes writing one SQLite file", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createSqliteTestDatabase();
    await database.db.counter.create({ data: { key: "shared", value: 0 } });
  });
  afterAll(async () => {
    await database.drop();
  });

  it("3 processes × 4 writers × 100 mixed operations: no error, no lost write", async () => {
    const processes = 3;
    const writers = 4;
    const ops = 100;
    const outputs = await Promise.all(
      Array.from({ length: processes }, (_, p) =>
        run(process.execPath, ["--import", tsxLoader, worker, database.url, `p${p}`, String(writers), String(ops)], {
          timeout: 120_000,
        }),
      ),
    );
    const results = outputs.map(
      ({ stdout }) => JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as { done: number; errors: string[] },
    );
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    expect(results.reduce((sum, r) => sum + r.done, 0)).toBe(processes * writers * ops);
    const creates = await database.db.auditLog.count();
    const counter = await database.db.counter.findUniqueOrThrow({ where: { key: "shared" } });
    expect(creates).toBe((processes * writers * ops) / 2);
    expect(counter.value).toBe((processes * writers * ops) / 2);
  }, 180_000);
});
