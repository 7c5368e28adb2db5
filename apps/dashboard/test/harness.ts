import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { auth } from "@innolab/core";
import { seed } from "@innolab/db";
import { createTestDatabase, type TestDatabase } from "@innolab/db/testing";
import { freePort } from "@innolab/db/testing/free-port";
import { type Browser, chromium, type Page } from "playwright-core";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const ARTIFACTS = path.join(appDir, "test-artifacts");
export const DEMO_PASSWORD = "correct horse battery";
/** The Telegram bot the dashboard under test links to. */
export const DEMO_BOT_USERNAME = "InnoLabHKBot";
/** The scraper's token for the dashboard's /api/metrics. */
export const METRICS_TOKEN = "scraper-token-for-the-dashboard-tests";
/** The Teams bot's app id the dashboard under test links to. */
export const DEMO_TEAMS_APP_ID = "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f";
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Browser tests need Debian's Chromium; CI installs it and must not skip them. */
export const browserAvailable = existsSync(CHROMIUM);
export const browserRequired = process.env.CI === "true" || process.env.REQUIRE_BROWSER === "1";

export interface Lab {
  database: TestDatabase;
  baseUrl: string;
  browser: Browser;
  stop(): Promise<void>;
}

/** A seeded demo database, the built dashboard (`next start`) on it, and headless Chromium. */
export async function startLab(): Promise<Lab> {
  if (!existsSync(path.join(appDir, ".next", "BUILD_ID"))) {
    throw new Error("The dashboard is not built: run `pnpm build` (npm test does it first).");
  }
  const database = await createTestDatabase("sqlite");
  await seed.seedDemo(database.db);
  for (const email of [seed.DEMO_ADMIN_EMAIL, seed.DEMO_MANAGER_EMAIL]) {
    await auth.setPassword(database.db, email, DEMO_PASSWORD);
  }
  const port = await freePort();
  const server: ChildProcess = spawn(
    process.execPath,
    [path.join(appDir, "node_modules/next/dist/bin/next"), "start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: appDir,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        NEXT_TELEMETRY_DISABLED: "1",
        TELEGRAM_BOT_USERNAME: DEMO_BOT_USERNAME,
        MICROSOFT_APP_ID: DEMO_TEAMS_APP_ID,
        METRICS_TOKEN,
      },
      stdio: "pipe",
    },
  );
  let output = "";
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    const ok = await fetch(`${baseUrl}/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (tries > 150 || server.exitCode !== null) throw new Error(`next start did not come up:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    database,
    baseUrl,
    browser,
    async stop() {
      await browser.close();
      server.kill("SIGTERM");
      await database.drop();
    },
  };
}

export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel(/Email|電郵/).fill(email);
  await page.getByLabel(/Password|密碼/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|登入)$/ }).click();
}

const axeSource = readFileSync(path.join(appDir, "node_modules/axe-core/axe.min.js"), "utf8");

/** WCAG 2.1 A/AA violations axe-core finds on the page, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  return violations;
}

export async function screenshot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });
}
