import type { TestProject } from "vitest/node";
import { postgresReachable } from "./databases";
import "./provided";
import { testEnv } from "./env";

/** Decides once per run which databases the integration suites use. */
export default async function setup(project: TestProject) {
  const kinds: Array<"sqlite" | "postgres"> = [];
  if (testEnv.TEST_DATABASES !== "postgres") kinds.push("sqlite");
  if (testEnv.TEST_DATABASES !== "sqlite") {
    if (await postgresReachable()) kinds.push("postgres");
    else if (testEnv.REQUIRE_POSTGRES) {
      throw new Error(`REQUIRE_POSTGRES is set but PostgreSQL at ${testEnv.TEST_POSTGRES_URL} does not answer`);
    } else {
      console.warn(
        `\n[innolab] PostgreSQL at ${testEnv.TEST_POSTGRES_URL} does not answer: its suites are SKIPPED (not passed).\n`,
      );
    }
  }
  project.provide("testDatabaseKinds", kinds);
}
