import { afterAll, beforeAll, describe, inject } from "vitest";
import type { DatabaseKind } from "../database-url";
import { createTestDatabase, type TestDatabase } from "./databases";
import "./provided";

export * from "./databases";
export { testEnv } from "./env";

const ALL_KINDS: DatabaseKind[] = ["sqlite", "postgres"];

/**
 * Runs a suite once per database: a fresh migrated database each, dropped afterwards.
 * A database this run cannot reach is reported as skipped, never as passed.
 */
export function describeEachDatabase(name: string, suite: (database: () => TestDatabase) => void): void {
  const available = inject("testDatabaseKinds");
  for (const kind of ALL_KINDS) {
    describe.skipIf(!available.includes(kind))(`${name} [${kind}]`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(kind);
      }, 60_000);
      afterAll(async () => {
        await database?.drop();
      });
      suite(() => {
        if (!database) throw new Error("test database not ready");
        return database;
      });
    });
  }
}
