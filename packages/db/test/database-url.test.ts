import { describe, expect, it } from "vitest";
import { databaseKind, sqliteFilePath } from "../src";

describe("choosing the database from DATABASE_URL", () => {
  it("postgres:// and postgresql:// are PostgreSQL, file: is SQLite", () => {
    expect(databaseKind("postgresql://u@h:5432/db")).toBe("postgres");
    expect(databaseKind("postgres://u@h/db")).toBe("postgres");
    expect(databaseKind("file:./data/innolab.db")).toBe("sqlite");
    expect(sqliteFilePath("file:/tmp/a.db?connection_limit=1")).toBe("/tmp/a.db");
  });

  it("anything else is refused with a message that says what to use", () => {
    expect(() => databaseKind("mysql://root@localhost/test")).toThrow(/use file:<path> or postgresql:\/\//);
  });
});
