import { describe, expect, it } from "vitest";
import { describeError, redact } from "./log";

describe("log lines", () => {
  it("mask a bot token, a password hash, an Authorization value and password/secret pairs", () => {
    const line = redact(
      'GET https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe hash scrypt$32768$8$1$c2FsdA==$a2V5 Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.x.y password="hunter22" secret=s3cr3t',
    );
    expect(line).not.toMatch(/AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw|c2FsdA|eyJhbGci|hunter22|s3cr3t/);
    expect(line).toContain("password=");
  });

  it("mask the password of a connection URL, keeping who and where", () => {
    const line = redact("connect ECONNREFUSED postgresql://lab:s3cret@db:5432/innolab and redis://:r3d1s@cache:6379");
    expect(line).not.toMatch(/s3cret|r3d1s/);
    expect(line).toContain("postgresql://lab:[redacted]@db:5432/innolab");
  });

  it("keep an error's class, message and stack, but not the arguments Prisma quotes", () => {
    const error = new Error(
      'Invalid `tx.person.create()` invocation in\n/app/people.ts:102:5\n\n→ 102 tx.person.create({\n  data: { displayName: "Chan Tai Man", email: "chan@example.com" }\n})\n\nArgument `role` is invalid.',
    );
    error.name = "PrismaClientValidationError";
    const text = describeError(new Error("people.create failed", { cause: error }));
    expect(text).toContain("Error: people.create failed");
    expect(text).toContain(
      "PrismaClientValidationError: Invalid `tx.person.create()` invocation in […] Argument `role` is invalid.",
    );
    expect(text).not.toMatch(/Chan Tai Man|chan@example\.com/);
    expect(text).toMatch(/\n\s+at /);
  });

  it("follow a grammY BotError to the middleware's error, never printing its context", () => {
    const inner = new Error("Call to 'sendMessage' failed! (403: Forbidden: bot was blocked by the user)");
    const botError = Object.assign(new Error("Error in middleware"), {
      error: inner,
      ctx: { api: { token: "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw" }, from: { first_name: "Wong" } },
    });
    const text = describeError(botError);
    expect(text).toContain("bot was blocked by the user");
    expect(text).not.toMatch(/AAHdqTcv|Wong/);
  });
});
