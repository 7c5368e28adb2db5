// Drives Microsoft 365 Agents Playground (Microsoft's local Teams client) in headless Chromium,
// as a person would, and writes what Teams showed to results.json (and screenshots beside it).
// Run only inside a private network namespace, with the bot and the Playground already up.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

const out = process.env.PLAYGROUND_OUT;
const url = process.env.PLAYGROUND_URL ?? "http://127.0.0.1:56150/";
const results = { steps: {}, error: null };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const lastCard = () => page.locator(".ac-adaptiveCard").last();

/** Waits for a card saying `expected`, then records the last card's text and buttons. */
async function step(name, expected) {
  await page.getByText(expected).last().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(300);
  const card = lastCard();
  results.steps[name] = {
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered (line breaks) is what is checked
    text: await card.innerText(),
    buttons: await card.getByRole("button").allInnerTexts(),
    /** Cards in the conversation: a press answered in place adds none. */
    cards: await page.locator(".ac-adaptiveCard").count(),
  };
  await page.screenshot({ path: path.join(out, `playground-${name}.png`) });
}

try {
  await page.goto(url, { waitUntil: "networkidle" });
  // Installing the app: the Playground sends installationUpdate and conversationUpdate.
  await step("welcome", "What would you like to do?");
  await lastCard().getByRole("button", { name: "More…" }).click();
  await step("more", "Help");
  const box = page.getByRole("textbox").last();
  await box.fill("signboard");
  await box.press("Enter");
  await step("search", "Results for");
  await lastCard().getByRole("button", { name: "« Menu" }).click();
  await step("menu", "What would you like to do?");
  await lastCard().getByRole("button", { name: "Service needs" }).click();
  await step("needs", "Service needs — page 1 of");
  await lastCard().getByRole("button", { name: /^1\. / }).click();
  await step("need", "Status: open");
  // A record whose description is Markdown a phisher would write: shown as typed, no link.
  await box.fill("phishing lookalike");
  await box.press("Enter");
  await step("hostileSearch", "Results for");
  await lastCard()
    .getByRole("button", { name: /Phishing lookalike/ })
    .first()
    .click();
  await step("hostile", "urgent");
  results.steps.hostile.links = await lastCard()
    .locator("a")
    .evaluateAll((links) => links.map((a) => a.href));
  // Register for a forum: the calendar file is a button opening the bot's signed link.
  await box.fill("/forums");
  await box.press("Enter");
  await step("forums", "Upcoming technology forums:");
  await lastCard().getByRole("button").first().click();
  await step("forum", "Seats left:");
  await lastCard().getByRole("button", { name: "Register" }).click();
  await step("registered", "Your check-in code:");
  // Teams renders Action.OpenUrl as a link-role button whose title is the address it opens.
  const fileLink = lastCard().getByRole("link", { name: "Add to my calendar (.ics)" });
  const calendarUrl = (await fileLink.getAttribute("title")) ?? "";
  const calendar = await page.request.get(calendarUrl);
  results.steps.registered.calendar = { url: calendarUrl, status: calendar.status(), body: await calendar.text() };
} catch (error) {
  results.error = String(error);
  await page.screenshot({ path: path.join(out, "playground-failed.png") }).catch(() => {});
}
writeFileSync(path.join(out, "results.json"), JSON.stringify(results, null, 2));
await browser.close();
