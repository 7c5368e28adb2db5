import { describeEachDatabase } from "@innolab/db/testing";
import { beforeAll, expect, it } from "vitest";
import { auth, createCaller, createContext } from "../src";
import { createFixture, type Fixture } from "./fixture";

describeEachDatabase("dashboard sign-in: hashed passwords and sessions", (database) => {
  let f: Fixture;
  const email = "staff@lab.example";

  beforeAll(async () => {
    f = await createFixture(database().db);
    await f.db.person.update({ where: { id: f.people.admin.id }, data: { email } });
    await auth.setPassword(f.db, email, "correct horse battery");
  });

  const signIn = (password: string, language: "en" | "zh-HK" = "en", who = email) =>
    createCaller(createContext({ db: f.db, source: "web", language, now: () => f.clock.now })).auth.signIn({
      email: who,
      password,
    });

  it("stores a memory-hard hash, never the password", async () => {
    const person = await f.db.person.findUniqueOrThrow({ where: { email }, select: { passwordHash: true } });
    expect(person.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(person.passwordHash).not.toContain("correct horse");
  });

  it("the right password opens a session that stands for the person until it expires", async () => {
    const { token, expiresAt, person } = await signIn("correct horse battery");
    expect(person).toMatchObject({ id: f.people.admin.id, role: "ADMIN" });
    expect(person).not.toHaveProperty("passwordHash");
    expect(await auth.actorForSession(f.db, token, f.clock.now)).toMatchObject({
      personId: f.people.admin.id,
      role: "ADMIN",
    });
    // Only the token's hash is stored.
    expect(await f.db.webSession.count({ where: { tokenHash: token } })).toBe(0);
    expect(await auth.actorForSession(f.db, token, expiresAt)).toBeNull();
    expect(await auth.actorForSession(f.db, "forged", f.clock.now)).toBeNull();
    await auth.signOut(f.db, token);
    expect(await auth.actorForSession(f.db, token, f.clock.now)).toBeNull();
  });

  it("a wrong password and an unknown email get the same answer, in the user's language, and no session", async () => {
    const sessions = await f.db.webSession.count();
    await expect(signIn("wrong password")).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "The email or password is not correct.",
    });
    await expect(signIn("correct horse battery", "zh-HK", "nobody@lab.example")).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "電郵或密碼不正確。",
    });
    expect(await f.db.webSession.count()).toBe(sessions);
  });

  it("emails are matched without regard to case; a chat-only person cannot sign in", async () => {
    await expect(signIn("correct horse battery", "en", "STAFF@Lab.Example")).resolves.toHaveProperty("token");
    await expect(signIn("anything", "en", "officer@lab.example")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("a new password must be long enough, and ends the person's other sessions", async () => {
    await expect(auth.setPassword(f.db, email, "short")).rejects.toMatchObject({ key: "PASSWORD_TOO_SHORT" });
    const { token } = await signIn("correct horse battery");
    await auth.setPassword(f.db, email, "another long password");
    expect(await auth.actorForSession(f.db, token, f.clock.now)).toBeNull();
    await expect(signIn("another long password")).resolves.toHaveProperty("token");
  });
});
