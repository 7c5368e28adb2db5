import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { auth } from "@innolab/core";
import { seed } from "@innolab/db";
import type { BrowserContext, Locator, Page } from "playwright-core";
import QRCode from "qrcode";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ARTIFACTS,
  axeViolations,
  browserAvailable,
  browserRequired,
  DEMO_BOT_USERNAME,
  DEMO_PASSWORD,
  DEMO_TEAMS_APP_ID,
  type Lab,
  METRICS_TOKEN,
  screenshot,
  signIn,
  startLab,
} from "./harness";

const hkMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

/** DD/MM/YYYY, as the date fields show a day, to yyyy-mm-dd. */
const isoDay = (shown: string) => shown.split("/").reverse().join("-");

/** Types a Hong Kong date (DD/MM/YYYY) and time into a date-and-time field. */
async function fillWhen(scope: Locator, field: string, day: string, time: string) {
  const group = scope.getByRole("group", { name: field });
  await group.getByLabel("Date", { exact: true }).fill(day);
  await group.getByLabel("Time", { exact: true }).fill(time);
}

describe.skipIf(!browserAvailable && !browserRequired)("dashboard in headless Chromium", () => {
  let lab: Lab;
  const contexts: BrowserContext[] = [];

  async function newPage(options: { locale?: string; width?: number } = {}): Promise<Page> {
    const context = await lab.browser.newContext({
      locale: options.locale ?? "en-GB",
      viewport: { width: options.width ?? 1280, height: 900 },
      acceptDownloads: true,
    });
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    lab = await startLab();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await lab?.stop();
  });

  it("the public portal: search needs, open one, see forums; admin and KPI pages send a visitor to sign in", async () => {
    const page = await newPage();
    await page.goto(`${lab.baseUrl}/needs`);
    await page.getByLabel("Words").fill("signboard");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/text=signboard/);
    const titles = await page.locator("main li a").allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((title) => /signboard|招牌/i.test(title) || title.length > 0)).toBe(true);
    await page.getByRole("link", { name: "Approved Signboards Identification System (ASIS)" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Approved Signboards Identification System (ASIS)");
    await screenshot(page, "need-detail");
    // A need that went all the way: every stage of its journey is reached and dated.
    const adopted = await lab.database.db.poc.findFirstOrThrow({
      where: { adoption: { isNot: null }, need: { status: { in: ["PUBLISHED", "CLOSED"] } } },
      include: { need: true },
    });
    await page.goto(`${lab.baseUrl}/needs/${adopted.needId}`);
    expect(await page.getByTestId("journey").locator('li[data-reached="yes"]').count()).toBe(5);
    await screenshot(page, "need-journey");
    // Only published records reach the public.
    const hidden = await lab.database.db.serviceNeed.findFirstOrThrow({
      where: { status: { in: ["DRAFT", "SUBMITTED", "REJECTED", "WITHDRAWN"] } },
    });
    const response = await page.goto(`${lab.baseUrl}/needs/${hidden.id}`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("Page not found");
    expect(await page.locator("main").textContent()).not.toContain(hidden.title);
    await page.goto(`${lab.baseUrl}/forums`);
    await expect.poll(() => page.getByRole("heading", { name: "Past forums" }).count()).toBe(1);
    await screenshot(page, "forums");
    const forum = await lab.database.db.forum.findFirstOrThrow({
      where: { status: "SCHEDULED", startsAt: { gt: new Date() } },
    });
    await page.getByRole("link", { name: forum.title }).first().click();
    await expect.poll(() => page.locator("h1").textContent()).toBe(forum.title);
    expect(await page.locator("main").textContent()).toContain(
      `${forum.capacity - forum.seatsTaken} of ${forum.capacity} seats left`,
    );
    // Closed needs are public too, on request.
    const closed = await lab.database.db.serviceNeed.count({ where: { status: "CLOSED" } });
    await page.goto(`${lab.baseUrl}/needs?status=CLOSED`);
    expect(await page.locator("main").textContent()).toContain(`${closed} found`);
    for (const path of ["/admin", "/admin/forums", "/kpi"]) {
      await page.goto(`${lab.baseUrl}${path}`);
      expect(new URL(page.url()).pathname).toBe("/sign-in");
    }
    // And the API refuses the same data to a visitor.
    const api = await fetch(
      `${lab.baseUrl}/api/trpc/kpi.overview?input=${encodeURIComponent(JSON.stringify({ json: { from: "2020-01-01", to: "2021-01-01" } }))}`,
    );
    expect(api.status).toBe(401);
  });

  it("sign-in: a wrong password is refused in the user's language; a cross-site post changes nothing", async () => {
    const page = await newPage({ locale: "zh-HK" });
    await signIn(page, lab.baseUrl, seed.DEMO_MANAGER_EMAIL, "not the password");
    await expect.poll(() => page.locator("main").getByRole("alert").textContent()).toBe("電郵或密碼不正確。");
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-HK");
    const forged = await fetch(`${lab.baseUrl}/api/auth/sign-in`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: `email=${encodeURIComponent(seed.DEMO_MANAGER_EMAIL)}&password=correct+horse+battery`,
      redirect: "manual",
    });
    expect(forged.headers.get("set-cookie") ?? "").not.toContain("innolab_session");
    const mutation = await fetch(`${lab.baseUrl}/api/trpc/auth.signIn`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      body: JSON.stringify({ json: { email: seed.DEMO_MANAGER_EMAIL, password: "x" } }),
    });
    expect(mutation.status).toBe(403);
  });

  it("the home page: the lab's figures (equal to the KPI cards), the next forum, the newest needs and solutions — in both languages, at phone width", async () => {
    const page = await newPage();
    await page.goto(`${lab.baseUrl}/`);
    const db = lab.database.db;
    const figure = async (key: string) =>
      Number((await page.getByTestId(`figure-${key}`).locator("dd").textContent())?.replaceAll(",", ""));
    // Adoptions since launch, counted from the rows.
    expect(await figure("adoptions")).toBe(
      await db.adoption.count({ where: { adoptedOn: { gte: new Date("2019-04-01T00:00:00+08:00") } } }),
    );
    expect(await figure("governments")).toBeGreaterThan(0);
    const next = await db.forum.findFirstOrThrow({
      where: { status: "SCHEDULED", startsAt: { gt: new Date() } },
      orderBy: { startsAt: "asc" },
    });
    expect(await page.getByTestId("next-forum").textContent()).toContain(next.title);
    // Registering: a link into the bot at that forum, and the same link as a QR code for a phone.
    const deepLink = `https://t.me/${DEMO_BOT_USERNAME}?start=forum-${next.id}`;
    expect(await page.getByRole("link", { name: "Register in the InnoLab bot on Telegram" }).getAttribute("href")).toBe(
      deepLink,
    );
    // In Teams: a chat with the bot (Teams' deep link to a bot, "28:" + its app id), the same words typed in.
    expect(
      await page.getByRole("link", { name: "Register in the InnoLab bot on Microsoft Teams" }).getAttribute("href"),
    ).toBe(`https://teams.microsoft.com/l/chat/0/0?users=28:${DEMO_TEAMS_APP_ID}&message=%2Fstart%20forum-${next.id}`);
    const qr = page.getByTestId("bot-qr");
    expect(await qr.locator("figcaption").textContent()).toBe(deepLink);
    expect(await qr.locator('div[role="img"]').getAttribute("aria-label")).toMatch(/^QR code: scan with a phone/);
    expect(await qr.locator("svg path").count()).toBeGreaterThan(0);
    // The modules drawn are those of the deep link (the same library, asked afresh, draws the same).
    const expected = await QRCode.toString(deepLink, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
    expect(await qr.locator("svg path").evaluateAll((paths) => paths.map((p) => p.getAttribute("d")))).toEqual(
      [...expected.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]),
    );
    const newest = await db.serviceNeed.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    });
    expect(await page.getByTestId("newest-needs").textContent()).toContain(newest.title);
    // A need's page tells companies how to propose: the bot, at that need.
    await page.goto(`${lab.baseUrl}/needs/${newest.id}`);
    expect(await page.locator(`a[href="https://t.me/${DEMO_BOT_USERNAME}?start=need-${newest.id}"]`).count()).toBe(1);
    expect(
      await page.getByRole("link", { name: "Propose it in the InnoLab bot on Microsoft Teams" }).getAttribute("href"),
    ).toContain(`users=28:${DEMO_TEAMS_APP_ID}&message=%2Fstart%20need-${newest.id}`);
    await page.goto(`${lab.baseUrl}/`);
    await screenshot(page, "home");
    const phone = await newPage({ width: 390, locale: "zh-HK" });
    await phone.goto(`${lab.baseUrl}/`);
    expect(await phone.locator("h1").textContent()).toBe("智慧政府創新實驗室");
    expect(await phone.getByTestId("figure-adoptions").locator("dt").textContent()).toBe("採用");
    expect(await phone.getByTestId("next-forum").textContent()).toContain(next.titleZh);
    await screenshot(phone, "home-zh-phone");
    expect((await phone.goto(`${lab.baseUrl}/needs/999999`))?.status()).toBe(404);
    expect(await phone.locator("h1").textContent()).toBe("找不到頁面");
    await phone.goto(`${lab.baseUrl}/`);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  it("no other site may frame the pages; only the server's own scripts run (a nonce per response) and the pages break none of the policy; every page has an icon", async () => {
    const nonces = new Set<string>();
    for (const path of ["/", "/needs", "/sign-in", "/kpi", "/nowhere"]) {
      const response = await fetch(`${lab.baseUrl}${path}`, { redirect: "manual" });
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      const policy = response.headers.get("content-security-policy") ?? "";
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("default-src 'self'");
      expect(policy).not.toContain("unsafe-eval");
      const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(policy)?.[1];
      expect(nonce).toBeDefined();
      nonces.add(nonce!);
      // Every script the page itself carries has that nonce.
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.every((tag) => tag.includes(`nonce="${nonce}"`))).toBe(true);
    }
    expect(nonces.size).toBe(5);
    // In the browser, as the manager and as staff on their busiest pages: no violation reported.
    const page = await newPage();
    const violations: string[] = [];
    await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { reportViolation(t: string): void }).reportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      ),
    );
    await page.goto(`${lab.baseUrl}/`);
    await page.getByTestId("bot-qr").waitFor();
    await signIn(page, lab.baseUrl, seed.DEMO_MANAGER_EMAIL);
    await page.waitForURL(/\/kpi$/);
    await page.getByTestId("card-needsSubmitted").getByTestId("card-value").waitFor();
    await page.getByLabel("Per", { exact: true }).selectOption("quarter");
    await expect.poll(() => new URL(page.url()).searchParams.get("g")).toBe("quarter");
    await page.goto(`${lab.baseUrl}/needs`);
    await page.getByLabel("Words").fill("signboard");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/text=signboard/);
    expect(violations).toEqual([]);
    const icon = await fetch(`${lab.baseUrl}/icon.svg`);
    expect(icon.status).toBe(200);
    expect(await page.locator('link[rel="icon"]').count()).toBeGreaterThan(0);
  });

  it("liveness and readiness for a load balancer: live, and ready while its database answers", async () => {
    expect((await fetch(`${lab.baseUrl}/api/health/live`)).status).toBe(200);
    const ready = await fetch(`${lab.baseUrl}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ok: true, ready: true, checks: { database: "ok" } });
  });

  it("hostile URLs and forms: crafted query strings answer a page or 404, never 500; redirects stay on this site", async () => {
    const crafted = [
      "/sign-in?error=__proto__",
      "/sign-in?error=constructor",
      "/sign-in?error=a&error=b",
      "/needs?page=99999999999",
      "/needs?page=1e309",
      "/needs?page=-3",
      "/needs?area=%27%20OR%201%3D1",
      "/needs?area=a&area=b",
      `/needs?text=${"x".repeat(5000)}`,
      "/needs?text=%ED%A0%80",
      "/needs?org=99999999999999999999",
      "/solutions?page=abc&status=NOPE",
      "/needs/99999999999999999999",
      "/needs/-1",
      "/solutions/1e3",
      "/forums/99999999999",
      "/showroom?status=__proto__&area=%00",
    ];
    for (const url of crafted) {
      const response = await fetch(`${lab.baseUrl}${url}`, { redirect: "manual" });
      expect([200, 303, 307, 404], url).toContain(response.status);
    }
    const post = (path: string, body: string) =>
      fetch(`${lab.baseUrl}${path}`, {
        method: "POST",
        headers: { origin: lab.baseUrl, "content-type": "application/x-www-form-urlencoded" },
        body,
        redirect: "manual",
      });
    for (const target of ["/\t/evil.example", "/\\evil.example", "//evil.example", "/%09/x", "https://evil.example"]) {
      const language = await post("/api/language", `language=en&back=${encodeURIComponent(target)}`);
      const location = language.headers.get("location") ?? "";
      expect(new URL(location, lab.baseUrl).origin, target).toBe(lab.baseUrl);
    }
    const afterSignIn = await post(
      "/api/auth/sign-in",
      `email=${encodeURIComponent(seed.DEMO_MANAGER_EMAIL)}&password=x&next=${encodeURIComponent("/\t/evil.example")}`,
    );
    expect(afterSignIn.headers.get("location")).toBe(
      `/sign-in?error=INVALID_CREDENTIALS&next=${encodeURIComponent("/kpi")}`,
    );
    // A form the size of a file is refused without a server error.
    const huge = await post("/api/auth/sign-in", `email=a&password=${"x".repeat(2_000_000)}`);
    expect(huge.status).toBe(303);
  });

  it("sign-in is throttled per account: after 10 wrong passwords even the right one waits, told plainly", async () => {
    const email = "guessed@innolab.local";
    await lab.database.db.person.create({ data: { displayName: "Guessed Staff", role: "ADMIN", email } });
    await auth.setPassword(lab.database.db, email, DEMO_PASSWORD);
    const attempt = (password: string) =>
      fetch(`${lab.baseUrl}/api/auth/sign-in`, {
        method: "POST",
        headers: { origin: lab.baseUrl, "content-type": "application/x-www-form-urlencoded" },
        body: `email=${encodeURIComponent(email)}&password=${encodeURIComponent(password)}`,
        redirect: "manual",
      });
    for (let i = 0; i < 10; i++) {
      expect((await attempt(`wrong ${i}`)).headers.get("location")).toContain("error=INVALID_CREDENTIALS");
    }
    const right = await attempt(DEMO_PASSWORD);
    expect(right.headers.get("location")).toContain("error=SIGN_IN_THROTTLED");
    expect(right.headers.get("set-cookie") ?? "").not.toContain("innolab_session");
    const page = await newPage({ locale: "zh-HK" });
    await page.goto(`${lab.baseUrl}${right.headers.get("location")}`);
    await expect.poll(() => page.locator("main").getByRole("alert").textContent()).toContain("登入失敗次數過多");
    const failures = await lab.database.db.auditLog.count({ where: { action: "sign-in-failed" } });
    expect(failures).toBeGreaterThanOrEqual(10);
  });

  it("management: cards equal the raw rows; every filter changes the charts; drill-down and CSV match", async () => {
    const page = await newPage();
    await signIn(page, lab.baseUrl, seed.DEMO_MANAGER_EMAIL);
    await page.waitForURL(/\/kpi$/);
    const cardValue = async (key: string) =>
      Number((await page.getByTestId(`card-${key}`).getByTestId("card-value").textContent())?.replaceAll(",", ""));
    await expect.poll(() => page.getByTestId("card-needsSubmitted").count()).toBe(1);
    const from = hkMidnight(isoDay(await page.getByLabel("From", { exact: true }).inputValue()));
    const to = new Date(
      hkMidnight(isoDay(await page.getByLabel("To", { exact: true }).inputValue())).getTime() + 86_400_000,
    );
    const db = lab.database.db;
    const needs = await db.serviceNeed.count({ where: { submittedAt: { gte: from, lt: to } } });
    const adoptions = await db.adoption.count({ where: { adoptedOn: { gte: from, lt: to } } });
    expect(await cardValue("needsSubmitted")).toBe(needs);
    expect(await cardValue("adoptions")).toBe(adoptions);
    await screenshot(page, "kpi-overview");
    // Since launch there is no earlier period: the cards say so instead of "▲ +N vs previous period".
    expect(await page.getByTestId("no-previous").textContent()).toContain("No earlier period to compare");
    // The definitions a manager would question are on the page.
    await page.getByText("How these numbers are counted").click();
    expect(await page.getByTestId("definitions").textContent()).toContain("including future forums and waiting lists");
    expect(await page.getByTestId("card-needsSubmitted").textContent()).not.toContain("vs previous period");

    // Granularity: quarters → years changes the periods of every chart.
    const periods = (chart: string) => page.getByTestId(`table-${chart}`).locator("tbody tr").count();
    const quarters = await periods("participation");
    await page.getByLabel("Per", { exact: true }).selectOption("year");
    await expect.poll(() => periods("participation")).toBeLessThan(quarters);
    expect(await periods("pocs")).toBe(await periods("participation"));

    // A technology area narrows the cards to its records.
    const ai = await db.serviceNeed.count({
      where: {
        submittedAt: { gte: from, lt: to },
        techAreas: { some: { techArea: { slug: "artificial-intelligence" } } },
      },
    });
    await page.getByLabel("Technology area", { exact: true }).selectOption("artificial-intelligence");
    await expect.poll(() => cardValue("needsSubmitted")).toBe(ai);
    // A number the filter cannot apply to says so, naming the filter.
    expect(await page.getByTestId("card-bookings").getByTestId("ignored").textContent()).toBe(
      "Not filtered by technology area: this number has no link to it.",
    );
    await page.getByLabel("Technology area", { exact: true }).selectOption("");
    await expect.poll(() => cardValue("needsSubmitted")).toBe(needs);

    // Every B/D can be found by a few letters, not only the first hundred.
    const departmentOptions = () => page.locator("#kpi-department option").count();
    expect(await departmentOptions()).toBe((await db.organisation.count({ where: { kind: "GOVERNMENT" } })) + 1);
    await page.getByLabel("Find a bureau / department").fill("buildings");
    await expect.poll(departmentOptions).toBe(2);
    const buildings = await db.organisation.findFirstOrThrow({ where: { nameEn: "Buildings Department" } });
    await page.getByLabel("Bureau / department", { exact: true }).selectOption(String(buildings.id));
    const buildingsNeeds = await db.serviceNeed.count({
      where: { submittedAt: { gte: from, lt: to }, organisationId: buildings.id },
    });
    await expect.poll(() => cardValue("needsSubmitted")).toBe(buildingsNeeds);
    await page.getByLabel("Bureau / department", { exact: true }).selectOption("");
    await page.getByLabel("Find a bureau / department").fill("");
    await expect.poll(() => cardValue("needsSubmitted")).toBe(needs);

    // Cumulative and comparison change the series.
    const header = (chart: string) => page.getByTestId(`table-${chart}`).locator("thead th").allTextContents();
    expect(await header("participation")).toContain("New B/Ds");
    await page.getByLabel("Cumulative", { exact: true }).check();
    await expect.poll(async () => (await header("participation")).includes("New B/Ds")).toBe(false);
    await page.getByLabel("Compare with previous period", { exact: true }).check();
    await expect
      .poll(async () => (await header("submissions")).some((h) => h.includes("(previous period)")))
      .toBe(true);
    await page.getByLabel("Compare with previous period", { exact: true }).uncheck();
    await page.getByLabel("Per period", { exact: true }).check();

    // Drill-down from a card lists exactly the records behind it.
    await page.getByTestId("card-needsSubmitted").getByRole("button").click();
    const dialog = page.getByRole("dialog");
    await expect.poll(() => dialog.getByTestId("drill-total").textContent()).toBe(`${needs} in all`);
    expect(await dialog.locator("tbody tr").count()).toBe(needs);
    await screenshot(page, "kpi-drill-down");
    await dialog.getByRole("button", { name: "Close" }).click();

    // Drill-down from a chart's number (its data table).
    const submissions = page.getByTestId("chart-submissions");
    await submissions.locator("summary").click();
    const cell = submissions.locator("tbody tr").first().locator("td").first().getByRole("button");
    const shown = Number(await cell.textContent());
    await cell.click();
    await expect.poll(() => page.getByRole("dialog").getByTestId("drill-total").textContent()).toBe(`${shown} in all`);
    await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();

    // CSV of one chart equals its table; the export of all holds every section.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: `CSV: B/Ds and IT companies taking part` }).click(),
    ]);
    const csv = readFileSync((await download.path())!, "utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    const table = page.getByTestId("table-participation");
    expect(csv.length - 1).toBe(await table.locator("tbody tr").count());
    const firstRow = await table.locator("tbody tr").first().locator("th, td").allTextContents();
    expect(csv[1]).toBe(firstRow.join(","));
    const [all] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export all charts (CSV)" }).click(),
    ]);
    const allCsv = readFileSync((await all.path())!, "utf8");
    for (const section of [
      "participation",
      "forums",
      "submissions",
      "pocs",
      "collaboration",
      "funnel",
      "techAreas",
      "departments",
    ]) {
      expect(allCsv).toContain(`\r\n${section}\r\n`);
    }
    expect(allCsv).toContain(`needsSubmitted,${needs},`);
    // Bookings of the collaboration platform join the charts, with utilisation beside them.
    expect(await header("collaboration")).toEqual(["Range", "Bookings", "Utilisation (% of open hours)"]);

    // A manager sees KPIs but not the admin desk, and cannot publish through the API.
    await page.goto(`${lab.baseUrl}/admin`);
    expect(new URL(page.url()).pathname).toBe("/forbidden");
    const publish = await page.evaluate(async () => {
      const response = await fetch("/api/trpc/need.review", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: { id: 1, decision: "PUBLISH" } }),
      });
      return response.status;
    });
    expect(publish).toBe(403);
  });

  it("the KPI page opens with its numbers in its HTML; a link opens the view it names; filters land in the address", async () => {
    // An American browser: its own date inputs would read 04/01 as 1 April.
    const page = await newPage({ locale: "en-US" });
    await signIn(page, lab.baseUrl, seed.DEMO_MANAGER_EMAIL);
    await page.waitForURL(/\/kpi$/);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const firstHtml = async (path: string) => {
      const response = await fetch(`${lab.baseUrl}${path}`, { headers: { cookie } });
      expect(response.status).toBe(200);
      return response.text();
    };
    /** A card's number as the server wrote it into the page (before any script ran). */
    const inHtml = (html: string, key: string) => {
      const match = new RegExp(`data-testid="card-${key}".*?data-testid="card-value"[^>]*>([\\d,]+)<`, "s").exec(html);
      return match ? Number(match[1]!.replaceAll(",", "")) : undefined;
    };
    const cardValue = async (key: string) =>
      Number((await page.getByTestId(`card-${key}`).getByTestId("card-value").textContent())?.replaceAll(",", ""));
    const db = lab.database.db;

    // Since launch: the first response already holds the numbers the page then shows.
    const html = await firstHtml("/kpi");
    await expect.poll(() => page.getByTestId("card-needsSubmitted").count()).toBe(1);
    expect(inHtml(html, "needsSubmitted")).toBe(await cardValue("needsSubmitted"));
    expect(inHtml(html, "adoptions")).toBe(await cardValue("adoptions"));
    // Time to first numbers, as a browser sees it.
    await page.goto(`${lab.baseUrl}/kpi`);
    await page.getByTestId("card-needsSubmitted").getByTestId("card-value").waitFor();
    const shownAfter = await page.evaluate(() => Math.round(performance.now()));
    console.log(`KPI page: numbers in the first HTML response; shown ${shownAfter} ms after navigation start`);

    // A shared link: 2022, by year, AI only — the page opens on that view, numbers in the HTML.
    const link = "/kpi?from=2022-01-01&to=2022-12-31&g=year&area=artificial-intelligence";
    const aiIn2022 = await db.serviceNeed.count({
      where: {
        submittedAt: { gte: hkMidnight("2022-01-01"), lt: hkMidnight("2023-01-01") },
        techAreas: { some: { techArea: { slug: "artificial-intelligence" } } },
      },
    });
    expect(inHtml(await firstHtml(link), "needsSubmitted")).toBe(aiIn2022);
    await page.goto(`${lab.baseUrl}${link}`);
    // Days read as Hong Kong writes them, whatever the browser's own locale.
    expect(await page.getByLabel("From", { exact: true }).inputValue()).toBe("01/01/2022");
    expect(await page.getByLabel("To", { exact: true }).inputValue()).toBe("31/12/2022");
    expect(await page.getByLabel("Per", { exact: true }).inputValue()).toBe("year");
    expect(await page.getByLabel("Technology area", { exact: true }).inputValue()).toBe("artificial-intelligence");
    await expect.poll(() => cardValue("needsSubmitted")).toBe(aiIn2022);

    // A change of filter is written into the address; reopening the address shows that view.
    await page.getByLabel("Per", { exact: true }).selectOption("month");
    await expect.poll(() => new URL(page.url()).searchParams.get("g")).toBe("month");
    expect(new URL(page.url()).searchParams.get("area")).toBe("artificial-intelligence");
    await page.reload();
    expect(await page.getByLabel("Per", { exact: true }).inputValue()).toBe("month");
    expect(await page.getByLabel("From", { exact: true }).inputValue()).toBe("01/01/2022");
    // A typed day moves the range (1 April, not 4 January); a day that does not exist changes nothing.
    await page.getByLabel("From", { exact: true }).fill("01/04/2022");
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBe("2022-04-01");
    await page.getByLabel("From", { exact: true }).fill("30/02/2022");
    await page.getByLabel("Per", { exact: true }).focus();
    expect(await page.getByText("Enter a day that exists, as DD/MM/YYYY").count()).toBe(1);
    expect(new URL(page.url()).searchParams.get("from")).toBe("2022-04-01");
    await page.getByLabel("From", { exact: true }).fill("2022-01-01");
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBe("2022-01-01");

    // A chart as a picture: a PNG at twice the chart's size on screen.
    const [picture] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "PNG: Service needs and solutions" }).click(),
    ]);
    const png = readFileSync((await picture.path())!);
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    const box = (await page.getByTestId("chart-submissions").locator("svg.recharts-surface").boundingBox())!;
    expect(png.readUInt32BE(16)).toBe(Math.ceil(box.width * 2));
    expect(png.length).toBeGreaterThan(5_000);
    writeFileSync(path.join(ARTIFACTS, "kpi-chart-export.png"), png);
    // The page on paper: the view in words, no controls, every chart; a PDF through the browser's print.
    await page.emulateMedia({ media: "print" });
    expect(await page.getByTestId("print-scope").textContent()).toBe(
      "1 Jan 2022 – 31 Dec 2022, per month; Artificial intelligence only.",
    );
    expect(await page.locator("#kpi-preset").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Print report" }).isVisible()).toBe(false);
    expect(await page.getByTestId("chart-participation").isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    writeFileSync(path.join(ARTIFACTS, "kpi-report.pdf"), pdf);
    await screenshot(page, "kpi-print");
    await page.emulateMedia({ media: "screen" });

    // A crafted or broken link opens the default view, never an error.
    expect(
      inHtml(await firstHtml("/kpi?from=2022-13-45&to=x&g=decade&org=abc&area=%3Cscript%3E"), "needsSubmitted"),
    ).toBe(inHtml(html, "needsSubmitted"));

    // Prometheus sees the KPI page's time and the core's calls, with its token only.
    expect((await fetch(`${lab.baseUrl}/api/metrics`)).status).toBe(401);
    // A forged token as long as the real one in characters, not in bytes: refused, not a 500.
    const forged = "é".repeat(METRICS_TOKEN.length);
    expect((await fetch(`${lab.baseUrl}/api/metrics`, { headers: { authorization: `Bearer ${forged}` } })).status).toBe(
      401,
    );
    const scraped = await fetch(`${lab.baseUrl}/api/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(scraped.status).toBe(200);
    const text = await scraped.text();
    expect(Number(/^innolab_page_seconds_count\{page="kpi"\} (\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(4);
    expect(text).toMatch(/^innolab_procedure_calls_total\{procedure="kpi\.overview",source="web",outcome="ok"\} \d+$/m);
  });

  it("KPI targets: staff set a yearly target, told plainly when it is wrong; cards compare against it for the range, for management too", async () => {
    const staff = await newPage();
    await signIn(staff, lab.baseUrl, seed.DEMO_ADMIN_EMAIL);
    await staff.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    await staff.goto(`${lab.baseUrl}/kpi?from=2025-01-01&to=2025-12-31&g=quarter`);
    const targets = staff.getByTestId("targets");
    await targets.locator("summary").click();
    await targets.getByLabel("Number", { exact: true }).selectOption("forumsHeld");
    await targets.getByLabel("Target per year").fill("-1");
    await targets.getByRole("button", { name: "Save target" }).click();
    expect(await targets.getByRole("alert").textContent()).toBe("Invalid input: Yearly target: must be 0 or more");
    expect(await staff.getByTestId("card-forumsHeld").getByTestId("target").count()).toBe(0);
    await targets.getByLabel("Target per year").fill("5");
    await targets.getByRole("button", { name: "Save target" }).click();
    expect(await targets.getByRole("status").textContent()).toBe("Target saved.");
    const held = Number(await staff.getByTestId("card-forumsHeld").getByTestId("card-value").textContent());
    // 2025 is one year: the target for the range is the yearly one.
    await expect
      .poll(() => staff.getByTestId("card-forumsHeld").getByTestId("target").textContent())
      .toBe(`Target for this range: 5 (${Math.round((held / 5) * 100)}% reached)`);
    expect(await lab.database.db.kpiTarget.findUnique({ where: { key: "forumsHeld" } })).toMatchObject({ perYear: 5 });

    // Management sees the comparison (half a year: half the target) but no form, in Chinese too.
    const manager = await newPage({ locale: "zh-HK" });
    await signIn(manager, lab.baseUrl, seed.DEMO_MANAGER_EMAIL);
    await manager.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    await manager.goto(`${lab.baseUrl}/kpi?from=2025-01-01&to=2025-06-30&g=quarter`);
    const half = Number(await manager.getByTestId("card-forumsHeld").getByTestId("card-value").textContent());
    expect(await manager.getByTestId("card-forumsHeld").getByTestId("target").textContent()).toBe(
      `此範圍的目標：2（已達 ${Math.round((half / 2) * 100)}%）`,
    );
    expect(await manager.getByTestId("targets").count()).toBe(0);
    await screenshot(manager, "kpi-targets-zh");
    // Removing it (empty) takes the comparison away.
    await targets.getByLabel("Target per year").fill("");
    await targets.getByRole("button", { name: "Save target" }).click();
    await expect.poll(() => staff.getByTestId("card-forumsHeld").getByTestId("target").count()).toBe(0);
  });

  it("lab staff run a forum from the desk: edit it, mark it held only once it has begun, cancel it after a second look — in both languages", async () => {
    const db = lab.database.db;
    const day = 86_400_000;
    const forum = (title: string, startsIn: number) =>
      db.forum.create({
        data: {
          title,
          titleZh: `${title}（中）`,
          theme: "Theme",
          themeZh: "主題",
          venue: "Cyberport",
          capacity: 50,
          startsAt: new Date(Date.now() + startsIn),
          endsAt: new Date(Date.now() + startsIn + 3 * 3_600_000),
          registrationOpensAt: new Date(Date.now() - 30 * day),
          registrationClosesAt: new Date(Date.now() + startsIn),
        },
      });
    const coming = await forum("Desk test forum", 30 * day);
    const page = await newPage();
    await signIn(page, lab.baseUrl, seed.DEMO_ADMIN_EMAIL);
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    await page.goto(`${lab.baseUrl}/admin/forums/${coming.id}`);
    expect(await page.getByTestId("forum-status").textContent()).toBe("Scheduled");
    // Not held before it has begun: refused, said plainly, nothing changed.
    await page.getByRole("button", { name: "Mark held" }).click();
    expect(await page.getByTestId("forum-actions").getByRole("alert").textContent()).toBe(
      "This forum has not started yet; it can be marked held once it has.",
    );
    expect((await db.forum.findUniqueOrThrow({ where: { id: coming.id } })).status).toBe("SCHEDULED");
    // Edited: a new venue, saved, shown, and registrants told (a forum.updated event, moved).
    const edit = page.getByTestId("forum-edit");
    await edit.locator("summary").click();
    await edit.getByLabel("Venue").fill("Hong Kong Science Park");
    await edit.getByRole("button", { name: "Save" }).click();
    expect(await edit.getByRole("status").textContent()).toBe(
      "Forum updated; registrants are told of a new time or place.",
    );
    await expect
      .poll(async () => (await db.forum.findUniqueOrThrow({ where: { id: coming.id } })).venue)
      .toBe("Hong Kong Science Park");
    const events = await db.domainEvent.findMany({ where: { type: "forum.updated" } });
    expect(events.some((e) => (e.payload as { forumId?: number; moved?: boolean }).forumId === coming.id)).toBe(true);
    await expect.poll(() => page.locator("main p").first().textContent()).toContain("Hong Kong Science Park");
    // Cancelled only after a second look; then shown cancelled, with no actions left.
    await page.getByRole("button", { name: "Cancel this forum" }).click();
    await page.getByRole("button", { name: "Keep it" }).click();
    expect((await db.forum.findUniqueOrThrow({ where: { id: coming.id } })).status).toBe("SCHEDULED");
    await page.getByRole("button", { name: "Cancel this forum" }).click();
    await page.getByRole("button", { name: "Yes, cancel it" }).click();
    await expect.poll(() => page.getByTestId("forum-status").textContent()).toBe("Cancelled");
    expect(await page.getByTestId("forum-actions").count()).toBe(0);
    expect((await db.forum.findUniqueOrThrow({ where: { id: coming.id } })).status).toBe("CANCELLED");

    // A forum that has begun is marked held; in Chinese the desk speaks Chinese.
    const begun = await forum("Desk test forum begun", -3_600_000);
    const zh = await newPage({ locale: "zh-HK" });
    await signIn(zh, lab.baseUrl, seed.DEMO_ADMIN_EMAIL);
    await zh.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    await zh.goto(`${lab.baseUrl}/admin/forums/${begun.id}`);
    expect(await zh.getByTestId("forum-status").textContent()).toBe("已排期");
    await zh.getByRole("button", { name: "標示為已舉行" }).click();
    await expect.poll(() => zh.getByTestId("forum-status").textContent()).toBe("已舉行");
    await zh.goto(`${lab.baseUrl}/admin/forums`);
    const row = zh.locator("tr", { hasText: "Desk test forum begun（中）" });
    expect(await row.locator("td").nth(2).textContent()).toBe("已舉行");
    await screenshot(zh, "admin-forums-zh");
  });

  it("lab staff: publish from the review queue, reject with a reason, check a registrant in", async () => {
    const db = lab.database.db;
    const officer = await db.person.findFirstOrThrow({ where: { role: "OFFICER", organisationId: { not: null } } });
    const pending = await Promise.all(
      ["Queue test: kiosk translation", "Queue test: vague idea"].map((title, i) =>
        db.serviceNeed.create({
          data: {
            refCode: `SN-2026-90${i}`,
            title,
            description: "Submitted for review",
            searchText: title.toLowerCase(),
            status: "SUBMITTED",
            organisationId: officer.organisationId!,
            submittedById: officer.id,
            submittedAt: new Date(),
          },
        }),
      ),
    );
    const page = await newPage();
    await signIn(page, lab.baseUrl, seed.DEMO_ADMIN_EMAIL);
    await page.goto(`${lab.baseUrl}/admin`);
    const first = page.getByTestId(`review-${pending[0]!.refCode}`);
    await screenshot(page, "admin-review-queue");
    await first.getByRole("button", { name: "Publish" }).click();
    await expect.poll(() => first.count()).toBe(0);
    expect((await db.serviceNeed.findUniqueOrThrow({ where: { id: pending[0]!.id } })).status).toBe("PUBLISHED");

    const second = page.getByTestId(`review-${pending[1]!.refCode}`);
    await second.getByRole("button", { name: "Reject" }).click();
    await expect.poll(() => second.getByRole("alert").textContent()).toBe("Give a reason when rejecting.");
    expect((await db.serviceNeed.findUniqueOrThrow({ where: { id: pending[1]!.id } })).status).toBe("SUBMITTED");
    await second.getByLabel("Reason (told to the submitter)").fill("Please describe the business problem.");
    await second.getByRole("button", { name: "Reject" }).click();
    await expect.poll(() => second.count()).toBe(0);
    const rejected = await db.serviceNeed.findUniqueOrThrow({ where: { id: pending[1]!.id } });
    expect(rejected.status).toBe("REJECTED");
    expect(await db.domainEvent.count({ where: { type: "need.rejected" } })).toBeGreaterThan(0);

    // The published need is on the public portal at once.
    const visitor = await newPage();
    await visitor.goto(`${lab.baseUrl}/needs?text=kiosk`);
    expect(await visitor.locator("main li a").allTextContents()).toContain("Queue test: kiosk translation");

    // Forum check-in at the door.
    const registration = await db.forumRegistration.findFirstOrThrow({
      where: { status: "REGISTERED", forum: { status: "SCHEDULED" } },
      include: { person: true },
    });
    // The desk opens on the forum's day: this forum is happening now.
    const hour = 3_600_000;
    await db.forum.update({
      where: { id: registration.forumId },
      data: { startsAt: new Date(Date.now() - hour), endsAt: new Date(Date.now() + 2 * hour) },
    });
    const elsewhere = await db.forumRegistration.findFirstOrThrow({
      where: { status: "REGISTERED", forumId: { not: registration.forumId } },
      include: { forum: true },
    });
    await page.goto(`${lab.baseUrl}/admin/forums/${registration.forumId}`);
    const attended = async () => Number(await page.locator('[data-status="ATTENDED"] strong').textContent());
    const before = await attended();
    const desk = page.locator("form", { has: page.getByLabel("Check-in code") });
    await page.getByLabel("Check-in code").fill("NOPE-CODE");
    await page.getByRole("button", { name: "Check in" }).click();
    await expect.poll(() => desk.getByRole("alert").textContent()).toBe("Unknown check-in code.");
    // Another forum's registrant at this desk: refused, their registration untouched.
    await page.getByLabel("Check-in code").fill(elsewhere.checkInCode);
    await page.getByRole("button", { name: "Check in" }).click();
    await expect
      .poll(() => desk.getByRole("alert").textContent())
      .toBe(`This code is for another forum (${elsewhere.forum.title}); nothing was changed.`);
    expect((await db.forumRegistration.findUniqueOrThrow({ where: { id: elsewhere.id } })).status).toBe("REGISTERED");
    await page.getByLabel("Check-in code").fill(registration.checkInCode.toLowerCase());
    await page.getByRole("button", { name: "Check in" }).click();
    await expect
      .poll(() => desk.getByRole("status").textContent())
      .toBe(`${registration.person.displayName} is checked in.`);
    await expect.poll(attended).toBe(before + 1);
    await screenshot(page, "admin-forum-check-in");

    // Announce a forum; a start after the end is refused with the reason, nothing saved.
    await page.goto(`${lab.baseUrl}/admin/forums`);
    await page.getByText("New forum").click();
    const form = page.locator("form", { has: page.getByLabel("Title (English)") });
    await form.getByLabel("Title (English)").fill("Technology Forum 2027 Q1");
    await form.getByLabel("Title (Chinese)").fill("2027年第1季科技論壇");
    await form.getByLabel("Theme (English)").fill("Smart mobility");
    await form.getByLabel("Theme (Chinese)").fill("智慧出行");
    await form.getByLabel("Venue").fill("Cyberport");
    await form.getByLabel("Capacity").fill("150");
    // Days are typed as Hong Kong writes them (DD/MM/YYYY); a day that does not exist is refused in words.
    await fillWhen(form, "Starts", "31/02/2027", "14:30");
    expect(await form.getByRole("group", { name: "Starts" }).getByText("Enter a day that exists").count()).toBe(1);
    await fillWhen(form, "Starts", "15/03/2027", "14:30");
    await fillWhen(form, "Ends", "15/03/2027", "12:00");
    const forums = await db.forum.count();
    await form.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => form.getByRole("alert").count()).toBe(1);
    expect(await db.forum.count()).toBe(forums);
    await fillWhen(form, "Ends", "15/03/2027", "17:30");
    await form.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => form.getByRole("status").textContent()).toBe("Forum created.");
    const created = await db.forum.findFirstOrThrow({ where: { title: "Technology Forum 2027 Q1" } });
    expect(created.startsAt.toISOString()).toBe("2027-03-15T06:30:00.000Z");
    expect(created.capacity).toBe(150);
    await expect.poll(() => page.getByRole("link", { name: "Technology Forum 2027 Q1" }).count()).toBe(1);
    // The form is emptied: Save again cannot announce the same forum twice.
    expect(await form.getByLabel("Title (English)").inputValue()).toBe("");
    await form.getByRole("button", { name: "Save" }).click();
    expect(await db.forum.count({ where: { title: "Technology Forum 2027 Q1" } })).toBe(1);

    // Move a PoC along.
    const poc = await db.poc.findFirstOrThrow({ where: { status: "IN_PROGRESS" } });
    await page.goto(`${lab.baseUrl}/admin/pipeline`);
    // Only the moves the core accepts are offered: forward, or abandoned; never back to planned.
    expect(await page.getByLabel(`Status ${poc.refCode}`).locator("option").allTextContents()).toEqual([
      "In progress",
      "Completed",
      "Abandoned",
    ]);
    await page.getByLabel(`Status ${poc.refCode}`).selectOption("COMPLETED");
    await expect.poll(async () => (await db.poc.findUniqueOrThrow({ where: { id: poc.id } })).status).toBe("COMPLETED");
    // Completed is the end: the status is shown, nothing offered.
    await expect.poll(() => page.getByLabel(`Status ${poc.refCode}`).isDisabled()).toBe(true);
    // Adopting with no scale is refused, and says so — not the status change's "Saved.".
    const row = page.locator("tr", { has: page.getByLabel(`Status ${poc.refCode}`) });
    await row.getByRole("button", { name: "Record adoption" }).click();
    await expect.poll(() => row.getByRole("alert").count()).toBe(1);
    expect(await db.adoption.count({ where: { pocId: poc.id } })).toBe(0);

    // Start a PoC by the records' references; both parties are alerted.
    const [need, solution] = await Promise.all([
      db.serviceNeed.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { id: "desc" } }),
      db.solution.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { id: "desc" } }),
    ]);
    await page.getByText("Start a proof-of-concept").click();
    const start = page.locator("form", { has: page.getByLabel("I&T solution (reference)") });
    await start.getByLabel("Service need (reference)").fill(need.refCode);
    await start.getByLabel("I&T solution (reference)").fill(solution.refCode);
    await start.getByLabel("Start", { exact: true }).fill("04/01/2027");
    await start.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => start.getByRole("status").textContent())
      .toMatch(/^PoC POC-2027-\d{4} started; both parties are told\.$/);
    expect(await db.poc.count({ where: { needId: need.id, solutionId: solution.id } })).toBe(1);

    // Compose an alert: preview with its audience, send, and follow its delivery log.
    await page.goto(`${lab.baseUrl}/admin/alerts`);
    const composer = page.locator("form", { has: page.getByLabel("Title (English)") });
    await composer.getByLabel("Title (English)").fill("Forum venue reminder");
    await composer.getByLabel("Title (Chinese)").fill("論壇場地提示");
    await composer.getByLabel("Message (English)").fill("The forum is at Cyberport.");
    await composer.getByLabel("Message (Chinese)").fill("論壇在數碼港舉行。");
    await composer.getByLabel("Forums", { exact: true }).check();
    // Two real chats follow forums; the demo's made-up chats do not count (nothing is sent to them).
    for (const chat of ["81234567", "81234568"]) {
      const fan = await db.person.create({ data: { displayName: `Forum fan ${chat}` } });
      await db.chatIdentity.create({ data: { personId: fan.id, channel: "TELEGRAM", externalId: chat, chatId: chat } });
      await db.subscription.create({ data: { personId: fan.id, topicKey: "FORUMS" } });
    }
    await composer.getByRole("button", { name: "Preview" }).click();
    const audience = await db.chatIdentity.count({
      where: {
        blocked: false,
        channel: { in: ["TELEGRAM", "TEAMS"] },
        NOT: { externalId: { startsWith: "demo-" } },
        person: { subscriptions: { some: { topicKey: "FORUMS" } } },
      },
    });
    expect(audience).toBe(2);
    await expect
      .poll(() => composer.getByTestId("alert-audience").textContent())
      .toBe(`Reaches ${audience} chat${audience === 1 ? "" : "s"}.`);
    await composer.getByRole("button", { name: "Send" }).click();
    await expect.poll(() => composer.getByRole("status").textContent()).toBe("Queued for sending.");
    const sent = await db.alert.findFirstOrThrow({ where: { titleEn: "Forum venue reminder" } });
    expect(sent.audience).toEqual({ topics: ["FORUMS"] });
    await page.getByRole("link", { name: "Forum venue reminder" }).click();
    await expect
      .poll(() => page.getByTestId("delivery-counts").textContent())
      .toContain("Queued / sending / sent / failed / blocked");

    // Schedule a thematic workshop on a need, inviting the companies of its confirmed matches.
    const matched = await db.match.findFirstOrThrow({
      where: { status: "CONFIRMED", need: { status: "PUBLISHED" } },
      include: { need: true },
    });
    const companies = await db.match.findMany({
      where: { needId: matched.needId, status: "CONFIRMED" },
      select: { solution: { select: { organisationId: true } } },
    });
    await page.goto(`${lab.baseUrl}/admin/workshops`);
    await page.getByText("Schedule a thematic workshop").click();
    const workshop = page.locator("form", { has: page.getByLabel("Service need (reference)") });
    await workshop.getByLabel("Service need (reference)").fill("SN-1999-0001");
    await workshop.getByLabel("Title", { exact: true }).fill("Signboard inspection with drones");
    await fillWhen(workshop, "When (Hong Kong time)", "10/02/2027", "14:30");
    await workshop.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => workshop.getByRole("alert").textContent()).toBe("No service need has that reference.");
    await workshop.getByLabel("Service need (reference)").fill(matched.need.refCode.toLowerCase());
    await workshop.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => workshop.getByRole("status").textContent())
      .toBe("Workshop scheduled; the companies are invited.");
    const scheduled = await db.workshop.findFirstOrThrow({
      where: { title: "Signboard inspection with drones" },
      include: { invites: true },
    });
    expect(scheduled.scheduledAt.toISOString()).toBe("2027-02-10T06:30:00.000Z");
    expect(scheduled.invites.map((i) => i.organisationId).sort()).toEqual(
      [...new Set(companies.map((c) => c.solution.organisationId))].sort(),
    );
    // Its time has not come: it can be cancelled, not marked held.
    const workshopRow = page.getByTestId(`workshop-${scheduled.id}`);
    await expect.poll(() => workshopRow.getByRole("button", { name: "Cancel" }).count()).toBe(1);
    expect(await workshopRow.getByRole("button", { name: "Mark held" }).count()).toBe(0);
    // Once it has, "Mark held" saves and the list shows it held without a reload.
    await db.workshop.update({ where: { id: scheduled.id }, data: { scheduledAt: new Date(Date.now() - 3_600_000) } });
    await page.reload();
    await workshopRow.getByRole("button", { name: "Mark held" }).click();
    await expect.poll(() => workshopRow.textContent()).toContain("· Held");
    expect(await workshopRow.getByRole("button").count()).toBe(0);
    expect((await db.workshop.findUniqueOrThrow({ where: { id: scheduled.id } })).status).toBe("HELD");
  });

  it("collaboration platform: the showroom page, and staff approve bookings and block out maintenance on the calendar", async () => {
    const db = lab.database.db;
    const visitor = await newPage();
    await visitor.goto(`${lab.baseUrl}/showroom`);
    const items = visitor.getByTestId("showroom-item");
    const shown = await db.showroomItem.count({ where: { published: true } });
    expect(shown).toBeGreaterThan(0);
    await expect.poll(() => items.count()).toBe(shown);
    await visitor.getByLabel("Status").selectOption("TESTED");
    await visitor.getByRole("button", { name: "Search" }).click();
    await visitor.waitForURL(/status=TESTED/);
    const tested = await db.showroomItem.count({ where: { published: true, status: "TESTED" } });
    await expect.poll(() => items.count()).toBe(tested);
    expect(await items.getByText("Under testing").count()).toBe(0);
    await screenshot(visitor, "showroom");

    // A vendor's request for equipment that needs approval, a week ahead on a Tuesday at 10:00.
    const kit = await db.resource.findFirstOrThrow({ where: { nameEn: "IoT sensor kit" } });
    const vendor = await db.person.findFirstOrThrow({ where: { role: "VENDOR" } });
    const today = new Date(Date.now() + 8 * 3_600_000);
    const weekday = today.getUTCDay() === 0 ? 7 : today.getUTCDay();
    const tuesday = new Date(
      Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 7 - weekday + 2),
    );
    const day = tuesday.toISOString().slice(0, 10);
    const request = await db.booking.create({
      data: {
        resourceId: kit.id,
        personId: vendor.id,
        startsAt: new Date(`${day}T10:00:00+08:00`),
        endsAt: new Date(`${day}T12:00:00+08:00`),
        purpose: "Field test of bin sensors",
        status: "PENDING",
      },
    });
    const page = await newPage();
    await signIn(page, lab.baseUrl, seed.DEMO_ADMIN_EMAIL);
    await page.goto(`${lab.baseUrl}/admin/bookings?week=${day}`);
    const cell = page.locator(`td[data-day="${day}"][data-resource="${kit.id}"]`);
    await expect.poll(() => cell.textContent()).toContain("10:00–12:00");
    const pending = page.getByTestId(`pending-${request.id}`);
    await screenshot(page, "admin-booking-calendar");
    await pending.getByRole("button", { name: "Approve" }).click();
    await expect.poll(() => pending.count()).toBe(0);
    expect((await db.booking.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("CONFIRMED");

    // Block the discussion room out; a block over the approved booking is refused.
    const room = await db.resource.findFirstOrThrow({ where: { nameEn: "Discussion Room" } });
    await page.getByText("Block out for maintenance").click();
    const form = page.locator("form", { has: page.getByLabel("Resource") });
    await form.getByLabel("Resource").selectOption(String(kit.id));
    await form.getByLabel("Day", { exact: true }).fill(day);
    await form.getByLabel("From", { exact: true }).fill("09:00");
    await form.getByLabel("To", { exact: true }).fill("18:00");
    await form.getByLabel("Reason").fill("Sensor calibration");
    await form.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => form.getByRole("alert").textContent())
      .toBe("IoT sensor kit is already booked at that time. Please pick another slot.");
    await form.getByLabel("Resource").selectOption(String(room.id));
    await form.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => form.getByRole("status").textContent()).toBe("Blocked out.");
    const roomCell = page.locator(`td[data-day="${day}"][data-resource="${room.id}"]`);
    await expect.poll(() => roomCell.textContent()).toContain("Maintenance: Sensor calibration");
  });

  it("the matching desk: a need beside its candidates; several decided at once; a proposal declined only with a reason; then a workshop", async () => {
    const db = lab.database.db;
    const need = await db.serviceNeed.findFirstOrThrow({
      where: { status: "PUBLISHED", title: "Approved Signboards Identification System (ASIS)" },
    });
    const vendor = await db.person.findFirstOrThrow({ where: { role: "VENDOR", organisationId: { not: null } } });
    const proposed = await db.solution.findFirstOrThrow({
      where: { status: "PUBLISHED", organisationId: vendor.organisationId!, matches: { none: { needId: need.id } } },
    });
    const pitch = "Deployed for 2,000 signboards in Sham Shui Po.";
    await db.match.create({
      data: {
        needId: need.id,
        solutionId: proposed.id,
        score: 0.3,
        source: "VENDOR",
        status: "SUGGESTED",
        proposedById: vendor.id,
        pitch,
        createdAt: new Date(),
      },
    });
    const statusOf = async (solutionId: number) =>
      (await db.match.findUnique({ where: { needId_solutionId: { needId: need.id, solutionId } } }))?.status ?? null;

    const page = await newPage();
    await signIn(page, lab.baseUrl, seed.DEMO_ADMIN_EMAIL);
    await page.goto(`${lab.baseUrl}/admin/matching`);
    const row = page.getByTestId(`desk-${need.refCode}`);
    expect(await row.locator("td").nth(2).textContent()).toBe(
      String(await db.match.count({ where: { needId: need.id, status: "SUGGESTED", source: "VENDOR" } })),
    );
    await screenshot(page, "admin-matching-desk");
    await row.getByRole("link").click();
    await page.waitForURL(new RegExp(`/admin/matching/${need.id}$`));
    expect(await page.locator("#the-need + h2").textContent()).toBe(need.title);
    const proposal = page.getByTestId(`candidate-${proposed.refCode}`);
    expect(await proposal.textContent()).toContain("Proposed by the company");
    expect(await proposal.textContent()).toContain(pitch);
    // The engine's best candidate that is still open, next to the company's proposal.
    const engineCards = page.locator('[data-testid^="candidate-"]').filter({ has: page.getByRole("checkbox") });
    const engineRef = (await engineCards
      .filter({ hasNot: page.getByText("Proposed by the company") })
      .first()
      .getAttribute("data-testid"))!.replace("candidate-", "");
    const best = await db.solution.findFirstOrThrow({ where: { refCode: engineRef } });
    const engineCard = page.getByTestId(`candidate-${engineRef}`);
    expect(await engineCard.textContent()).toMatch(/Score \d\.\d\d/);
    await screenshot(page, "admin-matching-need", false);
    expect(await axeViolations(page)).toEqual([]);

    // Both selected, dismissed without a reason: refused (the company must be told why), nothing changed.
    const actions = page.getByTestId("pair-actions");
    await engineCard.getByRole("checkbox").check();
    await proposal.getByRole("checkbox").check();
    expect(await page.getByText("2 selected").count()).toBe(1);
    await page.getByRole("button", { name: "Dismiss selected" }).click();
    await expect
      .poll(() => actions.getByRole("alert").textContent())
      .toBe(
        `${proposed.refCode} was proposed by its company: give a reason when declining it, as the company is told.`,
      );
    expect(await statusOf(proposed.id)).toBe("SUGGESTED");
    expect(await statusOf(best.id)).not.toBe("DISMISSED");

    // Confirm the engine's one; decline the proposal with a reason.
    await proposal.getByRole("checkbox").uncheck();
    await page.getByRole("button", { name: "Confirm selected" }).click();
    await expect.poll(() => actions.getByRole("status").textContent()).toBe("1 confirmed: each is now a match.");
    expect(await statusOf(best.id)).toBe("CONFIRMED");
    await expect.poll(() => engineCard.textContent()).toContain("Confirmed");
    await proposal.getByRole("checkbox").check();
    await page.getByLabel("Reason (told to companies whose proposals are declined)").fill("We need night-time checks.");
    await page.getByRole("button", { name: "Dismiss selected" }).click();
    await expect
      .poll(() => actions.getByRole("status").textContent())
      .toBe("1 dismissed: they will not be suggested again.");
    const declined = await db.match.findUniqueOrThrow({
      where: { needId_solutionId: { needId: need.id, solutionId: proposed.id } },
    });
    expect(declined).toMatchObject({ status: "DISMISSED", declineReason: "We need night-time checks." });

    // The need's page lists its matches and where each stands, and tells companies how to propose.
    await page.goto(`${lab.baseUrl}/needs/${need.id}`);
    expect(await page.getByTestId("propose").textContent()).toContain(`/start need-${need.id}`);
    const journey = page.getByTestId("journey");
    expect(await journey.locator('li[data-reached="yes"]').first().textContent()).toContain("Published");
    expect(await journey.textContent()).toContain(best.title);
    const matches = page.getByTestId("record-matches");
    expect(await matches.getByRole("listitem").filter({ hasText: best.title }).textContent()).toContain("Confirmed");
    expect(await matches.getByRole("listitem").filter({ hasText: proposed.title }).textContent()).toContain("Declined");

    // From the desk to a workshop that invites the confirmed company.
    await page.goto(`${lab.baseUrl}/admin/matching/${need.id}`);
    await page.getByRole("link", { name: "Schedule a workshop with the confirmed companies" }).click();
    await page.waitForURL(/\/admin\/workshops\?need=/);
    const form = page.locator("form", { has: page.getByLabel("Service need (reference)") });
    expect(await form.getByLabel("Service need (reference)").inputValue()).toBe(need.refCode);
    await form.getByLabel("Title", { exact: true }).fill("Signboard inspection workshop");
    await fillWhen(form, "When (Hong Kong time)", "15/01/2027", "10:00");
    await form.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => form.getByRole("status").textContent())
      .toBe("Workshop scheduled; the companies are invited.");
    const workshop = await db.workshop.findFirstOrThrow({
      where: { needId: need.id, title: "Signboard inspection workshop" },
      include: { invites: true },
    });
    expect(workshop.invites.map((i) => i.solutionId)).toContain(best.id);

    // In Chinese at a phone's width: no sideways scrolling, every label translated.
    const phone = await newPage({ width: 390, locale: "zh-HK" });
    await signIn(phone, lab.baseUrl, seed.DEMO_ADMIN_EMAIL);
    await phone.goto(`${lab.baseUrl}/admin/matching/${need.id}`);
    expect(await phone.getByRole("button", { name: "確認所選" }).count()).toBe(1);
    await screenshot(phone, "admin-matching-need-zh-phone", false);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  it("API tokens: staff issue one within a role (shown once), see it listed, revoke it; a role above its person is refused in Chinese", async () => {
    const db = lab.database.db;
    const page = await newPage();
    await signIn(page, lab.baseUrl, seed.DEMO_ADMIN_EMAIL);
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    await page.goto(`${lab.baseUrl}/admin/tokens`);
    const form = page.locator("form", { has: page.getByLabel("What it is for") });
    await form.getByLabel("Acts as (email)").fill(seed.DEMO_ADMIN_EMAIL);
    await form.getByLabel("What it is for").fill("KPI wall display");
    await form.getByLabel("Role").selectOption("MANAGER");
    await form.getByLabel("Days valid").fill("30");
    await form.getByRole("button", { name: "Issue token" }).click();
    await expect.poll(() => form.getByRole("status").textContent()).toBe("Token issued.");
    const token = (await page.getByTestId("issued-token").locator("code").textContent())!;
    expect(token).toMatch(/^ilab_/);
    // It acts as management: what the HTTP API would do with it.
    expect(await auth.actorForApiToken(db, token)).toMatchObject({ role: "MANAGER" });
    const row = await db.apiToken.findFirstOrThrow({ where: { name: "KPI wall display" } });
    const listed = page.getByTestId(`token-${row.id}`);
    await expect.poll(() => listed.textContent()).toContain("Management");
    // Never shown again: a reload lists it without the token.
    await page.reload();
    expect(await page.content()).not.toContain(token);
    await listed.getByRole("button", { name: "Revoke" }).click();
    await expect.poll(() => listed.textContent()).toContain("Revoked");
    expect(await auth.actorForApiToken(db, token)).toBeNull();
    await screenshot(page, "admin-tokens");
    // In Chinese: a vendor's token cannot act as lab staff; nothing is issued.
    const vendor = await db.person.findFirstOrThrow({ where: { role: "VENDOR" } });
    await db.person.update({ where: { id: vendor.id }, data: { email: "vendor-tools@example.hk" } });
    const zh = await newPage({ locale: "zh-HK" });
    await signIn(zh, lab.baseUrl, seed.DEMO_ADMIN_EMAIL);
    await zh.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    await zh.goto(`${lab.baseUrl}/admin/tokens`);
    const zhForm = zh.locator("form", { has: zh.getByLabel("用途") });
    await zhForm.getByLabel("所屬人士（電郵）").fill("vendor-tools@example.hk");
    await zhForm.getByLabel("用途").fill("x");
    await zhForm.getByLabel("角色").selectOption("ADMIN");
    const before = await db.apiToken.count();
    await zhForm.getByRole("button", { name: "發出權杖" }).click();
    await expect
      .poll(() => zhForm.getByRole("alert").textContent())
      .toBe("角色為 公司人員 的人的權杖不可以 實驗室職員 身分行事。");
    expect(await db.apiToken.count()).toBe(before);
  });

  it("both languages: the switch turns every page into Traditional Chinese", async () => {
    const page = await newPage();
    await signIn(page, lab.baseUrl, seed.DEMO_MANAGER_EMAIL);
    await page.waitForURL(/\/kpi$/);
    await page.getByRole("button", { name: "繁體中文" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("參與情況走勢");
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-HK");
    await expect.poll(() => page.getByTestId("card-needsSubmitted").textContent()).toContain("服務需求");
    // Days in Chinese too: the format beside the field, a day that does not exist refused in words.
    expect(await page.locator("#kpi-from-hint").textContent()).toBe("日/月/年（DD/MM/YYYY）");
    await page.getByLabel("由", { exact: true }).fill("31/04/2022");
    await page.getByLabel("至", { exact: true }).focus();
    expect(await page.locator("#kpi-from-hint").textContent()).toBe(
      "請以 日/月/年 輸入存在的日期（例如 01/04/2022）。",
    );
    await page.getByLabel("由", { exact: true }).fill("01/04/2019");
    await screenshot(page, "kpi-overview-zh");
    await page.goto(`${lab.baseUrl}/needs`);
    expect(await page.locator("h1").textContent()).toBe("搜尋服務需求");
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Find Service Needs");
  });

  it("accessibility: axe finds no WCAG 2.1 AA violations on the main pages; a phone's width needs no sideways scrolling", async () => {
    const visitor = await newPage();
    const staff = await newPage();
    await signIn(staff, lab.baseUrl, seed.DEMO_ADMIN_EMAIL);
    const pages: Array<[Page, string]> = [
      [visitor, "/"],
      [visitor, "/needs"],
      [visitor, "/solutions"],
      [visitor, "/forums"],
      [visitor, "/sign-in"],
      [staff, "/kpi"],
      [staff, "/admin"],
      [staff, "/admin/alerts"],
      [staff, "/admin/invitations"],
      [visitor, "/showroom"],
      [staff, "/admin/bookings"],
      [staff, "/admin/workshops"],
      [staff, "/admin/matching"],
    ];
    const found: string[] = [];
    for (const [page, path] of pages) {
      await page.goto(`${lab.baseUrl}${path}`);
      if (path === "/kpi") await page.getByTestId("card-needsSubmitted").waitFor();
      found.push(...(await axeViolations(page)).map((v) => `${path} ${v}`));
    }
    expect(found).toEqual([]);
    const phone = await newPage({ width: 390 });
    await signIn(phone, lab.baseUrl, seed.DEMO_MANAGER_EMAIL);
    await phone.waitForURL(/\/kpi$/);
    await phone.getByTestId("card-needsSubmitted").waitFor();
    await screenshot(phone, "kpi-phone");
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
