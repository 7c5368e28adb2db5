import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { seed } from "@innolab/db";
import { createTestDatabase, type TestDatabase } from "@innolab/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ARTIFACTS = path.join(appDir, "test-artifacts");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const PLAYGROUND = path.join(appDir, "node_modules/@microsoft/m365agentsplayground/cli.js");

/** Whether this machine can make a private network namespace (the Playground probes the network). */
const namespaceWorks = spawnSync("unshare", ["-n", "true"]).status === 0;
const required = process.env.CI === "true" || process.env.REQUIRE_BROWSER === "1";
const runnable = namespaceWorks && existsSync(CHROMIUM) && existsSync(PLAYGROUND);

interface Step {
  text: string;
  buttons: string[];
  /** Cards in the conversation when the step was recorded. */
  cards: number;
  links?: string[];
  calendar?: { url: string; status: number; body: string };
}

const HOSTILE = "See [InnoLab portal](http://phish.invalid/login) **urgent** <b>now</b> file_name_here";

/** The bot and Microsoft 365 Agents Playground in a network namespace with loopback only, driven by Chromium. */
function runInNamespace(databaseUrl: string): Promise<{ steps: Record<string, Step>; error: string | null }> {
  const script = [
    "set -e",
    "ip link set lo up",
    // The bot as `npm start` runs it, Teams in local mode (the Playground sends no token).
    "node dist/main.mjs > test-artifacts/playground-bot.log 2>&1 &",
    "BOT=$!",
    `node ${PLAYGROUND} -e http://127.0.0.1:3978/api/messages -c msteams --disable-telemetry > test-artifacts/playground.log 2>&1 &`,
    "PLAYGROUND=$!",
    "trap 'kill $BOT $PLAYGROUND 2>/dev/null || true' EXIT",
    "for i in $(seq 1 120); do node -e \"fetch('http://127.0.0.1:3978/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))\" && break; sleep 0.5; done",
    "for i in $(seq 1 120); do node -e \"fetch('http://127.0.0.1:56150/').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))\" && break; sleep 0.5; done",
    "node test/playground/drive.mjs",
  ].join("\n");
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    BOT_PORT: "3978",
    TEAMS_LOCAL_MODE: "1",
    PUSH_ENABLED: "0",
    TELEGRAM_BOT_TOKEN: "",
    PLAYGROUND_OUT: ARTIFACTS,
  };
  return new Promise((resolve, reject) => {
    const child = spawn("unshare", ["-n", "bash", "-c", script], { cwd: appDir, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", () => {
      const file = path.join(ARTIFACTS, "results.json");
      if (!existsSync(file)) return reject(new Error("the Playground run wrote no results; see test-artifacts"));
      resolve(JSON.parse(readFileSync(file, "utf8")));
    });
  });
}

describe.skipIf(!runnable && !required)("Teams through Microsoft 365 Agents Playground", () => {
  let database: TestDatabase;
  let run: Awaited<ReturnType<typeof runInNamespace>>;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    rmSync(path.join(ARTIFACTS, "results.json"), { force: true });
    database = await createTestDatabase("sqlite");
    await seed.seedDemo(database.db);
    const officer = await database.db.person.findFirstOrThrow({
      where: { role: "OFFICER", organisationId: { not: null } },
    });
    await database.db.serviceNeed.create({
      data: {
        refCode: "SN-2026-9001",
        title: "Phishing lookalike check",
        description: HOSTILE,
        searchText: `phishing lookalike check ${HOSTILE}`.toLowerCase(),
        status: "PUBLISHED",
        organisationId: officer.organisationId!,
        submittedById: officer.id,
        submittedAt: new Date(),
        publishedAt: new Date(),
      },
    });
    run = await runInNamespace(database.url);
  }, 240_000);
  afterAll(async () => {
    await database?.drop();
  });

  it("installing the app shows the welcome card, with every button reachable (the rest under More…)", () => {
    expect(run.error).toBeNull();
    const welcome = run.steps.welcome!;
    expect(welcome.text).toMatch(/^Welcome to InnoLab/);
    // Teams shows six buttons on a card; the menu has more, so the sixth is "More…".
    expect(welcome.buttons.slice(0, 6)).toEqual(expect.arrayContaining(["Service needs", "More…"]));
    expect(run.steps.more?.buttons).toEqual(expect.arrayContaining(["Help", "Showroom"]));
  });

  it("typed words search needs and solutions; lists and records render a line per field", () => {
    // Buttons answer in place of their card (the chat does not fill with menus); typing adds a card.
    const cards = (name: string) => run.steps[name]?.cards;
    expect(cards("menu")).toBe(cards("search"));
    expect(cards("needs")).toBe(cards("menu"));
    expect(cards("need")).toBe(cards("needs"));
    expect(cards("hostileSearch")).toBe((cards("need") ?? 0) + 1);
    expect(cards("registered")).toBe(cards("forum"));
    const search = run.steps.search!;
    expect(search.text).toMatch(/^Results for “signboard”/);
    expect(search.text).toMatch(/Signboard/);
    const needs = run.steps.needs!.text.split("\n");
    expect(needs[0]).toMatch(/^Service needs — page 1 of \d+/);
    expect(needs.length).toBeGreaterThan(3);
    const need = run.steps.need!.text.split("\n").filter((line) => line.trim());
    expect(need[0]).toMatch(/^SN-\d{4}-\d{4} — /);
    expect(need).toContain("Status: open");
    expect(need.length).toBeGreaterThan(3);
  });

  it("what users wrote is shown as typed: Markdown in a description is no link and no emphasis", () => {
    const hostile = run.steps.hostile!;
    // As typed, once the zero-width spaces and look-alike asterisks that keep it from being markup are undone.
    expect(hostile.text.replaceAll("\u200B", "").replaceAll("\u2217", "*")).toContain(HOSTILE);
    expect(hostile.links ?? []).toEqual([]);
  });

  it("registering for a forum: the calendar file is a button that opens the bot's signed link", () => {
    const registered = run.steps.registered!;
    expect(registered.calendar?.url).toMatch(/^http:\/\/127\.0\.0\.1:3978\/files\/innolab-forum-\d+\.ics\?/);
    expect(registered.calendar?.status).toBe(200);
    expect(registered.calendar?.body).toContain("BEGIN:VEVENT");
  });
});
